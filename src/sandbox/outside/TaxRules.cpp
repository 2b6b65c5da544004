// SPDX-License-Identifier: MIT
#include "sandbox/outside/TaxRules.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct VatRow
{
    const char *country;
    int standard;
    int reduced;
};

constexpr VatRow VatRates[] = {{"DE", 1900, 700}, {"FR", 2000, 550},  {"NL", 2100, 900},  {"AT", 2000, 1000},
                               {"BE", 2100, 600}, {"IT", 2200, 1000}, {"ES", 2100, 1000}, {"GB", 2000, 500}};

struct StateRow
{
    const char *state;
    int rate;
    bool shippingTaxed;
};

constexpr StateRow UsStates[] = {
    {"NY", 400, true}, {"CA", 725, false}, {"TX", 625, true}, {"WA", 650, true}, {"OR", 0, false}};

const VatRow *vatRow(const QString &country)
{
    for (const VatRow &row : VatRates) {
        if (country == QLatin1StringView(row.country))
            return &row;
    }
    return nullptr;
}

const StateRow *stateRow(const QString &state)
{
    for (const StateRow &row : UsStates) {
        if (state == QLatin1StringView(row.state))
            return &row;
    }
    return nullptr;
}

QString percent(int basisPoints)
{
    return QString::number(basisPoints / 100.0) % u'%';
}

} // namespace

QJsonObject TaxRules::Rate::toExternalTaxRate(bool includedInPrice) const
{
    QJsonObject o{{u"name"_s, name},
                  {u"amount"_s, basisPoints / 10000.0},
                  {u"country"_s, country},
                  {u"includedInPrice"_s, includedInPrice}};
    if (!state.isEmpty())
        o.insert(u"state"_s, state);
    return o;
}

bool TaxRules::pricesIncludeTax(const QString &country, bool business)
{
    return !business && (isEu(country) || country == u"GB");
}

bool TaxRules::isEu(const QString &country)
{
    static const QStringList eu = {u"AT"_s, u"BE"_s, u"BG"_s, u"CY"_s, u"CZ"_s, u"DE"_s, u"DK"_s,
                                   u"EE"_s, u"ES"_s, u"FI"_s, u"FR"_s, u"GR"_s, u"HR"_s, u"HU"_s,
                                   u"IE"_s, u"IT"_s, u"LT"_s, u"LU"_s, u"LV"_s, u"MT"_s, u"NL"_s,
                                   u"PL"_s, u"PT"_s, u"RO"_s, u"SE"_s, u"SI"_s, u"SK"_s};
    return eu.contains(country);
}

bool TaxRules::isSupported(const QString &country, const QString &state)
{
    return country == u"US" ? stateRow(state) != nullptr : vatRow(country) != nullptr;
}

bool TaxRules::isKnownCategory(const QString &category)
{
    return category == u"standard" || category == u"reduced" || category == u"zero";
}

std::optional<TaxRules::Rate> TaxRules::goods(const QString &country, const QString &state,
                                              const QString &category)
{
    if (!isKnownCategory(category))
        return std::nullopt;
    if (country == u"US") {
        const StateRow *row = stateRow(state);
        if (!row)
            return std::nullopt;
        if (category != u"standard" || row->rate == 0)
            return Rate{state % u" sales tax exempt 0%"_s, 0, country, state, u"exempt"_s};
        return Rate{state % u" sales tax "_s % percent(row->rate), row->rate, country, state, category};
    }
    const VatRow *row = vatRow(country);
    if (!row)
        return std::nullopt;
    if (category == u"zero")
        return Rate{country % u" VAT zero rate 0%"_s, 0, country, {}, category};
    if (category == u"reduced")
        return Rate{
            country % u" VAT reduced "_s % percent(row->reduced), row->reduced, country, {}, category};
    return Rate{country % u" VAT "_s % percent(row->standard), row->standard, country, {}, category};
}

std::optional<TaxRules::Rate> TaxRules::shipping(const QString &country, const QString &state)
{
    if (country == u"US") {
        const StateRow *row = stateRow(state);
        if (!row)
            return std::nullopt;
        if (!row->shippingTaxed || row->rate == 0)
            return Rate{state % u" shipping not taxed 0%"_s, 0, country, state, u"exempt"_s};
        return Rate{state % u" sales tax "_s % percent(row->rate), row->rate, country, state, u"standard"_s};
    }
    return goods(country, state, u"standard"_s);
}

bool TaxRules::isReverseCharge(const QString &shipTo, const QString &sellerCountry, const QString &vatId)
{
    if (vatId.size() < 4 || !isEu(shipTo) || shipTo == sellerCountry)
        return false;
    const QString vatCountry = vatId.left(2).toUpper() == u"EL" ? u"GR"_s : vatId.left(2).toUpper();
    return isEu(vatCountry) && vatCountry != sellerCountry;
}

TaxRules::Rate TaxRules::reverseCharge(const QString &country)
{
    return Rate{u"Reverse charge 0%"_s, 0, country, {}, u"reverse-charge"_s};
}

} // namespace commercedesk::sandbox
