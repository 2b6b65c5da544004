// SPDX-License-Identifier: MIT
#include "sandbox/commerce/ShippingRates.h"

#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ShippingRates::ShippingRates(Database &database)
    : m_database(database)
{}

QStringList ShippingRates::zonesFor(const QJsonObject &address) const
{
    QStringList ids;
    const QString country = address.value(u"country"_s).toString();
    if (country.isEmpty())
        return ids;
    const QString state = address.value(u"state"_s).toString();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, doc FROM zones"_s))
        return ids;
    while (q.next()) {
        const QJsonObject zone = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        for (const QJsonValue &l : zone.value(u"locations"_s).toArray()) {
            const QJsonObject location = l.toObject();
            const QString locState = location.value(u"state"_s).toString();
            if (location.value(u"country"_s).toString() == country &&
                (locState.isEmpty() || locState == state)) {
                ids.append(q.value(0).toString());
                break;
            }
        }
    }
    return ids;
}

std::optional<QJsonObject> ShippingRates::rateFor(const QJsonObject &method, const CartDocument &cart) const
{
    const QStringList zones = zonesFor(cart.shippingAddress());
    const QString currency = cart.currency();
    for (const QJsonValue &zr : method.value(u"zoneRates"_s).toArray()) {
        const QJsonObject zoneRate = zr.toObject();
        if (!zones.contains(zoneRate.value(u"zone"_s).toObject().value(u"id"_s).toString()))
            continue;
        for (const QJsonValue &r : zoneRate.value(u"shippingRates"_s).toArray()) {
            const QJsonObject rate = r.toObject();
            if (rate.value(u"price"_s).toObject().value(u"currencyCode"_s).toString() == currency)
                return rate;
        }
    }
    return std::nullopt;
}

qint64 ShippingRates::priceOf(const QJsonObject &rate, qint64 lineTotal)
{
    const QJsonObject freeAbove = rate.value(u"freeAbove"_s).toObject();
    if (!freeAbove.isEmpty() && lineTotal >= freeAbove.value(u"centAmount"_s).toInteger())
        return 0;
    return rate.value(u"price"_s).toObject().value(u"centAmount"_s).toInteger();
}

QList<QJsonObject> ShippingRates::matching(const CartDocument &cart) const
{
    QList<QJsonObject> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT doc FROM shipping_methods ORDER BY created_at, id"_s))
        return out;
    while (q.next()) {
        QJsonObject method = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (!method.value(u"active"_s).toBool(true))
            continue;
        const auto matched = rateFor(method, cart);
        if (!matched)
            continue;
        QJsonArray zoneRates;
        for (const QJsonValue &zr : method.value(u"zoneRates"_s).toArray()) {
            QJsonObject zoneRate = zr.toObject();
            QJsonArray rates;
            for (const QJsonValue &r : zoneRate.value(u"shippingRates"_s).toArray()) {
                QJsonObject rate = r.toObject();
                rate.insert(u"isMatching"_s, rate == *matched);
                rates.append(rate);
            }
            zoneRate.insert(u"shippingRates"_s, rates);
            zoneRates.append(zoneRate);
        }
        method.insert(u"zoneRates"_s, zoneRates);
        out.append(method);
    }
    return out;
}

} // namespace commercedesk::sandbox
