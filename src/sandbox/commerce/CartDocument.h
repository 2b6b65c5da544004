// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/LineItemEntry.h"
#include "sandbox/commerce/ShippingInfoEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

// A stored Cart (api.yaml Cart) as a value with named, typed accessors for what the sandbox's cart
// logic reads and writes. It wraps the cart's JSON: fromJson() → toJson() round-trips every field,
// including those it does not model (a real Cart has many), and each mutator changes only its own
// fields. The only place, with LineItemEntry and ShippingInfoEntry, that names cart fields; it knows
// nothing of the client's types (docs/architecture.md, rule 10). Strings that are enums in the
// specification (cartState, taxMode, …) are returned as the specification spells them. Setting an
// optional string field to an empty string removes it. Not thread-safe (a value).
class CartDocument
{
public:
    CartDocument() = default;
    static CartDocument fromJson(const QJsonObject &json);
    // A new cart with every field api.yaml Cart requires: version 1, Active, created and last
    // modified `now`, a zero total in `currency`, no line items, the empty lists a Cart always
    // carries and the CartDraft defaults of its enums (taxMode Platform, taxRoundingMode HalfEven, …).
    static CartDocument create(const QString &id, const QString &currency, const QDateTime &now);
    QJsonObject toJson() const { return m_json; }
    bool operator==(const CartDocument &other) const { return m_json == other.m_json; }

    QString id() const;
    qint64 version() const;
    // version + 1 and lastModifiedAt = now: what every stored change does.
    void markModified(const QDateTime &now);
    QString key() const;
    void setKey(const QString &key);
    // totalPrice.currencyCode: the cart's currency, fixed at creation.
    QString currency() const;
    QString country() const;
    void setCountry(const QString &country);
    QString locale() const;
    void setLocale(const QString &locale);

    // Owner.
    QString customerId() const;
    bool hasCustomerId() const;
    void setCustomerId(const QString &customerId);
    QString anonymousId() const;
    void setAnonymousId(const QString &anonymousId);
    bool hasCustomerEmail() const;
    void setCustomerEmail(const QString &email);
    QString customerGroupId() const;
    bool hasCustomerGroup() const;
    // A CustomerGroupReference as stored on a customer, or built from a draft.
    void setCustomerGroup(const QJsonValue &reference);
    QString storeKey() const;
    void setStoreKey(const QString &key);
    QString businessUnitKey() const;
    void setBusinessUnitKey(const QString &key);
    void setPurchaseOrderNumber(const QString &number);

    // "Active" | "Merged" | "Ordered" | "Frozen".
    QString cartState() const;
    void setCartState(const QString &state);
    bool isActive() const;
    bool isFrozen() const;
    bool isOrdered() const;

    // Addresses (BaseAddress); nullopt removes.
    bool hasShippingAddress() const;
    QJsonObject shippingAddress() const; // empty when none
    void setShippingAddress(const std::optional<QJsonObject> &address);
    void setBillingAddress(const std::optional<QJsonObject> &address);

    QList<LineItemEntry> lineItems() const;
    void setLineItems(const QList<LineItemEntry> &lines);
    QList<LineItemEntry> customLineItems() const;
    std::optional<ShippingInfoEntry> shippingInfo() const;
    void setShippingInfo(const std::optional<ShippingInfoEntry> &info);
    QJsonArray discountCodes() const;
    QJsonArray itemShippingAddresses() const;

    // Ids of the payments in paymentInfo.
    QStringList paymentIds() const;
    // No ids removes paymentInfo.
    void setPaymentIds(const QStringList &ids);

    // Tax: "Platform" | "External" | "ExternalAmount" | "Disabled" (empty when the cart has none).
    QString taxMode() const;
    void setTaxMode(const QString &mode);
    // "HalfEven" | "HalfUp" | "HalfDown".
    QString taxRoundingMode() const;
    bool hasTaxedPrice() const;
    // A TaxedPrice {totalNet, totalGross, totalTax, taxPortions}; nullopt removes.
    void setTaxedPrice(const std::optional<QJsonObject> &taxedPrice);
    // A TaxedItemPrice; nullopt removes.
    void setTaxedShippingPrice(const std::optional<QJsonObject> &taxedPrice);
    // Removes every tax rate and taxed price: of the lines, the shipping and the cart.
    void clearTaxes();

    // totalPrice (lines + shipping, in the cart's currency) and totalLineItemQuantity.
    void setTotals(qint64 totalCentAmount, qint64 lineItemQuantity);

    // Fields of a CartDraft that the cart takes over as they are: the enums and strings validated by
    // CartFactory (taxRoundingMode, inventoryMode, origin, deleteDaysAfterLastModification, …).
    void setDraftField(const QString &field, const QJsonValue &value);
    bool has(const QString &field) const { return m_json.contains(field); }

    // The fields an Order takes over from its cart unchanged (api.yaml Order and Cart).
    QJsonObject orderFields() const;

    // A TaxedItemPrice {totalNet, totalGross, totalTax} in `currency`.
    static QJsonObject taxedItemPrice(const QString &currency, qint64 net, qint64 gross, qint64 tax);

private:
    void setOrRemove(const QString &field, const QString &value);
    void setOrRemove(const QString &field, const std::optional<QJsonObject> &value);

    QJsonObject m_json;
};

} // namespace commercedesk::sandbox
