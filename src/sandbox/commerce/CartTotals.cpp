// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartTotals.h"

#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/LineItemFactory.h"
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

QJsonObject taxedItemPrice(const QString &currency, const TaxMath::Amounts &a)
{
    return QJsonObject{{u"totalNet"_s, JsonValues::money(currency, a.net)},
                       {u"totalGross"_s, JsonValues::money(currency, a.gross)},
                       {u"totalTax"_s, JsonValues::money(currency, a.tax)}};
}

// Applies `rate` (may be empty = none) to an item with `total`; writes taxRate/taxedPrice.
void applyRate(QJsonObject &item, const QJsonObject &rate, qint64 total, const QString &currency,
               TaxMath::Rounding rounding, Sums &sums)
{
    if (rate.isEmpty()) {
        item.remove(u"taxRate"_s);
        item.remove(u"taxedPrice"_s);
        sums.complete = false;
        return;
    }
    const TaxMath::Amounts a = TaxMath::apply(total, DraftValues::ratePpm(rate),
                                              rate.value(u"includedInPrice"_s).toBool(), rounding);
    item.insert(u"taxRate"_s, rate);
    item.insert(u"taxedPrice"_s, taxedItemPrice(currency, a));
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

void CartTotals::updateShipping(QJsonObject &cart, qint64 lineTotal) const
{
    QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
    if (info.isEmpty())
        return;
    const QString methodId = info.value(u"shippingMethod"_s).toObject().value(u"id"_s).toString();
    const auto method = ResourceTable(m_database, u"shipping_methods"_s).byId(methodId);
    const auto rate = method ? ShippingRates(m_database).rateFor(*method, cart) : std::nullopt;
    const QString currency = cart.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString();
    if (rate) {
        info.insert(u"shippingRate"_s, *rate);
        info.insert(u"price"_s, JsonValues::money(currency, ShippingRates::priceOf(*rate, lineTotal)));
        info.insert(u"shippingMethodState"_s, u"MatchesCart"_s);
    } else {
        info.insert(u"shippingMethodState"_s, u"DoesNotMatchCart"_s);
    }
    cart.insert(u"shippingInfo"_s, info);
}

ActionResult CartTotals::recompute(QJsonObject &cart) const
{
    const QString currency = cart.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString();
    const QString mode = cart.value(u"taxMode"_s).toString();
    const TaxMath::Rounding rounding = TaxMath::rounding(cart.value(u"taxRoundingMode"_s).toString());
    const QJsonObject address = cart.value(u"shippingAddress"_s).toObject();
    Sums sums;
    qint64 lineTotal = 0;
    qint64 quantity = 0;
    QJsonArray lines;
    for (const QJsonValue &v : cart.value(u"lineItems"_s).toArray()) {
        QJsonObject item = v.toObject();
        const auto itemTotal = LineItemFactory::lineTotal(item);
        const auto sum = itemTotal ? MoneyLimits::add(lineTotal, *itemTotal) : std::nullopt;
        if (!sum)
            return MoneyLimits::overflow(u"The cart's total price"_s);
        const qint64 total = *itemTotal;
        item.insert(u"totalPrice"_s, JsonValues::money(currency, total));
        lineTotal = *sum;
        quantity += item.value(u"quantity"_s).toInteger();
        if (mode == u"Platform"_s) {
            const auto rate =
                platformRate(productTaxCategory(item.value(u"productId"_s).toString()), address);
            applyRate(item, rate.value_or(QJsonObject()), total, currency, rounding, sums);
        } else if (mode == u"External"_s) {
            applyRate(item, item.value(u"taxRate"_s).toObject(), total, currency, rounding, sums);
        } else if (mode == u"Disabled"_s) {
            item.remove(u"taxRate"_s);
            item.remove(u"taxedPrice"_s);
        }
        lines.append(item);
    }
    cart.insert(u"lineItems"_s, lines);
    updateShipping(cart, lineTotal);
    qint64 shippingPrice = 0;
    QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
    if (!info.isEmpty()) {
        shippingPrice = info.value(u"price"_s).toObject().value(u"centAmount"_s).toInteger();
        QJsonObject rate;
        if (mode == u"Platform"_s)
            rate = platformRate(info.value(u"taxCategory"_s).toObject().value(u"id"_s).toString(), address)
                       .value_or(QJsonObject());
        else if (mode == u"External"_s)
            rate = info.value(u"taxRate"_s).toObject();
        if (mode == u"Platform"_s || mode == u"External"_s) {
            applyRate(info, rate, shippingPrice, currency, rounding, sums);
        } else if (mode == u"Disabled"_s) {
            info.remove(u"taxRate"_s);
            info.remove(u"taxedPrice"_s);
        }
        cart.insert(u"shippingInfo"_s, info);
    }
    const auto cartTotal = MoneyLimits::add(lineTotal, shippingPrice);
    if (!cartTotal || sums.overflow)
        return MoneyLimits::overflow(u"The cart's total price"_s);
    cart.insert(u"totalPrice"_s, JsonValues::money(currency, *cartTotal));
    cart.insert(u"totalLineItemQuantity"_s, quantity);
    if (mode == u"ExternalAmount"_s)
        return std::nullopt; // taxedPrice is owned by setCartTotalTax; taxedShippingPrice stays empty
    cart.remove(u"taxedShippingPrice"_s);
    if (mode == u"Disabled"_s || !sums.complete || lines.isEmpty()) {
        cart.remove(u"taxedPrice"_s);
        return std::nullopt;
    }
    QJsonArray portions;
    for (const Portion &p : std::as_const(sums.portions))
        portions.append(QJsonObject{
            {u"name"_s, p.name}, {u"rate"_s, p.rate}, {u"amount"_s, JsonValues::money(currency, p.amount)}});
    cart.insert(u"taxedPrice"_s,
                QJsonObject{{u"totalNet"_s, JsonValues::money(currency, sums.net)},
                            {u"totalGross"_s, JsonValues::money(currency, sums.gross)},
                            {u"totalTax"_s, JsonValues::money(currency, sums.gross - sums.net)},
                            {u"taxPortions"_s, portions}});
    if (!info.isEmpty() && info.contains(u"taxedPrice"_s))
        cart.insert(u"taxedShippingPrice"_s, info.value(u"taxedPrice"_s));
    return std::nullopt;
}

} // namespace commercedesk::sandbox
