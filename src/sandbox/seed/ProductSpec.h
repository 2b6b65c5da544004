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

// Defined in DemoProductData.cpp; deterministic.
QList<ProductSpec> retailSpecs();
QList<ProductSpec> industrialSpecs();
QList<ProductSpec> benchmarkSpecs(int count);

} // namespace commercedesk::sandbox::demo
