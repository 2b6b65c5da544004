// SPDX-License-Identifier: MIT
#include "sandbox/orders/GeneratorCatalog.h"

#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

GeneratorCatalog::Product productOf(const QJsonObject &doc)
{
    GeneratorCatalog::Product p;
    const QJsonObject current = doc.value(u"masterData"_s).toObject().value(u"current"_s).toObject();
    const QJsonObject master = current.value(u"masterVariant"_s).toObject();
    // A lean variant (no prices, attributes or assets): a million orders must stay a few GB.
    QJsonObject variant{{u"id"_s, master.value(u"id"_s)},
                        {u"sku"_s, master.value(u"sku"_s)},
                        {u"key"_s, master.value(u"key"_s)},
                        {u"images"_s, master.value(u"images"_s)}};
    p.staticJson =
        "\"productId\":" + compact(doc.value(u"id"_s)) + ",\"productKey\":" + compact(doc.value(u"key"_s)) +
        ",\"name\":" + compact(current.value(u"name"_s)) +
        ",\"productType\":" + compact(doc.value(u"productType"_s)) + ",\"variant\":" + compact(variant);
    p.taxCategoryId = doc.value(u"taxCategory"_s).toObject().value(u"id"_s).toString();
    for (const QJsonValue &v : master.value(u"prices"_s).toArray()) {
        const QJsonObject price = v.toObject();
        if (price.contains(u"channel"_s))
            continue;
        const QJsonObject value = price.value(u"value"_s).toObject();
        const QString currency = value.value(u"currencyCode"_s).toString();
        const qint64 cents = value.value(u"centAmount"_s).toInteger();
        if (price.contains(u"customerGroup"_s)) {
            if (!price.contains(u"country"_s))
                p.b2bPrices.insert(currency, cents);
            p.b2b = true;
            continue;
        }
        const QString key = currency % u'/' % price.value(u"country"_s).toString();
        p.prices.insert(key, cents);
        p.priceIds.insert(key, price.value(u"id"_s).toString());
    }
    return p;
}

} // namespace

bool GeneratorCatalog::load(Database &database, QString *error)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT doc FROM tax_categories"_s)) {
        while (q.next()) {
            const QJsonObject category = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            for (const QJsonValue &r : category.value(u"rates"_s).toArray()) {
                QJsonObject rate = r.toObject();
                TaxRate t;
                t.basisPoints = static_cast<int>(std::lround(rate.value(u"amount"_s).toDouble() * 10000));
                t.includedInPrice = rate.value(u"includedInPrice"_s).toBool();
                rate.remove(u"id"_s);
                t.json = compact(rate);
                t.nameJson = compact(rate.value(u"name"_s));
                m_taxRates.insert(
                    category.value(u"id"_s).toString() % u'/' % rate.value(u"country"_s).toString(), t);
            }
        }
    }
    if (!q.exec(u"SELECT doc FROM products WHERE published = 1 ORDER BY created_at, id"_s)) {
        *error = u"Cannot read the products."_s;
        return false;
    }
    while (q.next()) {
        const Product p = productOf(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (p.prices.isEmpty())
            continue;
        (p.b2b ? m_industrial : m_retail).append(p);
    }
    if (m_retail.isEmpty() && m_industrial.isEmpty()) {
        *error = u"The catalog has no published products to order (seed the demo catalog first)."_s;
        return false;
    }
    if (m_retail.isEmpty())
        m_retail = m_industrial;
    if (m_industrial.isEmpty())
        m_industrial = m_retail;
    return true;
}

GeneratorCatalog::TaxRate GeneratorCatalog::taxRate(const QString &taxCategoryId,
                                                    const QString &country) const
{
    const auto it = m_taxRates.constFind(taxCategoryId % u'/' % country);
    if (it != m_taxRates.constEnd())
        return *it;
    TaxRate zero;
    zero.nameJson = "\"zero rate\"";
    zero.json = "{\"name\":\"zero rate\",\"amount\":0,\"includedInPrice\":true,\"country\":\"" +
                country.toLatin1() + "\",\"subRates\":[]}";
    return zero;
}

bool GeneratorCatalog::price(const Product &product, const QString &currency, const QString &country,
                             bool b2b, qint64 *cents, QString *priceId)
{
    if (b2b && product.b2bPrices.contains(currency)) {
        *cents = product.b2bPrices.value(currency);
        *priceId = product.priceIds.value(currency % u'/');
        return true;
    }
    for (const QString &key : {QString(currency % u'/' % country), QString(currency % u'/')}) {
        if (product.prices.contains(key)) {
            *cents = product.prices.value(key);
            *priceId = product.priceIds.value(key);
            return true;
        }
    }
    return false;
}

} // namespace commercedesk::sandbox
