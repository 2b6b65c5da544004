// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartDocument.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Which shipping methods and rates fit a cart: the zone of the cart's shipping address
// (country, and state when a zone location names one) and the cart's currency. Same thread as the
// Database; reads only.
class ShippingRates
{
public:
    explicit ShippingRates(Database &database);

    // Ids of the zones with a location matching the address.
    QStringList zonesFor(const QJsonObject &address) const;
    // The ShippingRate of `method` for the cart's shipping address zone and currency, or nullopt
    // when the method does not match the cart (no address, no zone, no rate in that currency).
    std::optional<QJsonObject> rateFor(const QJsonObject &method, const CartDocument &cart) const;
    // The price of `rate` for a cart whose line items total `lineTotal`: 0 at or above freeAbove.
    static qint64 priceOf(const QJsonObject &rate, qint64 lineTotal);
    // Active methods that match the cart; their rates carry `isMatching`.
    QList<QJsonObject> matching(const CartDocument &cart) const;

private:
    Database &m_database;
};

} // namespace commercedesk::sandbox
