// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace commercedesk::sandbox {

class Database;

// What OrderGenerator needs from the seeded catalog, loaded once: every published product's
// master variant as a ready-made JSON fragment of an Order line item, its price per currency and
// country (the price commercetools would select for a cart without customer group or channel,
// and the "b2b" customer-group price), and the tax rate of its tax category per country.
// Integer money only; rates are kept in basis points for the tax arithmetic.
class GeneratorCatalog
{
public:
    struct Product
    {
        QByteArray staticJson; // "productId":…,"productKey":…,"name":…,"productType":…,"variant":{…}
        QString taxCategoryId;
        QHash<QString, qint64> prices;    // "EUR/DE", "EUR/" (any country), …
        QHash<QString, QString> priceIds; // same keys
        QHash<QString, qint64> b2bPrices; // "EUR", "USD", "GBP" → customer-group price
        bool b2b = false;
    };
    struct TaxRate
    {
        QByteArray json;     // TaxRate JSON
        QByteArray nameJson; // its "name" as a JSON string
        int basisPoints = 0;
        bool includedInPrice = true;
    };

    // False + *error when the catalog has no published products.
    bool load(Database &database, QString *error);

    const QList<Product> &retail() const { return m_retail; }
    const QList<Product> &industrial() const { return m_industrial; }
    // The rate of a tax category for a country (a zero rate when none is defined).
    TaxRate taxRate(const QString &taxCategoryId, const QString &country) const;
    // The price for currency/country (country-specific first); false when there is none.
    static bool price(const Product &product, const QString &currency, const QString &country, bool b2b,
                      qint64 *cents, QString *priceId);

private:
    QList<Product> m_retail;
    QList<Product> m_industrial;
    QHash<QString, TaxRate> m_taxRates; // "<taxCategoryId>/<country>"
};

} // namespace commercedesk::sandbox
