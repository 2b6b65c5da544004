// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <optional>

namespace commercedesk::sandbox {

// Compiles an Order Search request (OrderSearchRequest in the official api.yaml: `query`, `sort`, `limit`,
// `offset`) into SQL over `orders o` and its trigram full-text side table `orders_text` (migration 7).
//
// Expressions: and, or, not (none of its members), filter (as and), exact (`value`, `caseInsensitive`),
// prefix, wildcard (`*` any run, `?` one character), fullText (`value` split on spaces, `mustMatch`
// all (default) or any; each word matches as a substring), range (gt/gte/lt/lte on dates and numbers) and
// exists. Searchable fields:
//   text (substring search through the trigram index): orderNumber, purchaseOrderNumber, customerEmail,
//     lineItems.variant.sku, shippingAddress.firstName/.lastName/.company, billingAddress.firstName/.lastName
//   exact / exists only: id, customerId, orderState, paymentState, shipmentState, store.key,
//     businessUnit.key, totalPrice.currencyCode, shippingAddress.country
//   range: createdAt, lastModifiedAt (ISO 8601 strings), totalPrice.centAmount
// Sortable: createdAt (the default, newest first), lastModifiedAt, orderNumber, customerEmail,
// totalPrice.centAmount; ties are broken by id in the same direction. Hits carry no relevance (the
// sandbox does not score), which the schema allows.
// Limits as the platform documents them: limit 1–100 (default 10), offset 0–10,000; anything else,
// an unknown field or expression, or a value of the wrong type is an error message for 400 InvalidInput.
class OrderSearchQuery
{
public:
    static constexpr int DefaultLimit = 10;
    static constexpr int MaxLimit = 100;
    static constexpr int MaxOffset = 10000;
    static constexpr int MaxExpressions = 100; // bounded work per request

    // nullopt + *error (a message naming the offending part) when the request is not acceptable.
    static std::optional<OrderSearchQuery> compile(const QJsonObject &request, QString *error);

    // "SELECT o.id, o.version FROM orders o WHERE … ORDER BY … LIMIT … OFFSET …" with its bindings.
    QString pageSql() const;
    // "SELECT COUNT(*) FROM orders o WHERE …" with the same bindings.
    QString countSql() const;
    const QVariantList &bindings() const { return m_bindings; }
    int limit() const { return m_limit; }
    int offset() const { return m_offset; }

private:
    QString m_where;
    QString m_orderBy;
    QVariantList m_bindings;
    int m_limit = DefaultLimit;
    int m_offset = 0;
};

} // namespace commercedesk::sandbox
