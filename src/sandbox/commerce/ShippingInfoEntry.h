// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace commercedesk::sandbox {

// The ShippingInfo of a cart document (api.yaml ShippingInfo, shippingMode Single). A value: typed
// access to what the sandbox's cart logic reads and writes; other fields (deliveries, …) stay in the
// JSON untouched. Not thread-safe (a value).
class ShippingInfoEntry
{
public:
    ShippingInfoEntry() = default;
    static ShippingInfoEntry fromJson(const QJsonObject &json);
    // The info of a stored ShippingMethod `method` chosen with its matching ShippingRate `rate`:
    // name, rate, price (the rate's price), reference, no deliveries, state MatchesCart and the
    // method's tax category.
    static ShippingInfoEntry forMethod(const QJsonObject &method, const QJsonObject &rate);
    QJsonObject toJson() const { return m_json; }
    bool operator==(const ShippingInfoEntry &other) const { return m_json == other.m_json; }

    QString shippingMethodId() const;
    QString taxCategoryId() const;
    qint64 priceCentAmount() const;
    // The rate still fits the cart: shippingRate, price (Money) and state MatchesCart.
    void setMatchingRate(const QJsonObject &rate, const QJsonObject &price);
    // The method no longer fits the cart (state DoesNotMatchCart; rate and price kept).
    void setDoesNotMatch();

    bool hasTaxRate() const;
    QJsonObject taxRate() const; // empty when none
    void setTaxRate(const QJsonObject &rate);
    bool hasTaxedPrice() const;
    QJsonObject taxedPrice() const;
    // taxRate and taxedPrice (a TaxedItemPrice) together.
    void setTaxed(const QJsonObject &rate, const QJsonObject &taxedPrice);
    // Removes taxRate and taxedPrice.
    void clearTax();

private:
    QJsonObject m_json;
};

} // namespace commercedesk::sandbox
