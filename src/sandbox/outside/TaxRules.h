// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// The tax service's rate tables and rules. Stateless.
//  - EU VAT (DE FR NL AT BE IT ES): standard and reduced national rates; zero-rated goods 0 %.
//  - GB: 20 % standard, 5 % reduced, 0 % zero-rated.
//  - US (state rates only, no local rates): NY 4 %, CA 7.25 %, TX 6.25 %, WA 6.5 %, OR none.
//    "reduced" goods (groceries) are exempt in all five. Shipping is taxed in NY, TX, WA; not in CA, OR.
//  - EU/GB shipping follows the standard rate of the ship-to country.
//  - B2B reverse charge: ship-to in the EU, different from the seller's country, buyer with a VAT id
//    of another country than the seller's → 0 % named "Reverse charge" on goods and shipping.
class TaxRules
{
public:
    struct Rate
    {
        QString name;
        int basisPoints = 0; // 1900 = 19 %; 725 = 7.25 %
        QString country;
        QString state;    // US only
        QString category; // standard | reduced | zero | reverse-charge | exempt

        // The commercetools ExternalTaxRateDraft: {name, amount, country, state?, includedInPrice}.
        QJsonObject toExternalTaxRate(bool includedInPrice = false) const;
    };

    static bool isEu(const QString &country);
    // Consumers in the EU and the UK see and pay shelf prices that include VAT; businesses (a cart of a
    // business unit, or a buyer with a VAT id) and every US buyer get tax on top.
    static bool pricesIncludeTax(const QString &country, bool business);
    static bool isSupported(const QString &country, const QString &state);
    static bool isKnownCategory(const QString &category);
    // Rate for goods of `category`; nullopt when the place is not supported (see isSupported).
    static std::optional<Rate> goods(const QString &country, const QString &state, const QString &category);
    static std::optional<Rate> shipping(const QString &country, const QString &state);
    static bool isReverseCharge(const QString &shipTo, const QString &sellerCountry, const QString &vatId);
    static Rate reverseCharge(const QString &country);
};

} // namespace commercedesk::sandbox
