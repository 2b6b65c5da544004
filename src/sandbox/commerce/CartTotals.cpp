// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartTotals.h"

#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/commerce/ShippingRates.h"
#include "sandbox/commerce/TaxMath.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct Portion
{
    QString name;
    double rate = 0;
    qint64 amount = 0;
};

struct Sums
{
    qint64 net = 0;
    qint64 gross = 0;
    QMap<QString, Portion> portions; // by name + rate, in a stable order
    bool complete = true;
    bool overflow = false;

    void add(const QJsonObject &rate, const TaxMath::Amounts &a)
    {
        const auto nextNet = MoneyLimits::add(net, a.net);
        const auto nextGross = MoneyLimits::add(gross, a.gross);
        if (!nextNet || !nextGross || !MoneyLimits::inRange(a.gross)) {
            overflow = true;
            return;
        }
        net = *nextNet;
        gross = *nextGross;
        const QString name = rate.value(u"name"_s).toString();
        const double amount = rate.value(u"amount"_s).toDouble();
        Portion &p = portions[name % u'|' % QString::number(DraftValues::ratePpm(rate))];
        p.name = name;
        p.rate = amount;
        p.amount += a.tax;
    }
};

// Applies `rate` (may be empty = none) to a line or the shipping with `total`; sets or clears its tax.
template<typename Entry>
void applyRate(Entry &entry, const QJsonObject &rate, qint64 total, const QString &currency,
               TaxMath::Rounding rounding, Sums &sums)
{
    if (rate.isEmpty()) {
        entry.clearTax();
        sums.complete = false;
        return;
    }
    const TaxMath::Amounts a = TaxMath::apply(total, DraftValues::ratePpm(rate),
                                              rate.value(u"includedInPrice"_s).toBool(), rounding);
    entry.setTaxed(rate, CartDocument::taxedItemPrice(currency, a.net, a.gross, a.tax));
    sums.add(rate, a);
}

} // namespace

CartTotals::CartTotals(Database &database)
    : m_database(database)
{}

QString CartTotals::productTaxCategory(const QString &productId) const
{
    const auto product = ResourceTable(m_database, u"products"_s).byId(productId);
    return product ? product->value(u"taxCategory"_s).toObject().value(u"id"_s).toString() : QString();
}

std::optional<QJsonObject> CartTotals::platformRate(const QString &taxCategoryId,
                                                    const QJsonObject &address) const
{
    const QString country = address.value(u"country"_s).toString();
    if (taxCategoryId.isEmpty() || country.isEmpty())
        return std::nullopt;
    const auto category = ResourceTable(m_database, u"tax_categories"_s).byId(taxCategoryId);
    if (!category)
        return std::nullopt;
    const QString state = address.value(u"state"_s).toString();
    std::optional<QJsonObject> found;
    for (const QJsonValue &r : category->value(u"rates"_s).toArray()) {
        const QJsonObject rate = r.toObject();
        if (rate.value(u"country"_s).toString() != country)
            continue;
        const QString rateState = rate.value(u"state"_s).toString();
        if (!rateState.isEmpty() && rateState == state)
            return rate;
        if (rateState.isEmpty() && !found)
            found = rate;
    }
    return found;
}

void CartTotals::updateShipping(CartDocument &cart, qint64 lineTotal) const
{
    auto info = cart.shippingInfo();
    if (!info)
        return;
    const auto method = ResourceTable(m_database, u"shipping_methods"_s).byId(info->shippingMethodId());
    const auto rate = method ? ShippingRates(m_database).rateFor(*method, cart) : std::nullopt;
    if (rate)
        info->setMatchingRate(*rate,
                              JsonValues::money(cart.currency(), ShippingRates::priceOf(*rate, lineTotal)));
    else
        info->setDoesNotMatch();
    cart.setShippingInfo(info);
}

ActionResult CartTotals::recompute(CartDocument &cart) const
{
    const QString currency = cart.currency();
    const QString mode = cart.taxMode();
    const TaxMath::Rounding rounding = TaxMath::rounding(cart.taxRoundingMode());
    const QJsonObject address = cart.shippingAddress();
    Sums sums;
    qint64 lineTotal = 0;
    qint64 quantity = 0;
    QList<LineItemEntry> lines = cart.lineItems();
    for (LineItemEntry &item : lines) {
        const auto itemTotal = item.computedTotal();
        const auto sum = itemTotal ? MoneyLimits::add(lineTotal, *itemTotal) : std::nullopt;
        if (!sum)
            return MoneyLimits::overflow(u"The cart's total price"_s);
        const qint64 total = *itemTotal;
        item.setTotalPrice(JsonValues::money(currency, total));
        lineTotal = *sum;
        quantity += item.quantity();
        if (mode == u"Platform"_s) {
            const auto rate = platformRate(productTaxCategory(item.productId()), address);
            applyRate(item, rate.value_or(QJsonObject()), total, currency, rounding, sums);
        } else if (mode == u"External"_s) {
            applyRate(item, item.taxRate(), total, currency, rounding, sums);
        } else if (mode == u"Disabled"_s) {
            item.clearTax();
        }
    }
    cart.setLineItems(lines);
    updateShipping(cart, lineTotal);
    qint64 shippingPrice = 0;
    auto info = cart.shippingInfo();
    if (info) {
        shippingPrice = info->priceCentAmount();
        QJsonObject rate;
        if (mode == u"Platform"_s)
            rate = platformRate(info->taxCategoryId(), address).value_or(QJsonObject());
        else if (mode == u"External"_s)
            rate = info->taxRate();
        if (mode == u"Platform"_s || mode == u"External"_s)
            applyRate(*info, rate, shippingPrice, currency, rounding, sums);
        else if (mode == u"Disabled"_s)
            info->clearTax();
        cart.setShippingInfo(info);
    }
    const auto cartTotal = MoneyLimits::add(lineTotal, shippingPrice);
    if (!cartTotal || sums.overflow)
        return MoneyLimits::overflow(u"The cart's total price"_s);
    cart.setTotals(*cartTotal, quantity);
    if (mode == u"ExternalAmount"_s)
        return std::nullopt; // taxedPrice is owned by setCartTotalTax; taxedShippingPrice stays empty
    cart.setTaxedShippingPrice(std::nullopt);
    if (mode == u"Disabled"_s || !sums.complete || lines.isEmpty()) {
        cart.setTaxedPrice(std::nullopt);
        return std::nullopt;
    }
    QJsonArray portions;
    for (const Portion &p : std::as_const(sums.portions))
        portions.append(QJsonObject{
            {u"name"_s, p.name}, {u"rate"_s, p.rate}, {u"amount"_s, JsonValues::money(currency, p.amount)}});
    QJsonObject taxed = CartDocument::taxedItemPrice(currency, sums.net, sums.gross, sums.gross - sums.net);
    taxed.insert(u"taxPortions"_s, portions);
    cart.setTaxedPrice(taxed);
    if (info && info->hasTaxedPrice())
        cart.setTaxedShippingPrice(info->taxedPrice());
    return std::nullopt;
}

} // namespace commercedesk::sandbox
