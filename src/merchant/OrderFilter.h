// SPDX-License-Identifier: MIT
#pragma once

#include "api/ResourceQuery.h"
#include "core/Enums.h"
#include "core/OrderSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace commercedesk::merchant {

/// The wire strings of state values, in order (e.g. {Open, Confirmed} → {"Open", "Confirmed"}): the
/// `orderStates` variables of a query, the `anyOf` values of an order search and the saved-view form.
template<class E>
QStringList wireList(const QList<E> &values)
{
    QStringList out;
    out.reserve(values.size());
    for (E value : values)
        out.append(core::toWireString(value));
    return out;
}

/// What the seller filters the order list by, and how it is sorted on the server. A plain value.
/// toQuery() renders it into predicates with input variables (values are never spliced into predicate text,
/// except integer amounts that this class formats itself). Empty lists / unset values mean "any".
struct OrderFilter
{
    enum class SortField { CreatedAt, LastModifiedAt, OrderNumber, TotalPrice };

    QList<core::OrderState> orderStates;
    QList<core::PaymentState> paymentStates;
    QList<core::ShipmentState> shipmentStates;
    QDateTime createdFrom; ///< inclusive; invalid = open
    QDateTime createdTo;   ///< exclusive; invalid = open
    QString storeKey;
    QString businessUnitKey;
    QString country; ///< shipping address country, ISO 3166-1 alpha-2
    std::optional<qint64> minTotalCent;
    std::optional<qint64> maxTotalCent;
    std::optional<bool> hasPurchaseOrderNumber;
    bool notSyncedToOms = false; ///< orders with no syncInfo entry yet
    /// What the seller typed. Served as a partial search (OrderTextSearch: order number, PO number, e-mail,
    /// names, SKUs) where the project has Order Search; toQuery() renders the fallback: an exact match over
    /// order number, purchase-order number or customer e-mail (trimmed; e-mail lower-cased as a second
    /// alternative).
    QString text;
    SortField sortField = SortField::CreatedAt;
    bool descending = true;

    /// Predicates + variables only (no sort, limit or paging).
    api::ResourceQuery toQuery() const;
    /// True when toQuery() has at least one predicate (the API then caps `total` at 10,000).
    bool hasPredicates() const;

    /// The sort field's wire path ("createdAt", "totalPrice.centAmount", …).
    static QString sortPath(SortField field);
    /// The keyset predicate continuing after `last` in this filter's sort order, with its variables added
    /// to `query`: `(createdAt < :ksValue or (createdAt = :ksValue and id < :ksId))` for createdAt desc.
    void addKeysetAfter(api::ResourceQuery &query, const core::OrderSummary &last) const;

    /// For persistence (SavedViews): plain Qt values, wire strings for enums, ISO dates.
    QVariantMap toVariantMap() const;
    static OrderFilter fromVariantMap(const QVariantMap &map);

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

/// The timestamp form the API's predicates compare: "2026-11-01T00:00:00.000Z".
QString predicateTimestamp(const QDateTime &time);

} // namespace commercedesk::merchant
