// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

// The price-selection parameters of a request (priceCurrency, priceCountry, priceCustomerGroup,
// priceChannel). Selection is active only with a currency, as on commercetools.
struct PriceSelection
{
    QString currency;
    QString country;
    QString customerGroupId;
    QString channelId;
    QDateTime at;

    bool isActive() const { return !currency.isEmpty(); }
};

// commercetools price selection: among the prices of the currency that are valid at `at` and whose
// scope fits the request (a price with a country/customer group/channel only fits when the request
// names the same one), the most specific wins in this order: customerGroup+channel+country,
// customerGroup+channel, customerGroup+country, customerGroup, channel+country, channel, country,
// currency only. Among equally specific prices, one with a validity period beats one without.
// Tiers stay inside the selected price. Stateless.
class PriceSelector
{
public:
    static std::optional<QJsonObject> select(const QJsonArray &prices, const PriceSelection &selection);
    // A ScopedPrice built from a selected Price ({id,value,currentValue,country?,customerGroup?,channel?,…}).
    static QJsonObject scopedPrice(const QJsonObject &price);
};

} // namespace commercedesk::sandbox
