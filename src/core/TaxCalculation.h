// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/MoneyResult.h"
#include "core/TaxRate.h"
#include "core/TaxedPrice.h"

namespace commercedesk::core {

// Computes the TaxedPrice of a total under one TaxRate, the way the platform does for a line item:
//  - rate.includedInPrice == true:  `total` is gross; net = round(gross / (1 + rate)); tax = gross − net.
//  - rate.includedInPrice == false: `total` is net;   tax = round(net × rate);        gross = net + tax.
// Rounding uses `mode` (HalfEven by default). Portions: one portion {rate.name, rate.amount, tax} without
// sub-rates; with sub-rates one portion per sub-rate, each round(net × subRate), the last absorbing the
// rounding remainder so portions always sum to totalTax exactly. totalTax is always set.
// Errors: InvalidArgument for an invalid total or a rate outside 0..1, Overflow.
MoneyResult<TaxedPrice> calculateTaxedPrice(const Money &total, const TaxRate &rate,
                                            RoundingMode mode = RoundingMode::HalfEven);

// Sums several TaxedPrices (e.g. line items + shipping into the cart's taxedPrice): nets, grosses and
// taxes are added; portions with the same name and rate are merged. Errors: InvalidArgument for an
// empty list, CurrencyMismatch, Overflow.
MoneyResult<TaxedPrice> sumTaxedPrices(const QList<TaxedPrice> &prices);

} // namespace commercedesk::core
