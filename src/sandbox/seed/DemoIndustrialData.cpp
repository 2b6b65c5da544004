// SPDX-License-Identifier: MIT
#include "sandbox/seed/ProductSpec.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::demo {

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Fastener
{
    const char *key, *code, *en, *de, *fr, *category, *standard;
    int cents;
    bool byPack; // nuts and washers come in packs, bolts and screws by length
};

struct Material
{
    const char *key, *en, *de, *fr;
    int percent;
};

const Material materials[] = {{"zinc", "Zinc-plated Steel", "Stahl verzinkt", "Acier zingué", 100},
                              {"a2", "Stainless Steel A2", "Edelstahl A2", "Inox A2", 180},
                              {"galv", "Hot-dip Galvanised", "Feuerverzinkt", "Galvanisé à chaud", 140}};

void addFasteners(QList<ProductSpec> &out)
{
    static const Fastener types[] = {
        {"hex-bolt", "HB", "Hex Bolt", "Sechskantschraube", "Vis à tête hexagonale", "fasteners-bolts-screws",
         "DIN 933", 1299, false},
        {"machine-screw", "MS", "Socket Head Cap Screw", "Zylinderschraube", "Vis à tête cylindrique",
         "fasteners-bolts-screws", "DIN 912", 1499, false},
        {"wood-screw", "WS", "Wood Screw", "Holzschraube", "Vis à bois", "fasteners-bolts-screws", "DIN 7997",
         899, false},
        {"hex-nut", "HN", "Hex Nut", "Sechskantmutter", "Écrou hexagonal", "fasteners-nuts-washers",
         "DIN 934", 599, true},
        {"washer", "FW", "Flat Washer", "Unterlegscheibe", "Rondelle plate", "fasteners-nuts-washers",
         "DIN 125", 399, true},
        {"threaded-rod", "TR", "Threaded Rod", "Gewindestange", "Tige filetée", "fasteners-threaded-rod",
         "DIN 976", 499, false}};
    static const std::pair<const char *, int> diameters[] = {{"M4", 60},  {"M5", 70},   {"M6", 80},
                                                             {"M8", 100}, {"M10", 130}, {"M12", 170}};
    for (const Fastener &t : types) {
        for (const auto &[dia, diaPercent] : diameters) {
            for (const Material &m : materials) {
                ProductSpec p;
                const QString d = QString::fromLatin1(dia);
                p.key = QString::fromLatin1(t.key) % u'-' % d.toLower() % u'-' % QString::fromLatin1(m.key);
                p.name = {u8(t.en) % u' ' % d % u", "_s % u8(m.en), u8(t.de) % u' ' % d % u", "_s % u8(m.de),
                          u8(t.fr) % u' ' % d % u", "_s % u8(m.fr)};
                p.description = {u"%1 %2 to %3, %4. Sold in packs for workshop and site use."_s.arg(
                                     u8(t.en), d, u8(t.standard), u8(m.en)),
                                 u"%1 %2 nach %3, %4. Im Gebinde für Werkstatt und Baustelle."_s.arg(
                                     u8(t.de), d, u8(t.standard), u8(m.de)),
                                 u"%1 %2 selon %3, %4. Vendu en lots pour l'atelier et le chantier."_s.arg(
                                     u8(t.fr), d, u8(t.standard), u8(m.fr))};
                p.category = QString::fromLatin1(t.category);
                p.productType = u"fastener"_s;
                p.skuPrefix = u"FST-"_s % QString::fromLatin1(t.code) % u'-' % d % u'-' %
                              QString::fromLatin1(m.key).toUpper();
                p.cents = qint64(t.cents) * diaPercent * m.percent / 10000;
                p.b2b = true;
                p.shared = {{u"diameter"_s, d},
                            {u"material"_s, QString::fromLatin1(m.key)},
                            {u"standard"_s, u8(t.standard)}};
                const bool rod = QByteArray(t.key) == "threaded-rod";
                const QList<std::pair<int, int>> sizes =
                    t.byPack ? QList<std::pair<int, int>>{{100, 100}, {500, 450}}
                    : rod    ? QList<std::pair<int, int>>{{500, 100}, {1000, 190}}
                             : QList<std::pair<int, int>>{{20, 100}, {40, 130}, {60, 160}};
                for (const auto &[size, percent] : sizes) {
                    VariantSpec v;
                    v.pricePercent = percent;
                    if (t.byPack) {
                        v.skuSuffix = u"-P"_s % QString::number(size);
                        v.attributes = {{u"pack"_s, QString::number(size)}};
                    } else {
                        v.skuSuffix = u'-' % QString::number(size);
                        v.attributes = {{u"length"_s, QString(QString::number(size) % u" mm"_s)},
                                        {u"pack"_s, rod ? u"1"_s : u"100"_s}};
                    }
                    p.variants.append(v);
                }
                out.append(p);
            }
        }
    }
}

struct Simple
{
    const char *key, *en, *de, *fr, *category;
    int cents;
    const char *standard; // safety gear norm, or nullptr
    int sizes;            // 0 none, 1 S–XL, 2 shoe sizes
};

struct Line
{
    const char *key, *en, *de, *fr;
    int percent;
};

ProductSpec simpleProduct(const Simple &s, const Line &l, const char *family, const char *type)
{
    ProductSpec p;
    p.key = QString::fromLatin1(s.key) % u'-' % QString::fromLatin1(l.key);
    p.name = {u8(s.en) % u" – "_s % u8(l.en), u8(s.de) % u" – "_s % u8(l.de), u8(s.fr) % u" – "_s % u8(l.fr)};
    p.category = QString::fromLatin1(s.category);
    p.productType = QString::fromLatin1(type);
    p.skuPrefix = QString::fromLatin1(family) % u'-' % QString::fromLatin1(s.key).toUpper() % u'-' %
                  QString::fromLatin1(l.key).toUpper();
    p.cents = qint64(s.cents) * l.percent / 100;
    p.b2b = true;
    QStringList sizes;
    if (s.sizes == 1)
        sizes = {u"S"_s, u"M"_s, u"L"_s, u"XL"_s};
    else if (s.sizes == 2)
        sizes = {u"41"_s, u"42"_s, u"43"_s, u"44"_s, u"45"_s};
    if (sizes.isEmpty())
        sizes = {QString()};
    for (const QString &size : sizes) {
        VariantSpec v;
        v.skuSuffix = size.isEmpty() ? QString() : u'-' % size;
        if (!size.isEmpty())
            v.attributes = {{u"size"_s, size}};
        p.variants.append(v);
    }
    return p;
}

const Line ToolGrades[] = {{"standard", "Standard", "Standard", "Standard", 100},
                           {"professional", "Professional", "Profi", "Professionnel", 140},
                           {"heavy-duty", "Heavy Duty", "Schwerlast", "Usage intensif", 180}};

void addTools(QList<ProductSpec> &out)
{
    static const Simple tools[] = {
        {"combination-wrench", "Combination Wrench Set", "Ringmaulschlüssel-Satz", "Jeu de clés mixtes",
         "tools-hand", 3999, nullptr, 0},
        {"screwdriver-set", "Screwdriver Set", "Schraubendreher-Satz", "Jeu de tournevis", "tools-hand", 2999,
         nullptr, 0},
        {"torque-wrench", "Torque Wrench", "Drehmomentschlüssel", "Clé dynamométrique", "tools-hand", 8999,
         nullptr, 0},
        {"socket-set", "Socket Set", "Steckschlüssel-Satz", "Coffret de douilles", "tools-hand", 6999,
         nullptr, 0},
        {"pliers", "Combination Pliers", "Kombizange", "Pince universelle", "tools-hand", 1999, nullptr, 0},
        {"hammer", "Claw Hammer", "Klauenhammer", "Marteau arrache-clou", "tools-hand", 2499, nullptr, 0},
        {"utility-knife", "Utility Knife", "Cuttermesser", "Cutter", "tools-hand", 1299, nullptr, 0},
        {"hex-key-set", "Hex Key Set", "Innensechskant-Satz", "Jeu de clés Allen", "tools-hand", 1799,
         nullptr, 0},
        {"drill-bits", "HSS Drill Bit Set", "HSS-Bohrer-Satz", "Coffret de forets HSS", "tools-hand", 3499,
         nullptr, 0},
        {"hacksaw", "Hacksaw", "Metallsäge", "Scie à métaux", "tools-hand", 2299, nullptr, 0},
        {"tape-measure", "Tape Measure 5 m", "Maßband 5 m", "Mètre ruban 5 m", "tools-measuring", 1499,
         nullptr, 0},
        {"spirit-level", "Spirit Level", "Wasserwaage", "Niveau à bulle", "tools-measuring", 2799, nullptr,
         0}};
    for (const Simple &t : tools) {
        for (const Line &g : ToolGrades) {
            ProductSpec p = simpleProduct(t, g, "TL", "tool");
            p.description = {
                u"%1 in %2 grade for daily professional use."_s.arg(u8(t.en), u8(g.en)),
                u"%1, Ausführung %2, für den täglichen Profi-Einsatz."_s.arg(u8(t.de), u8(g.de)),
                u"%1, gamme %2, pour un usage professionnel quotidien."_s.arg(u8(t.fr), u8(g.fr))};
            p.shared = {{u"grade"_s, QString::fromLatin1(g.key)}, {u"line"_s, QString::fromLatin1(g.key)}};
            out.append(p);
        }
    }
}

const Line SafetyLines[] = {{"basic", "Basic", "Basic", "Basique", 90},
                            {"comfort", "Comfort", "Komfort", "Confort", 110},
                            {"pro", "Pro", "Pro", "Pro", 130},
                            {"arctic", "Arctic", "Winter", "Grand froid", 140}};

void addSafety(QList<ProductSpec> &out)
{
    static const Simple gear[] = {
        {"work-gloves", "Work Gloves", "Arbeitshandschuhe", "Gants de travail", "safety-hand", 699, "EN 388",
         1},
        {"safety-glasses", "Safety Glasses", "Schutzbrille", "Lunettes de protection", "safety-eye-face", 899,
         "EN 166", 0},
        {"dust-mask", "FFP2 Dust Mask (10 pack)", "FFP2-Atemschutzmaske (10 Stück)",
         "Masque FFP2 (lot de 10)", "safety-eye-face", 1499, "EN 149", 0},
        {"hard-hat", "Hard Hat", "Schutzhelm", "Casque de chantier", "safety-head-hearing", 1999, "EN 397",
         0},
        {"ear-defenders", "Ear Defenders", "Kapselgehörschutz", "Casque antibruit", "safety-head-hearing",
         2499, "EN 352", 0},
        {"hi-vis-vest", "Hi-Vis Vest", "Warnweste", "Gilet haute visibilité", "safety-workwear", 599,
         "EN ISO 20471", 1},
        {"safety-boots", "Safety Boots S3", "Sicherheitsschuhe S3", "Chaussures de sécurité S3",
         "safety-workwear", 7999, "EN ISO 20345", 2},
        {"knee-pads", "Knee Pads", "Knieschoner", "Genouillères", "safety-workwear", 1999, "EN 14404", 0}};
    for (const Simple &s : gear) {
        for (const Line &l : SafetyLines) {
            ProductSpec p = simpleProduct(s, l, "SAF", "safety-gear");
            p.description = {u"%1 (%2), certified to %3."_s.arg(u8(s.en), u8(l.en), u8(s.standard)),
                             u"%1 (%2), zertifiziert nach %3."_s.arg(u8(s.de), u8(l.de), u8(s.standard)),
                             u"%1 (%2), certifié %3."_s.arg(u8(s.fr), u8(l.fr), u8(s.standard))};
            p.shared = {{u"standard"_s, u8(s.standard)}, {u"line"_s, QString::fromLatin1(l.key)}};
            if (QByteArray(s.key) == "dust-mask")
                p.tax = u"reduced"_s;
            out.append(p);
        }
    }
}

const char *const BenchmarkAdjectives[] = {"Compact", "Rugged", "Smart", "Classic", "Flexible", "Premium",
                                           "Slim",    "Heavy",  "Quiet", "Bright",  "Modular",  "Portable"};

} // namespace

QList<EnumValue> industrialLineValues()
{
    QList<EnumValue> out;
    for (const Line &l : ToolGrades)
        out.append({QString::fromLatin1(l.key), {u8(l.en), u8(l.de), u8(l.fr)}});
    for (const Line &l : SafetyLines)
        out.append({QString::fromLatin1(l.key), {u8(l.en), u8(l.de), u8(l.fr)}});
    for (const char *adjective : BenchmarkAdjectives) { // the benchmark catalog's lines: English only
        const QString name = QString::fromLatin1(adjective);
        out.append({name.toLower(), {name, name, name}});
    }
    return out;
}

QList<EnumValue> industrialMaterialValues()
{
    QList<EnumValue> out;
    for (const Material &m : materials)
        out.append({QString::fromLatin1(m.key), {u8(m.en), u8(m.de), u8(m.fr)}});
    return out;
}

QList<ProductSpec> industrialSpecs()
{
    QList<ProductSpec> out;
    addFasteners(out);
    addTools(out);
    addSafety(out);
    return out;
}

QList<ProductSpec> benchmarkSpecs(int count)
{
    static const char *nouns[] = {"Bracket",  "Clamp",   "Organizer", "Lantern", "Bottle",
                                  "Backpack", "Toolbox", "Stool",     "Hook",    "Shelf",
                                  "Tray",     "Basket",  "Cable Reel"};
    static const char *categories[] = {"home-living",       "home-kitchen",        "tools-hand",
                                       "electronics-cases", "apparel-accessories", "safety-workwear"};
    QList<ProductSpec> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString adjective = QString::fromLatin1(BenchmarkAdjectives[i % 12]);
        const QString noun = QString::fromLatin1(nouns[(i / 12) % 13]);
        ProductSpec p;
        p.key = u"bench-"_s % QString::number(i);
        const QString name = adjective % u' ' % noun % u' ' % QString::number(i);
        p.name = {name, name, name};
        p.description = {u"Generated benchmark product number %1."_s.arg(i),
                         u"Benchmark-Produkt %1."_s.arg(i), u"Produit de test %1."_s.arg(i)};
        p.category = QString::fromLatin1(categories[i % 6]);
        p.productType = u"home"_s;
        p.skuPrefix = u"BENCH-"_s % QString::number(i);
        p.cents = 500 + (i * 37) % 20000;
        p.b2b = i % 5 == 0;
        p.shared = {{u"line"_s, adjective.toLower()}};
        p.variants = {VariantSpec{u"-A"_s, {{u"color"_s, u"black"_s}}, 100},
                      VariantSpec{u"-B"_s, {{u"color"_s, u"white"_s}}, 105}};
        out.append(p);
    }
    return out;
}

} // namespace commercedesk::sandbox::demo
