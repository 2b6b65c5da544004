// SPDX-License-Identifier: MIT
#include "core/TaxCalculation.h"

#include <algorithm>

namespace commercedesk::core {

namespace {

MoneyResult<QList<TaxPortion>> portionsFor(const Money &net, const Money &tax, const TaxRate &rate,
                                           RoundingMode mode)
{
    if (rate.subRates.isEmpty())
        return QList<TaxPortion>{TaxPortion{rate.name, rate.amount, tax}};
    QList<TaxPortion> portions;
    Money remaining = tax;
    for (qsizetype i = 0; i < rate.subRates.size(); ++i) {
        const SubRate &sub = rate.subRates.at(i);
        Money amount = remaining;
        if (i + 1 < rate.subRates.size()) {
            const MoneyResult<Money> share = net.applyRate(sub.amount, mode);
            if (!share)
                return share.error();
            amount = *share;
            const MoneyResult<Money> rest = remaining.minus(amount);
            if (!rest)
                return rest.error();
            remaining = *rest;
        }
        portions.append(TaxPortion{sub.name, sub.amount, amount});
    }
    return portions;
}

MoneyResult<TaxPortion> mergedPortion(const TaxPortion &a, const TaxPortion &b)
{
    const MoneyResult<Money> amount = a.amount.plus(b.amount);
    if (!amount)
        return amount.error();
    return TaxPortion{a.name, a.rate, *amount};
}

} // namespace

MoneyResult<TaxedPrice> calculateTaxedPrice(const Money &total, const TaxRate &rate, RoundingMode mode)
{
    if (!total.isValid() || !rate.amount.isUnitInterval())
        return MoneyError::InvalidArgument;
    Money net;
    Money gross;
    Money tax;
    if (rate.includedInPrice) {
        gross = total;
        const std::optional<qint64> netAmount =
            mulDivRounded(total.centAmount(), Rate::Scale, Rate::Scale + rate.amount.partsPerBillion(), mode);
        if (!netAmount)
            return MoneyError::Overflow;
        net = Money(*netAmount, total.currencyCode(), total.fractionDigits());
        const MoneyResult<Money> difference = gross.minus(net);
        if (!difference)
            return difference.error();
        tax = *difference;
    } else {
        net = total;
        const MoneyResult<Money> taxAmount = net.applyRate(rate.amount, mode);
        if (!taxAmount)
            return taxAmount.error();
        tax = *taxAmount;
        const MoneyResult<Money> sum = net.plus(tax);
        if (!sum)
            return sum.error();
        gross = *sum;
    }
    const MoneyResult<QList<TaxPortion>> portions = portionsFor(net, tax, rate, mode);
    if (!portions)
        return portions.error();
    return TaxedPrice{net, gross, tax, *portions};
}

MoneyResult<TaxedPrice> sumTaxedPrices(const QList<TaxedPrice> &prices)
{
    if (prices.isEmpty())
        return MoneyError::InvalidArgument;
    TaxedPrice sum = prices.first();
    for (qsizetype i = 1; i < prices.size(); ++i) {
        const TaxedPrice &next = prices.at(i);
        const MoneyResult<Money> net = sum.totalNet.plus(next.totalNet);
        const MoneyResult<Money> gross = sum.totalGross.plus(next.totalGross);
        if (!net || !gross)
            return !net ? net.error() : gross.error();
        sum.totalNet = *net;
        sum.totalGross = *gross;
        if (sum.totalTax || next.totalTax) {
            const Money zero(0, sum.totalNet.currencyCode(), sum.totalNet.fractionDigits());
            const MoneyResult<Money> tax = sum.totalTax.value_or(zero).plus(next.totalTax.value_or(zero));
            if (!tax)
                return tax.error();
            sum.totalTax = *tax;
        }
        for (const TaxPortion &portion : next.taxPortions) {
            auto same =
                std::find_if(sum.taxPortions.begin(), sum.taxPortions.end(), [&](const TaxPortion &p) {
                    return p.name == portion.name && p.rate == portion.rate;
                });
            if (same == sum.taxPortions.end()) {
                sum.taxPortions.append(portion);
                continue;
            }
            const MoneyResult<TaxPortion> merged = mergedPortion(*same, portion);
            if (!merged)
                return merged.error();
            *same = *merged;
        }
    }
    return sum;
}

} // namespace commercedesk::core
