// SPDX-License-Identifier: MIT
#include "sandbox/seed/DemoProducts.h"

#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/seed/PngImage.h"
#include "sandbox/seed/ProductSpec.h"
#include "sandbox/storage/JsonValues.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

using demo::Names;
using demo::ProductSpec;
using demo::VariantSpec;

// Retail prices end in .99.
qint64 retailRound(qint64 cents)
{
    return cents < 100 ? cents : (cents / 100) * 100 + 99;
}

QJsonObject price(const QString &sku, int n, const QString &currency, qint64 cents, const QString &country,
                  const QString &group, const QString &channel, bool tiers)
{
    QJsonObject p{{u"id"_s, JsonValues::seededId(u"price"_s, sku % u'/' % QString::number(n))},
                  {u"value"_s, JsonValues::money(currency, cents)}};
    if (!country.isEmpty())
        p.insert(u"country"_s, country);
    if (!group.isEmpty())
        p.insert(u"customerGroup"_s,
                 JsonValues::reference(u"customer-group"_s, DemoCatalog::customerGroupId(group)));
    if (!channel.isEmpty())
        p.insert(u"channel"_s, JsonValues::reference(u"channel"_s, DemoCatalog::channelId(channel)));
    if (tiers) {
        QJsonArray t;
        for (const auto &[qty, pct] : {std::pair{10, 95}, std::pair{100, 88}, std::pair{1000, 80}})
            t.append(QJsonObject{{u"minimumQuantity"_s, qty},
                                 {u"value"_s, JsonValues::money(currency, cents * pct / 100)}});
        p.insert(u"tiers"_s, t);
    }
    return p;
}

QJsonArray pricesFor(const QString &sku, qint64 eur, bool b2b)
{
    struct Row
    {
        const char *currency, *country;
        int percent;
    };
    static const Row rows[] = {{"EUR", "", 100}, {"EUR", "DE", 95},  {"EUR", "FR", 102}, {"EUR", "NL", 101},
                               {"USD", "", 110}, {"USD", "US", 108}, {"GBP", "", 88},    {"GBP", "GB", 86}};
    QJsonArray out;
    int n = 0;
    for (const Row &r : rows) {
        const qint64 cents = eur * r.percent / 100;
        out.append(price(sku, n++, QString::fromLatin1(r.currency), b2b ? cents : retailRound(cents),
                         QString::fromLatin1(r.country), {}, {}, b2b));
    }
    if (b2b) {
        out.append(price(sku, n++, u"EUR"_s, eur * 85 / 100, {}, u"b2b"_s, {}, true));
        out.append(price(sku, n++, u"EUR"_s, eur * 83 / 100, u"DE"_s, u"b2b"_s, {}, true));
        out.append(price(sku, n++, u"USD"_s, eur * 94 / 100, {}, u"b2b"_s, {}, true));
        out.append(price(sku, n++, u"GBP"_s, eur * 75 / 100, {}, u"b2b"_s, {}, true));
    } else {
        out.append(price(sku, n++, u"EUR"_s, retailRound(eur * 90 / 100), {}, {}, u"store-berlin"_s, false));
    }
    return out;
}

/// An attribute as a product variant carries it: a localized enum's value is `{key, label}`
/// (api.yaml: AttributeLocalizedEnumValue), anything else the plain text.
QJsonObject attributeJson(const QString &name, const QString &value)
{
    static const QHash<QString, QList<demo::EnumValue>> enums{{u"color"_s, demo::colourValues()},
                                                              {u"material"_s, demo::materialValues()},
                                                              {u"line"_s, demo::lineValues()}};
    const auto values = enums.constFind(name);
    if (values != enums.cend()) {
        for (const demo::EnumValue &candidate : *values) {
            if (candidate.key == value)
                return QJsonObject{
                    {u"name"_s, name},
                    {u"value"_s, QJsonObject{{u"key"_s, candidate.key},
                                             {u"label"_s, QJsonObject{{u"en"_s, candidate.label.en},
                                                                      {u"de"_s, candidate.label.de},
                                                                      {u"fr"_s, candidate.label.fr}}}}}};
        }
        qFatal("demo seed: %s has no enum value %s", qPrintable(name), qPrintable(value));
    }
    return QJsonObject{{u"name"_s, name}, {u"value"_s, value}};
}

QJsonObject variantJson(const ProductSpec &spec, const VariantSpec &v, int id)
{
    const QString sku = spec.skuPrefix % v.skuSuffix;
    QJsonArray attributes;
    for (const auto &a : spec.shared)
        attributes.append(attributeJson(a.first, a.second));
    for (const auto &a : v.attributes)
        attributes.append(attributeJson(a.first, a.second));
    const QJsonObject image{
        {u"url"_s, QString(u"images/"_s % sku.toLower() % u".png"_s)},
        {u"dimensions"_s, QJsonObject{{u"w"_s, PngImage::Size}, {u"h"_s, PngImage::Size}}},
        {u"label"_s, spec.name.en}};
    return QJsonObject{
        {u"id"_s, id},
        {u"sku"_s, sku},
        {u"key"_s, sku.toLower()},
        {u"prices"_s, pricesFor(sku, spec.cents * v.pricePercent / 100, spec.b2b)},
        {u"images"_s, QJsonArray{image}},
        {u"attributes"_s, attributes},
        {u"assets"_s, QJsonArray()},
        {u"availability"_s, QJsonObject{{u"isOnStock"_s, true}, {u"availableQuantity"_s, 250 + id * 10}}}};
}

QJsonObject localized(const Names &n)
{
    return QJsonObject{{u"en"_s, n.en}, {u"de"_s, n.de}, {u"fr"_s, n.fr}};
}

QJsonObject productJson(const ProductSpec &spec, const QDateTime &created)
{
    QJsonObject data{
        {u"name"_s, localized(spec.name)},
        {u"description"_s, localized(spec.description)},
        {u"slug"_s, QJsonObject{{u"en"_s, spec.key}, {u"de"_s, spec.key}, {u"fr"_s, spec.key}}},
        {u"categories"_s,
         QJsonArray{JsonValues::reference(u"category"_s, DemoCatalog::categoryId(spec.category))}},
        {u"categoryOrderHints"_s, QJsonObject()},
        {u"metaTitle"_s, QJsonObject{{u"en"_s, spec.name.en}}},
        {u"searchKeywords"_s, QJsonObject{{u"en"_s, QJsonArray{QJsonObject{{u"text"_s, spec.name.en}}}},
                                          {u"de"_s, QJsonArray{QJsonObject{{u"text"_s, spec.name.de}}}}}},
        {u"attributes"_s, QJsonArray()}};
    data.insert(u"masterVariant"_s, variantJson(spec, spec.variants.constFirst(), 1));
    QJsonArray variants;
    for (qsizetype i = 1; i < spec.variants.size(); ++i)
        variants.append(variantJson(spec, spec.variants.at(i), static_cast<int>(i + 1)));
    data.insert(u"variants"_s, variants);
    const QString ts = JsonValues::timestamp(created);
    return QJsonObject{
        {u"id"_s, JsonValues::seededId(u"product"_s, spec.key)},
        {u"version"_s, 1},
        {u"key"_s, spec.key},
        {u"productType"_s,
         JsonValues::reference(u"product-type"_s, DemoCatalog::productTypeId(spec.productType))},
        {u"taxCategory"_s, JsonValues::reference(u"tax-category"_s, DemoCatalog::taxCategoryId(spec.tax))},
        {u"masterData"_s,
         QJsonObject{{u"published"_s, true}, {u"hasStagedChanges"_s, false}, {u"current"_s, data}}},
        {u"priceMode"_s, u"Embedded"_s},
        {u"createdAt"_s, ts},
        {u"lastModifiedAt"_s, ts}};
}

} // namespace

DemoProducts::DemoProducts(QDateTime now)
    : m_now(std::move(now))
{}

int DemoProducts::demoCount()
{
    return static_cast<int>(demo::retailSpecs().size() + demo::industrialSpecs().size());
}

bool DemoProducts::generate(int extra, const Sink &sink) const
{
    QList<ProductSpec> specs = demo::retailSpecs();
    specs.append(demo::industrialSpecs());
    specs.append(demo::benchmarkSpecs(extra));
    // Spread creation times over the past so createdAt sorting is meaningful and stable.
    const QDateTime start = m_now.addSecs(-60 * static_cast<qint64>(specs.size()));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (!sink(productJson(specs.at(i), start.addSecs(60 * i))))
            return false;
    }
    return true;
}

} // namespace commercedesk::sandbox
