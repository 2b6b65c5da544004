// SPDX-License-Identifier: MIT
#include "sandbox/seed/DemoShipping.h"

#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct RateDef
{
    const char *zone;
    const char *currency;
    qint64 cents;
    qint64 freeAbove; // 0 = never free
};

} // namespace

DemoShipping::DemoShipping(QDateTime now)
    : m_now(std::move(now))
{}

QString DemoShipping::zoneId(const QString &key)
{
    return JsonValues::seededId(u"zone"_s, key);
}

QString DemoShipping::shippingMethodId(const QString &key)
{
    return JsonValues::seededId(u"shipping-method"_s, key);
}

QJsonObject DemoShipping::resource(const QString &typeId, const QString &key) const
{
    const QString ts = JsonValues::timestamp(m_now);
    return QJsonObject{{u"id"_s, JsonValues::seededId(typeId, key)},
                       {u"version"_s, 1},
                       {u"key"_s, key},
                       {u"createdAt"_s, ts},
                       {u"lastModifiedAt"_s, ts}};
}

QList<QJsonObject> DemoShipping::zones() const
{
    const struct
    {
        const char *key, *name;
        QStringList countries;
    } defs[] = {{"europe", "Europe", {u"DE"_s, u"FR"_s, u"NL"_s, u"AT"_s, u"BE"_s, u"IT"_s, u"ES"_s}},
                {"united-kingdom", "United Kingdom", {u"GB"_s}},
                {"united-states", "United States", {u"US"_s}}};
    QList<QJsonObject> out;
    for (const auto &d : defs) {
        QJsonObject zone = resource(u"zone"_s, QString::fromLatin1(d.key));
        zone.insert(u"name"_s, QString::fromLatin1(d.name));
        QJsonArray locations;
        for (const QString &c : d.countries)
            locations.append(QJsonObject{{u"country"_s, c}});
        zone.insert(u"locations"_s, locations);
        out.append(zone);
    }
    return out;
}

QList<QJsonObject> DemoShipping::shippingMethods() const
{
    const struct
    {
        const char *key, *name, *en, *de;
        bool isDefault;
        QList<RateDef> rates;
    } defs[] = {
        {"standard",
         "Standard",
         "Standard delivery (3–5 working days)",
         "Standardversand (3–5 Werktage)",
         true,
         {{"europe", "EUR", 490, 5000}, {"united-kingdom", "GBP", 450, 0}, {"united-states", "USD", 599, 0}}},
        {"express",
         "Express",
         "Express delivery (next working day)",
         "Expressversand (nächster Werktag)",
         false,
         {{"europe", "EUR", 1290, 0},
          {"united-kingdom", "GBP", 1100, 0},
          {"united-states", "USD", 1999, 0}}}};
    QList<QJsonObject> out;
    for (const auto &d : defs) {
        QJsonObject method = resource(u"shipping-method"_s, QString::fromLatin1(d.key));
        method.insert(u"name"_s, QString::fromLatin1(d.name));
        method.insert(u"localizedName"_s, QJsonObject{{u"en"_s, QString::fromLatin1(d.name)},
                                                      {u"de"_s, QString::fromLatin1(d.name)}});
        method.insert(u"localizedDescription"_s,
                      QJsonObject{{u"en"_s, QString::fromUtf8(d.en)}, {u"de"_s, QString::fromUtf8(d.de)}});
        method.insert(u"taxCategory"_s,
                      JsonValues::reference(u"tax-category"_s, DemoCatalog::taxCategoryId(u"standard"_s)));
        QJsonArray zoneRates;
        for (const RateDef &r : d.rates) {
            const QString currency = QString::fromLatin1(r.currency);
            QJsonObject rate{{u"price"_s, JsonValues::money(currency, r.cents)}, {u"tiers"_s, QJsonArray()}};
            if (r.freeAbove > 0)
                rate.insert(u"freeAbove"_s, JsonValues::money(currency, r.freeAbove));
            zoneRates.append(QJsonObject{
                {u"zone"_s, JsonValues::reference(u"zone"_s, zoneId(QString::fromLatin1(r.zone)))},
                {u"shippingRates"_s, QJsonArray{rate}}});
        }
        method.insert(u"zoneRates"_s, zoneRates);
        method.insert(u"isDefault"_s, d.isDefault);
        method.insert(u"active"_s, true);
        method.insert(u"stores"_s, QJsonArray()); // required by api.yaml ShippingMethod: [] = every store
        out.append(method);
    }
    return out;
}

bool DemoShipping::seed(Database &database) const
{
    ResourceTable zoneTable(database, u"zones"_s);
    for (const QJsonObject &z : zones()) {
        if (!zoneTable.insert(z))
            return false;
    }
    ResourceTable methodTable(database, u"shipping_methods"_s);
    for (const QJsonObject &m : shippingMethods()) {
        if (!methodTable.insert(m))
            return false;
    }
    return true;
}

} // namespace commercedesk::sandbox
