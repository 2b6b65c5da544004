// SPDX-License-Identifier: MIT
#pragma once
// A large B2B order for the document tests: the official order example with 60 lines whose names run over
// several lines, long SKUs, size and colour attributes, billing and shipping addresses and a PO number.
// Header-only, test code only.

#include "merchant/OrderFixtures.h"

namespace commercedesk::testsupport {

inline QJsonObject addressJson(const QString &company, const QString &street, const QString &city)
{
    return QJsonObject{{QStringLiteral("company"), company},
                       {QStringLiteral("firstName"), QStringLiteral("Ada")},
                       {QStringLiteral("lastName"), QStringLiteral("Lovelace")},
                       {QStringLiteral("streetName"), street},
                       {QStringLiteral("streetNumber"), QStringLiteral("12")},
                       {QStringLiteral("postalCode"), QStringLiteral("10115")},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("country"), QStringLiteral("DE")}};
}

inline QJsonObject eur(qint64 cents)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("centPrecision")},
                       {QStringLiteral("fractionDigits"), 2},
                       {QStringLiteral("currencyCode"), QStringLiteral("EUR")},
                       {QStringLiteral("centAmount"), cents}};
}

/// Net and gross of a quantity at 12.50 EUR net, 19 %.
inline QJsonObject taxedJson(qint64 net)
{
    const qint64 tax = (net * 19 + 50) / 100;
    return QJsonObject{{QStringLiteral("totalNet"), eur(net)},
                       {QStringLiteral("totalGross"), eur(net + tax)},
                       {QStringLiteral("totalTax"), eur(tax)},
                       {QStringLiteral("taxPortions"),
                        QJsonArray{QJsonObject{{QStringLiteral("rate"), 0.19},
                                               {QStringLiteral("amount"), eur(tax)},
                                               {QStringLiteral("name"), QStringLiteral("MwSt")}}}}};
}

inline core::Order largeOrder(int lineCount)
{
    OrderSpec spec;
    spec.id = QStringLiteral("order-large");
    spec.orderNumber = QStringLiteral("CD-2026-0042");
    spec.purchaseOrderNumber = QStringLiteral("ACME-PO-7781");
    spec.customerEmail = QStringLiteral("purchasing@acme.example");
    QJsonObject json = orderJson(spec);
    const QJsonObject first = json.value(QStringLiteral("lineItems")).toArray().first().toObject();
    QJsonArray lines;
    qint64 net = 0;
    for (int i = 1; i <= lineCount; ++i) {
        QJsonObject line = first;
        line.insert(QStringLiteral("id"), QStringLiteral("line-%1").arg(i));
        const QString name =
            QStringLiteral("Heavy-duty industrial shelving unit number %1 with galvanised steel "
                           "frame, adjustable feet and an extraordinarily long product name")
                .arg(i);
        line.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), name},
                                                        {QStringLiteral("de"), name},
                                                        {QStringLiteral("fr"), name}});
        QJsonObject variant = line.value(QStringLiteral("variant")).toObject();
        variant.insert(QStringLiteral("sku"),
                       QStringLiteral("SHELF-GALV-XXL-%1-WITHOUTANYSPACESATALL").arg(i));
        variant.insert(QStringLiteral("attributes"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("size")},
                                              {QStringLiteral("value"), QStringLiteral("XL")}}});
        line.insert(QStringLiteral("variant"), variant);
        const qint64 quantity = i % 7 + 1;
        line.insert(QStringLiteral("quantity"), quantity);
        line.insert(QStringLiteral("price"), QJsonObject{{QStringLiteral("id"), QStringLiteral("price-1")},
                                                         {QStringLiteral("value"), eur(1250)}});
        line.insert(QStringLiteral("totalPrice"), eur(1250 * quantity));
        line.insert(QStringLiteral("taxRate"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("MwSt")},
                                {QStringLiteral("amount"), 0.19},
                                {QStringLiteral("includedInPrice"), false},
                                {QStringLiteral("country"), QStringLiteral("DE")}});
        line.insert(QStringLiteral("taxedPrice"), taxedJson(1250 * quantity));
        net += 1250 * quantity;
        lines.append(line);
    }
    json.insert(QStringLiteral("totalPrice"), eur(net));
    json.insert(QStringLiteral("taxedPrice"), taxedJson(net));
    json.insert(QStringLiteral("lineItems"), lines);
    json.insert(QStringLiteral("billingAddress"),
                addressJson(QStringLiteral("ACME Industrial Supplies GmbH"),
                            QStringLiteral("Invalidenstraße"), QStringLiteral("Berlin")));
    json.insert(QStringLiteral("shippingAddress"),
                addressJson(QStringLiteral("ACME Warehouse 3"), QStringLiteral("Hafenweg"),
                            QStringLiteral("Hamburg")));
    QString problem;
    const std::optional<core::Order> decoded = api::orderFromWire(json, &problem);
    if (!decoded)
        qFatal("the large order does not decode: %s", qPrintable(problem));
    return *decoded;
}

} // namespace commercedesk::testsupport
