// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// One LineItem of a cart document (api.yaml LineItem; a CustomLineItem shares the id and tax fields
// read here). A value: typed access to what the sandbox's cart logic reads and writes, while every
// other field (name, variant attributes, custom, …) stays in the JSON untouched. The only place,
// beside CartDocument and ShippingInfoEntry, that names line-item fields. Not thread-safe (a value).
class LineItemEntry
{
public:
    LineItemEntry() = default;
    static LineItemEntry fromJson(const QJsonObject &json);
    // A new Standard line, Platform-priced, `quantity` in the state `initialStateId`, added at `now`.
    static LineItemEntry create(const QString &id, qint64 quantity, const QString &initialStateId,
                                const QDateTime &now);
    QJsonObject toJson() const { return m_json; }
    bool operator==(const LineItemEntry &other) const { return m_json == other.m_json; }

    QString id() const;
    void setId(const QString &id);
    QString key() const;
    void setKey(const QString &key);

    QString productId() const;
    qint64 variantId() const;
    // productId, productKey, name, productSlug, productType and variant from a Product and its
    // current ProductData (masterData.current).
    void setProductData(const QJsonObject &product, const QJsonObject &current, const QJsonObject &variant);
    QString distributionChannelId() const;
    void setDistributionChannel(const QString &channelId);
    void setSupplyChannel(const QString &channelId);

    qint64 quantity() const;
    // Only the quantity (the merge of a signed-in buyer's carts).
    void setQuantity(qint64 quantity);
    // The quantity (≥ 1), the state quantity kept in step, lastModifiedAt = now.
    void changeQuantity(qint64 quantity, const QDateTime &now);

    // "Platform" | "ExternalPrice" | "ExternalTotal".
    QString priceMode() const;
    bool isPlatformPriced() const;
    // The selected Price ({id, value, discounted?, …}).
    QJsonObject price() const;
    void setPrice(const QJsonObject &price);
    // priceMode ExternalPrice with the Money `value` (a new price id `priceId`).
    void setExternalPrice(const QString &priceId, const QJsonObject &value);
    // price.value (discounted when discounted) × quantity; nullopt when it leaves MoneyLimits.
    std::optional<qint64> computedTotal() const;
    void setTotalPrice(const QJsonObject &money);

    bool hasTaxRate() const;
    QJsonObject taxRate() const; // empty when none
    void setTaxRate(const QJsonObject &rate);
    bool hasTaxedPrice() const;
    // taxRate and taxedPrice (a TaxedItemPrice) together.
    void setTaxed(const QJsonObject &rate, const QJsonObject &taxedPrice);
    // Removes taxRate and taxedPrice.
    void clearTax();

    // Whether an added line merges into this one: same product, variant, channels and key, both
    // Platform-priced, and the same tax rate.
    bool mergesWith(const LineItemEntry &other) const;

private:
    QJsonObject m_json;
};

} // namespace commercedesk::sandbox
