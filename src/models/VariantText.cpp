// SPDX-License-Identifier: MIT
#include "models/VariantText.h"

#include <QCoreApplication>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace commercedesk::models {

namespace {

QString attributeName(const QString &name)
{
    if (name == "color"_L1 || name == "colour"_L1)
        return QCoreApplication::translate("VariantText", "Colour");
    if (name == "size"_L1)
        return QCoreApplication::translate("VariantText", "Size");
    if (name == "pack"_L1)
        return QCoreApplication::translate("VariantText", "Pack");
    if (name == "material"_L1)
        return QCoreApplication::translate("VariantText", "Material");
    return {};
}

QString colourName(const QString &key)
{
    static const char *const names[][2] = {
        {"black", QT_TRANSLATE_NOOP("VariantText", "Black")},
        {"white", QT_TRANSLATE_NOOP("VariantText", "White")},
        {"navy", QT_TRANSLATE_NOOP("VariantText", "Navy")},
        {"red", QT_TRANSLATE_NOOP("VariantText", "Red")},
        {"green", QT_TRANSLATE_NOOP("VariantText", "Green")},
        {"grey", QT_TRANSLATE_NOOP("VariantText", "Grey")},
        {"sand", QT_TRANSLATE_NOOP("VariantText", "Sand")},
        {"oak", QT_TRANSLATE_NOOP("VariantText", "Oak")},
    };
    for (const auto &entry : names) {
        if (key.compare(QLatin1StringView(entry[0]), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("VariantText", entry[1]);
    }
    return key;
}

QString localized(const QVariantMap &map, const QString &language)
{
    const QString own = map.value(language).toString();
    return own.isEmpty() ? map.value(u"en"_s).toString() : own;
}

} // namespace

QString VariantText::valueText(const QString &name, const QVariant &value, const QString &language)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        if (map.contains(u"label"_s)) { // an enum {key, label}; label a string or a localized string
            const QVariant label = map.value(u"label"_s);
            return label.typeId() == QMetaType::QVariantMap ? localized(label.toMap(), language)
                                                            : label.toString();
        }
        return localized(map, language);
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &item : value.toList())
            parts << valueText(name, item, language);
        return parts.join(u", "_s);
    }
    if (name == "color"_L1 || name == "colour"_L1)
        return colourName(value.toString());
    return value.toString();
}

QString VariantText::describe(const core::ProductVariant &variant, const QString &language)
{
    QStringList parts;
    for (const char *name : {"color", "colour", "size", "pack", "material"}) {
        const core::Attribute *attribute = variant.attribute(QString::fromLatin1(name));
        if (!attribute)
            continue;
        const QString value = valueText(attribute->name, attribute->value, language);
        if (!value.isEmpty())
            parts << QCoreApplication::translate("VariantText", "%1: %2")
                         .arg(attributeName(attribute->name), value);
    }
    if (!parts.isEmpty())
        return parts.join(u" · "_s);
    if (variant.sku && !variant.sku->isEmpty())
        return QCoreApplication::translate("VariantText", "SKU %1").arg(*variant.sku);
    return {};
}

QString VariantText::withName(const QString &name, const core::ProductVariant &variant,
                              const QString &language)
{
    const QString text = describe(variant, language);
    return text.isEmpty() ? name : QCoreApplication::translate("VariantText", "%1 (%2)").arg(name, text);
}

} // namespace commercedesk::models
