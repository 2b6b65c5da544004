// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/LineItemEntry.h"
#include "sandbox/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Builds cart LineItems from LineItemDrafts / addLineItem actions and re-selects their prices.
// Price selection follows the catalog (PriceSelector): the cart's currency, `country`,
// `customerGroup` and the line's distribution channel, valid at `now`; quantity tiers apply to the
// selected price (LineItem.price.value is the tier's value). Only published products can be added.
// Same thread as the Database; reads only.
class LineItemFactory
{
public:
    LineItemFactory(Database &database, QDateTime now);

    // A new line item for `cart`, or nullopt + *error (400 InvalidInput, InvalidField,
    // ReferencedResourceNotFound, MatchingPriceNotFound, InvalidOperation for unpublished products).
    std::optional<LineItemEntry> create(const QJsonObject &draft, const CartDocument &cart,
                                        HttpResponse *error) const;
    // Selects the price again for the item's quantity and the cart's current price context
    // (Platform-priced lines only). `refreshProductData` also copies name, slug and variant anew.
    // When the product or a matching price is gone the line keeps its price and false is returned.
    bool reprice(LineItemEntry &item, const CartDocument &cart, bool refreshProductData) const;

private:
    std::optional<QJsonObject> productById(const QString &id) const;
    std::optional<QJsonObject> selectPrice(const QJsonObject &variant, const CartDocument &cart,
                                           const QString &channelId, qint64 quantity) const;

    Database &m_database;
    QDateTime m_now;
};

} // namespace commercedesk::sandbox
