// SPDX-License-Identifier: MIT
#include "sandbox/seed/DemoCatalog.h"

#include "sandbox/seed/ProductSpec.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QJsonObject localized(const char *en, const char *de, const char *fr)
{
    return QJsonObject{
        {u"en"_s, QString::fromUtf8(en)}, {u"de"_s, QString::fromUtf8(de)}, {u"fr"_s, QString::fromUtf8(fr)}};
}

QJsonObject slugs(const QString &key)
{
    return QJsonObject{{u"en"_s, key}, {u"de"_s, key}, {u"fr"_s, key}};
}

struct CategoryDef
{
    const char *key;
    const char *parent;
    const char *en, *de, *fr;
};

const CategoryDef Categories[] = {
    {"retail", nullptr, "Retail", "Einzelhandel", "Commerce de détail"},
    {"apparel", "retail", "Apparel", "Bekleidung", "Vêtements"},
    {"apparel-tops", "apparel", "Tops", "Oberteile", "Hauts"},
    {"apparel-bottoms", "apparel", "Bottoms & Outerwear", "Hosen & Jacken", "Bas & vestes"},
    {"apparel-accessories", "apparel", "Accessories", "Accessoires", "Accessoires"},
    {"home", "retail", "Home", "Wohnen", "Maison"},
    {"home-kitchen", "home", "Kitchen", "Küche", "Cuisine"},
    {"home-living", "home", "Living", "Wohnzimmer", "Salon"},
    {"electronics", "retail", "Electronics Accessories", "Elektronik-Zubehör", "Accessoires électroniques"},
    {"electronics-power", "electronics", "Cables & Chargers", "Kabel & Ladegeräte", "Câbles & chargeurs"},
    {"electronics-cases", "electronics", "Cases & Mounts", "Hüllen & Halterungen", "Coques & supports"},
    {"electronics-audio", "electronics", "Audio & Input", "Audio & Eingabe", "Audio & saisie"},
    {"industrial", nullptr, "Industrial", "Industrie", "Industrie"},
    {"fasteners", "industrial", "Fasteners", "Befestigungstechnik", "Fixations"},
    {"fasteners-bolts-screws", "fasteners", "Bolts & Screws", "Schrauben", "Vis & boulons"},
    {"fasteners-nuts-washers", "fasteners", "Nuts & Washers", "Muttern & Scheiben", "Écrous & rondelles"},
    {"fasteners-threaded-rod", "fasteners", "Threaded Rod", "Gewindestangen", "Tiges filetées"},
    {"tools", "industrial", "Tools", "Werkzeuge", "Outillage"},
    {"tools-hand", "tools", "Hand Tools", "Handwerkzeuge", "Outils à main"},
    {"tools-measuring", "tools", "Measuring", "Messwerkzeuge", "Mesure"},
    {"safety", "industrial", "Safety Gear", "Arbeitsschutz", "Équipement de sécurité"},
    {"safety-hand", "safety", "Hand Protection", "Handschutz", "Protection des mains"},
    {"safety-eye-face", "safety", "Eye, Face & Respiratory", "Augen-, Gesichts- & Atemschutz",
     "Protection yeux, visage & voies respiratoires"},
    {"safety-head-hearing", "safety", "Head & Hearing", "Kopf- & Gehörschutz", "Tête & audition"},
    {"safety-workwear", "safety", "Workwear", "Arbeitskleidung", "Vêtements de travail"},
};

struct RateDef
{
    const char *country;
    double amount;
};

QJsonArray rates(const QString &taxKey, const QString &label, std::initializer_list<RateDef> defs)
{
    QJsonArray out;
    for (const RateDef &d : defs) {
        const QString country = QString::fromLatin1(d.country);
        out.append(
            QJsonObject{{u"id"_s, JsonValues::seededId(u"tax-rate"_s, taxKey % u'-' % country).left(8)},
                        {u"name"_s, QString(country % u' ' % label)},
                        {u"amount"_s, d.amount},
                        {u"includedInPrice"_s, country != u"US"_s},
                        {u"country"_s, country},
                        {u"subRates"_s, QJsonArray()}});
    }
    return out;
}

QJsonObject textAttribute(const char *name, const char *en, const char *de)
{
    return QJsonObject{
        {u"name"_s, QString::fromLatin1(name)},
        {u"label"_s, QJsonObject{{u"en"_s, QString::fromUtf8(en)}, {u"de"_s, QString::fromUtf8(de)}}},
        {u"type"_s, QJsonObject{{u"name"_s, u"text"_s}}},
        {u"isRequired"_s, false},
        {u"attributeConstraint"_s, u"None"_s},
        {u"inputHint"_s, u"SingleLine"_s},
        {u"isSearchable"_s, true},
        {u"level"_s, u"Variant"_s}};
}

/// A localized-enum attribute definition (api.yaml: AttributeLocalizedEnumType): the values' keys are what
/// searches filter and facet on; their labels are what a storefront shows in the buyer's language.
QJsonObject localizedEnumAttribute(const char *name, const char *en, const char *de,
                                   const QList<demo::EnumValue> &values)
{
    QJsonArray list;
    for (const demo::EnumValue &value : values)
        list.append(QJsonObject{
            {u"key"_s, value.key},
            {u"label"_s,
             QJsonObject{{u"en"_s, value.label.en}, {u"de"_s, value.label.de}, {u"fr"_s, value.label.fr}}}});
    QJsonObject attribute = textAttribute(name, en, de);
    attribute.insert(u"type"_s, QJsonObject{{u"name"_s, u"lenum"_s}, {u"values"_s, list}});
    attribute.insert(u"inputHint"_s, u"SingleLine"_s);
    return attribute;
}

} // namespace

DemoCatalog::DemoCatalog(QDateTime now)
    : m_now(std::move(now))
{}

QString DemoCatalog::categoryId(const QString &key)
{
    return JsonValues::seededId(u"category"_s, key);
}
QString DemoCatalog::taxCategoryId(const QString &key)
{
    return JsonValues::seededId(u"tax-category"_s, key);
}
QString DemoCatalog::productTypeId(const QString &key)
{
    return JsonValues::seededId(u"product-type"_s, key);
}
QString DemoCatalog::customerGroupId(const QString &key)
{
    return JsonValues::seededId(u"customer-group"_s, key);
}
QString DemoCatalog::channelId(const QString &key)
{
    return JsonValues::seededId(u"channel"_s, key);
}

QJsonObject DemoCatalog::resource(const QString &typeId, const QString &key) const
{
    const QString ts = JsonValues::timestamp(m_now);
    return QJsonObject{{u"id"_s, JsonValues::seededId(typeId, key)},
                       {u"version"_s, 1},
                       {u"key"_s, key},
                       {u"createdAt"_s, ts},
                       {u"lastModifiedAt"_s, ts}};
}

QList<QJsonObject> DemoCatalog::categories() const
{
    QList<QJsonObject> out;
    QHash<QString, QJsonArray> ancestors;
    int hint = 0;
    for (const CategoryDef &c : Categories) {
        const QString key = QString::fromLatin1(c.key);
        QJsonObject o = resource(u"category"_s, key);
        o.insert(u"name"_s, localized(c.en, c.de, c.fr));
        o.insert(u"slug"_s, slugs(key));
        o.insert(u"orderHint"_s, QString(u"0."_s % QString::number(++hint).rightJustified(3, u'0')));
        o.insert(u"assets"_s, QJsonArray());
        QJsonArray chain;
        if (c.parent) {
            const QString parent = QString::fromLatin1(c.parent);
            chain = ancestors.value(parent);
            chain.append(JsonValues::reference(u"category"_s, categoryId(parent)));
            o.insert(u"parent"_s, JsonValues::reference(u"category"_s, categoryId(parent)));
        }
        ancestors.insert(key, chain);
        o.insert(u"ancestors"_s, chain);
        out.append(o);
    }
    return out;
}

QList<QJsonObject> DemoCatalog::taxCategories() const
{
    QJsonObject standard = resource(u"tax-category"_s, u"standard"_s);
    standard.insert(u"name"_s, u"Standard"_s);
    standard.insert(u"rates"_s,
                    rates(u"standard"_s, u"standard VAT"_s,
                          {{"DE", 0.19}, {"FR", 0.20}, {"NL", 0.21}, {"GB", 0.20}, {"US", 0.07}}));
    QJsonObject reduced = resource(u"tax-category"_s, u"reduced"_s);
    reduced.insert(u"name"_s, u"Reduced"_s);
    reduced.insert(u"rates"_s, rates(u"reduced"_s, u"reduced VAT"_s,
                                     {{"DE", 0.07}, {"FR", 0.055}, {"NL", 0.09}, {"GB", 0.05}, {"US", 0.0}}));
    QJsonObject zero = resource(u"tax-category"_s, u"zero"_s);
    zero.insert(u"name"_s, u"Zero-rated"_s);
    zero.insert(u"rates"_s, rates(u"zero"_s, u"zero rate"_s,
                                  {{"DE", 0.0}, {"FR", 0.0}, {"NL", 0.0}, {"GB", 0.0}, {"US", 0.0}}));
    return {standard, reduced, zero};
}

QList<QJsonObject> DemoCatalog::productTypes() const
{
    const QJsonObject color = localizedEnumAttribute("color", "Colour", "Farbe", demo::colourValues());
    const QJsonObject size = textAttribute("size", "Size", "Größe");
    const QJsonObject material =
        localizedEnumAttribute("material", "Material", "Material", demo::materialValues());
    const QJsonObject line =
        localizedEnumAttribute("line", "Product line", "Produktlinie", demo::lineValues());
    const QJsonObject standard = textAttribute("standard", "Standard", "Norm");
    const struct
    {
        const char *key, *name;
        QJsonArray attributes;
    } defs[] = {{"apparel", "Apparel", {color, size, material, line}},
                {"home", "Home", {color, material, line}},
                {"electronics-accessory", "Electronics accessory", {color, line}},
                {"fastener",
                 "Fastener",
                 {textAttribute("diameter", "Thread", "Gewinde"), textAttribute("length", "Length", "Länge"),
                  textAttribute("pack", "Pack size", "Packungsgröße"), material, standard}},
                {"tool", "Tool", {textAttribute("grade", "Grade", "Ausführung"), line}},
                {"safety-gear", "Safety gear", {size, standard, line}}};
    QList<QJsonObject> out;
    for (const auto &d : defs) {
        QJsonObject o = resource(u"product-type"_s, QString::fromLatin1(d.key));
        o.insert(u"name"_s, QString::fromLatin1(d.name));
        o.insert(u"description"_s, QString::fromLatin1(d.name));
        o.insert(u"attributes"_s, d.attributes);
        out.append(o);
    }
    return out;
}

QList<QJsonObject> DemoCatalog::customerGroups() const
{
    QJsonObject b2b = resource(u"customer-group"_s, u"b2b"_s);
    b2b.insert(u"name"_s, u"B2B customers"_s);
    return {b2b};
}

QList<QJsonObject> DemoCatalog::channels() const
{
    QJsonObject store = resource(u"channel"_s, u"store-berlin"_s);
    store.insert(u"roles"_s, QJsonArray{u"ProductDistribution"_s, u"InventorySupply"_s});
    store.insert(u"name"_s, QJsonObject{{u"en"_s, u"Berlin store"_s}, {u"de"_s, u"Filiale Berlin"_s}});
    return {store};
}

QJsonObject DemoCatalog::project(const QString &projectKey) const
{
    return QJsonObject{
        {u"key"_s, projectKey},
        {u"name"_s, u"CommerceDesk demo"_s},
        {u"version"_s, 1},
        {u"countries"_s, QJsonArray{u"DE"_s, u"US"_s, u"GB"_s, u"FR"_s, u"NL"_s}},
        {u"currencies"_s, QJsonArray{u"EUR"_s, u"USD"_s, u"GBP"_s}},
        {u"languages"_s, QJsonArray{u"en"_s, u"de"_s, u"fr"_s}},
        {u"createdAt"_s, JsonValues::timestamp(m_now)},
        {u"messages"_s, QJsonObject{{u"enabled"_s, false}, {u"deleteDaysAfterCreation"_s, 15}}},
        {u"carts"_s, QJsonObject{{u"countryTaxRateFallbackEnabled"_s, false},
                                 {u"deleteDaysAfterLastModification"_s, 90}}},
        {u"searchIndexing"_s, QJsonObject()},
        // Required by api.yaml Project; the values of a newly created project.
        {u"discounts"_s, QJsonObject{{u"discountCombinationMode"_s, u"Stacking"_s}}},
        {u"inventory"_s, QJsonObject{{u"releaseExpiredReservations"_s, false}}},
        {u"businessUnits"_s, QJsonObject{{u"myBusinessUnitStatusOnCreation"_s, u"Inactive"_s},
                                         {u"myBusinessUnitAssociateRoleOnCreation"_s,
                                          JsonValues::keyReference(u"associate-role"_s, u"admin"_s)}}}};
}

} // namespace commercedesk::sandbox
