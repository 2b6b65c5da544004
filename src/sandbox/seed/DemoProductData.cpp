// SPDX-License-Identifier: MIT
#include "sandbox/seed/ProductSpec.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::demo {

namespace {

struct Term
{
    const char *key, *en, *de, *fr;
    int percent;
};

struct Item
{
    const char *key, *en, *de, *fr, *category;
    int cents;
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QString upperKey(const char *key)
{
    return QString::fromLatin1(key).toUpper();
}

struct Colour
{
    const char *key, *en, *de, *fr;
};

const Colour Colours[] = {{"black", "Black", "Schwarz", "Noir"},    {"white", "White", "Weiß", "Blanc"},
                          {"navy", "Navy", "Marineblau", "Marine"}, {"red", "Red", "Rot", "Rouge"},
                          {"green", "Green", "Grün", "Vert"},       {"grey", "Grey", "Grau", "Gris"},
                          {"sand", "Sand", "Sand", "Sable"},        {"oak", "Oak", "Eiche", "Chêne"}};
constexpr int ColourCount = sizeof(Colours) / sizeof(Colours[0]);

// Variants: `colours` colours starting at a rotating offset, times `sizes`.
QList<VariantSpec> colourSizeVariants(int seed, int colours, const QStringList &sizes)
{
    QList<VariantSpec> out;
    for (int c = 0; c < colours; ++c) {
        const Colour &col = Colours[(seed + c * 3) % ColourCount];
        const QStringList effective = sizes.isEmpty() ? QStringList{QString()} : sizes;
        for (const QString &size : effective) {
            VariantSpec v;
            v.skuSuffix = u'-' % upperKey(col.key) % (size.isEmpty() ? QString() : u'-' % size);
            v.attributes.append({u"color"_s, QString::fromLatin1(col.key)});
            if (!size.isEmpty())
                v.attributes.append({u"size"_s, size});
            v.pricePercent = size == u"XL"_s ? 110 : 100;
            out.append(v);
        }
    }
    return out;
}

ProductSpec lineProduct(const Item &item, const Term &line, const char *family, const char *type,
                        const char *descEn, const char *descDe, const char *descFr)
{
    ProductSpec p;
    p.key = QString::fromLatin1(item.key) % u'-' % QString::fromLatin1(line.key);
    p.name = {u8(line.en) % u' ' % u8(item.en), u8(item.de) % u' ' % u8(line.de),
              u8(item.fr) % u' ' % u8(line.fr)};
    p.description = {u8(line.en) % u' ' % u8(item.en) % u". "_s % u8(descEn),
                     u8(item.de) % u' ' % u8(line.de) % u". "_s % u8(descDe),
                     u8(item.fr) % u' ' % u8(line.fr) % u". "_s % u8(descFr)};
    p.category = QString::fromLatin1(item.category);
    p.productType = QString::fromLatin1(type);
    p.skuPrefix = QString::fromLatin1(family) % u'-' % upperKey(item.key) % u'-' % upperKey(line.key);
    p.cents = qint64(item.cents) * line.percent / 100;
    p.shared.append({u"line"_s, QString::fromLatin1(line.key)});
    return p;
}

const Term ApparelLines[] = {{"classic", "Classic", "Klassisch", "Classique", 100},
                             {"organic", "Organic", "Bio", "Bio", 115},
                             {"sport", "Sport", "Sport", "Sport", 110},
                             {"heritage", "Heritage", "Heritage", "Héritage", 125},
                             {"urban", "Urban", "Urban", "Urbain", 105},
                             {"essential", "Essential", "Essential", "Essentiel", 90}};

void addApparel(QList<ProductSpec> &out)
{
    static const Item items[] = {
        {"tshirt", "T-Shirt", "T-Shirt", "T-shirt", "apparel-tops", 1999},
        {"hoodie", "Hoodie", "Kapuzenpullover", "Sweat à capuche", "apparel-tops", 4999},
        {"sweatshirt", "Sweatshirt", "Sweatshirt", "Sweat-shirt", "apparel-tops", 3999},
        {"polo", "Polo Shirt", "Poloshirt", "Polo", "apparel-tops", 2999},
        {"shorts", "Chino Shorts", "Chino-Shorts", "Short chino", "apparel-bottoms", 3499},
        {"rain-jacket", "Rain Jacket", "Regenjacke", "Veste de pluie", "apparel-bottoms", 8999},
        {"socks", "Crew Socks", "Socken", "Chaussettes", "apparel-accessories", 999},
        {"beanie", "Beanie", "Mütze", "Bonnet", "apparel-accessories", 1499}};
    int seed = 0;
    for (const Item &item : items) {
        for (const Term &line : ApparelLines) {
            ProductSpec p = lineProduct(item, line, "APP", "apparel",
                                        "Soft cotton, made to last, several colours and sizes.",
                                        "Weiche Baumwolle, langlebig, in mehreren Farben und Größen.",
                                        "Coton doux et durable, en plusieurs couleurs et tailles.");
            const bool sized = QByteArray(item.key) != "beanie";
            p.variants =
                colourSizeVariants(seed++, 2, sized ? QStringList{u"S"_s, u"M"_s, u"L"_s} : QStringList{});
            p.shared.append(
                {u"material"_s, QByteArray(line.key) == "organic" ? u"organic-cotton"_s : u"cotton"_s});
            out.append(p);
        }
    }
}

const Term HomeLines[] = {{"nordic", "Nordic", "Nordisch", "Nordique", 100},
                          {"rustic", "Rustic", "Rustikal", "Rustique", 110},
                          {"modern", "Modern", "Modern", "Moderne", 120},
                          {"coastal", "Coastal", "Küste", "Côtier", 105},
                          {"vintage", "Vintage", "Vintage", "Vintage", 115}};

void addHome(QList<ProductSpec> &out)
{
    static const Item items[] = {
        {"mug", "Coffee Mug", "Kaffeebecher", "Tasse à café", "home-kitchen", 1299},
        {"tea-towel", "Tea Towel", "Geschirrtuch", "Torchon", "home-kitchen", 899},
        {"cutting-board", "Cutting Board", "Schneidebrett", "Planche à découper", "home-kitchen", 2499},
        {"storage-jar", "Storage Jar", "Vorratsglas", "Bocal de conservation", "home-kitchen", 1199},
        {"cushion-cover", "Cushion Cover", "Kissenbezug", "Housse de coussin", "home-living", 1999},
        {"candle", "Scented Candle", "Duftkerze", "Bougie parfumée", "home-living", 1599},
        {"throw", "Throw Blanket", "Kuscheldecke", "Plaid", "home-living", 4999},
        {"lamp", "Table Lamp", "Tischleuchte", "Lampe de table", "home-living", 5999},
        {"clock", "Wall Clock", "Wanduhr", "Horloge murale", "home-living", 3499},
        {"frame", "Picture Frame", "Bilderrahmen", "Cadre photo", "home-living", 1499}};
    int seed = 1;
    for (const Item &item : items) {
        for (const Term &line : HomeLines) {
            ProductSpec p =
                lineProduct(item, line, "HOM", "home", "A calm design piece for everyday use at home.",
                            "Ein ruhiges Designstück für jeden Tag zu Hause.",
                            "Une pièce design sobre pour tous les jours à la maison.");
            p.variants = colourSizeVariants(seed++, 3, {});
            p.shared.append(
                {u"material"_s, QByteArray(item.category) == "home-kitchen" ? u"stoneware"_s : u"linen"_s});
            out.append(p);
        }
    }
}

const Term ElectronicsLines[] = {{"basic", "Basic", "Basic", "Basique", 80},
                                 {"pro", "Pro", "Pro", "Pro", 130},
                                 {"travel", "Travel", "Reise", "Voyage", 110},
                                 {"eco", "Eco", "Öko", "Éco", 100},
                                 {"ultra", "Ultra", "Ultra", "Ultra", 150}};

void addElectronics(QList<ProductSpec> &out)
{
    static const Item items[] = {
        {"usb-c-cable", "USB-C Cable", "USB-C-Kabel", "Câble USB-C", "electronics-power", 1299},
        {"lightning-cable", "Lightning Cable", "Lightning-Kabel", "Câble Lightning", "electronics-power",
         1499},
        {"charger", "Wall Charger", "Netzteil", "Chargeur secteur", "electronics-power", 2499},
        {"power-bank", "Power Bank", "Powerbank", "Batterie externe", "electronics-power", 3999},
        {"phone-case", "Phone Case", "Handyhülle", "Coque de téléphone", "electronics-cases", 1999},
        {"laptop-sleeve", "Laptop Sleeve", "Laptophülle", "Housse pour ordinateur", "electronics-cases",
         2999},
        {"car-mount", "Car Mount", "Kfz-Halterung", "Support voiture", "electronics-cases", 1999},
        {"screen-protector", "Screen Protector", "Displayschutz", "Protection d'écran", "electronics-cases",
         999},
        {"mouse", "Wireless Mouse", "Kabellose Maus", "Souris sans fil", "electronics-audio", 2999},
        {"speaker", "Bluetooth Speaker", "Bluetooth-Lautsprecher", "Enceinte Bluetooth", "electronics-audio",
         5999}};
    for (const Item &item : items) {
        for (const Term &line : ElectronicsLines) {
            ProductSpec p = lineProduct(item, line, "ELC", "electronics-accessory",
                                        "Reliable accessory for phones, tablets and laptops.",
                                        "Zuverlässiges Zubehör für Smartphones, Tablets und Laptops.",
                                        "Accessoire fiable pour téléphones, tablettes et ordinateurs.");
            p.variants = colourSizeVariants(0, 2, {}); // black, white … rotating from black
            out.append(p);
        }
    }
}

} // namespace

QList<EnumValue> colourValues()
{
    QList<EnumValue> out;
    for (const Colour &c : Colours)
        out.append({QString::fromLatin1(c.key), {u8(c.en), u8(c.de), u8(c.fr)}});
    return out;
}

QList<EnumValue> lineValues()
{
    QList<EnumValue> out;
    QStringList keys;
    const auto add = [&](const QString &key, const Names &label) {
        if (!keys.contains(key)) { // one product line key, one label, across the product types
            keys.append(key);
            out.append({key, label});
        }
    };
    const auto addTerms = [&add](const auto &terms) {
        for (const Term &t : terms)
            add(QString::fromLatin1(t.key), {u8(t.en), u8(t.de), u8(t.fr)});
    };
    addTerms(ApparelLines);
    addTerms(HomeLines);
    addTerms(ElectronicsLines);
    for (const EnumValue &value : industrialLineValues())
        add(value.key, value.label);
    return out;
}

QList<EnumValue> materialValues()
{
    QList<EnumValue> out{{u"cotton"_s, {u"Cotton"_s, u"Baumwolle"_s, u"Coton"_s}},
                         {u"organic-cotton"_s, {u"Organic cotton"_s, u"Bio-Baumwolle"_s, u"Coton bio"_s}},
                         {u"stoneware"_s, {u"Stoneware"_s, u"Steinzeug"_s, u"Grès"_s}},
                         {u"linen"_s, {u"Linen"_s, u"Leinen"_s, u"Lin"_s}}};
    out.append(industrialMaterialValues());
    return out;
}

QList<ProductSpec> retailSpecs()
{
    QList<ProductSpec> out;
    addApparel(out);
    addHome(out);
    addElectronics(out);
    return out;
}

} // namespace commercedesk::sandbox::demo
