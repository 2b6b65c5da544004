// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Plain descriptions of the demo products, turned into Product JSON by DemoProducts.
namespace commercedesk::sandbox::demo {

struct Names
{
    QString en, de, fr;
};

struct VariantSpec
{
    QString skuSuffix;
    QList<QPair<QString, QString>> attributes;
    int pricePercent = 100;
};

struct ProductSpec
{
    QString key;
    Names name;
    Names description;
    QString category;    // category key
    QString productType; // product type key
    QString tax = QStringLiteral("standard");
    QString skuPrefix;
    qint64 cents = 0; // EUR base price of a 100 % variant
    bool b2b = false; // industrial: tiers + customer-group prices
    QList<VariantSpec> variants;
    QList<QPair<QString, QString>> shared; // attributes on every variant
};

/// A value of a localized enum ("lenum") attribute: its key and its label per language.
struct EnumValue
{
    QString key;
    Names label;
};

/// The values of the demo's `color` and `material` attributes, which are localized enums (api.yaml:
/// AttributeLocalizedEnumType): the product types list them, and a variant's value is the
/// AttributeLocalizedEnumValue `{key, label}` as commercetools returns it, so a storefront shows the label
/// in the buyer's language. Defined in DemoProductData.cpp and DemoIndustrialData.cpp.
QList<EnumValue> colourValues();
QList<EnumValue> materialValues();
QList<EnumValue> industrialMaterialValues();
/// The values of the `line` attribute (the product line or grade, shown as "Collection"), a localized enum
/// too.
QList<EnumValue> lineValues();
QList<EnumValue> industrialLineValues();

// Defined in DemoProductData.cpp; deterministic.
QList<ProductSpec> retailSpecs();
QList<ProductSpec> industrialSpecs();
QList<ProductSpec> benchmarkSpecs(int count);

} // namespace commercedesk::sandbox::demo
