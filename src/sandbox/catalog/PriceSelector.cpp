// SPDX-License-Identifier: MIT
#include "sandbox/catalog/PriceSelector.h"

#include "sandbox/storage/JsonValues.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Higher = more specific; -1 = does not fit the request.
int specificity(const QJsonObject &price, const PriceSelection &sel)
{
    if (price.value(u"value"_s).toObject().value(u"currencyCode"_s).toString() != sel.currency)
        return -1;
    const QString country = price.value(u"country"_s).toString();
    const QString group = price.value(u"customerGroup"_s).toObject().value(u"id"_s).toString();
    const QString channel = price.value(u"channel"_s).toObject().value(u"id"_s).toString();
    if ((!country.isEmpty() && country != sel.country) ||
        (!group.isEmpty() && group != sel.customerGroupId) ||
        (!channel.isEmpty() && channel != sel.channelId)) {
        return -1;
    }
    if (sel.at.isValid()) {
        const QString from = price.value(u"validFrom"_s).toString();
        const QString until = price.value(u"validUntil"_s).toString();
        if ((!from.isEmpty() && JsonValues::parseTimestamp(from) > sel.at) ||
            (!until.isEmpty() && JsonValues::parseTimestamp(until) <= sel.at)) {
            return -1;
        }
    }
    // Ranks: group 4, channel 2, country 1 → 7,6,5,4,3,2,1,0 matches the documented order.
    int rank = (group.isEmpty() ? 0 : 4) + (channel.isEmpty() ? 0 : 2) + (country.isEmpty() ? 0 : 1);
    const bool dated = price.contains(u"validFrom"_s) || price.contains(u"validUntil"_s);
    return rank * 2 + (dated ? 1 : 0);
}

} // namespace

std::optional<QJsonObject> PriceSelector::select(const QJsonArray &prices, const PriceSelection &selection)
{
    if (!selection.isActive())
        return std::nullopt;
    int best = -1;
    QJsonObject chosen;
    for (const QJsonValue &v : prices) {
        const QJsonObject price = v.toObject();
        const int s = specificity(price, selection);
        if (s > best) {
            best = s;
            chosen = price;
        }
    }
    if (best < 0)
        return std::nullopt;
    return chosen;
}

QJsonObject PriceSelector::scopedPrice(const QJsonObject &price)
{
    QJsonObject scoped;
    for (const QString &field : {u"id"_s, u"value"_s, u"country"_s, u"customerGroup"_s, u"channel"_s,
                                 u"validFrom"_s, u"validUntil"_s, u"discounted"_s, u"custom"_s}) {
        if (price.contains(field))
            scoped.insert(field, price.value(field));
    }
    const QJsonValue discounted = price.value(u"discounted"_s).toObject().value(u"value"_s);
    scoped.insert(u"currentValue"_s, discounted.isObject() ? discounted : price.value(u"value"_s));
    return scoped;
}

} // namespace commercedesk::sandbox
