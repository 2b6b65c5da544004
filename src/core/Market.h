// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

/// Where a buyer shops, as one value: the country (ships to, taxes by), the currency the catalog prices and
/// the cart charge in, the store (empty: none), whether shelf prices are shown gross or net, and how tax
/// reaches the total. Every storefront part that depends on the market reads this one value: the catalog's
/// price selection, the cart's currency and country, the address form's country.
struct Market
{
    enum class PriceDisplay {
        Gross, ///< the shelf price includes VAT and is what a consumer pays (EU, UK)
        Net,   ///< the shelf price excludes tax (B2B everywhere; US consumers)
    };
    enum class TaxBehaviour {
        IncludedInPrice, ///< VAT is part of the gross price and only shown as "incl. VAT" (EU, UK consumers)
        AddedAtCheckout, ///< tax is computed for the address and added on top (US sales tax; B2B VAT)
    };

    QString country;  ///< ISO 3166-1 alpha-2
    QString currency; ///< ISO 4217
    QString storeKey; ///< empty: no store
    PriceDisplay consumerPrices = PriceDisplay::Gross;

    /// How prices are shown to a consumer (`business` false) or a B2B buyer (always Net).
    PriceDisplay priceDisplay(bool business) const { return business ? PriceDisplay::Net : consumerPrices; }
    TaxBehaviour taxBehaviour(bool business) const
    {
        return priceDisplay(business) == PriceDisplay::Gross ? TaxBehaviour::IncludedInPrice
                                                             : TaxBehaviour::AddedAtCheckout;
    }

    /// The markets the storefront offers (DE, FR, NL, AT in EUR; GB in GBP; US in USD), in that order.
    static QList<Market> all();
    /// The offered market of `country`, if any.
    static std::optional<Market> forCountry(const QString &country);

    friend bool operator==(const Market &, const Market &) = default;
};

} // namespace commercedesk::core
