// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartLineItemActions.h"

#include "sandbox/commerce/CartTaxActions.h"
#include "sandbox/commerce/LineItemFactory.h"
#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/storage/JsonValues.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

ActionResult refuseFrozen(const QJsonObject &cart)
{
    if (cart.value(u"cartState"_s).toString() == u"Frozen"_s)
        return CommerceErrors::invalidOperation(u"The cart is frozen: its line items cannot be changed."_s);
    return std::nullopt;
}

bool sameLine(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(u"productId"_s) == b.value(u"productId"_s) &&
           a.value(u"variant"_s).toObject().value(u"id"_s) ==
               b.value(u"variant"_s).toObject().value(u"id"_s) &&
           a.value(u"distributionChannel"_s) == b.value(u"distributionChannel"_s) &&
           a.value(u"supplyChannel"_s) == b.value(u"supplyChannel"_s) &&
           a.value(u"priceMode"_s).toString() == u"Platform"_s &&
           b.value(u"priceMode"_s).toString() == u"Platform"_s && a.value(u"key"_s) == b.value(u"key"_s) &&
           a.value(u"taxRate"_s) == b.value(u"taxRate"_s);
}

} // namespace

qsizetype CartLineItemActions::indexOf(const QJsonArray &lines, const QJsonObject &action,
                                       HttpResponse *error)
{
    const bool byKey = !action.contains(u"lineItemId"_s) && action.contains(u"lineItemKey"_s);
    const QString field = byKey ? u"lineItemKey"_s : u"lineItemId"_s;
    const QString wanted = action.value(byKey ? u"lineItemKey"_s : u"lineItemId"_s).toString();
    if (wanted.isEmpty()) {
        *error = CommerceErrors::requiredField(u"lineItemId"_s);
        return -1;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).toObject().value(byKey ? u"key"_s : u"id"_s).toString() == wanted)
            return i;
    }
    *error = CommerceErrors::invalidOperation(
        u"A line item with %1 '%2' was not found in the cart."_s.arg(byKey ? u"key"_s : u"ID"_s, wanted));
    return -1;
}

void CartLineItemActions::setQuantity(QJsonObject &item, qint64 quantity, const QDateTime &now)
{
    item.insert(u"quantity"_s, quantity);
    item.insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
    QJsonArray states = item.value(u"state"_s).toArray();
    if (!states.isEmpty()) {
        QJsonObject first = states.at(0).toObject();
        first.insert(u"quantity"_s, quantity);
        states = QJsonArray{first};
        item.insert(u"state"_s, states);
    }
}

ActionResult CartLineItemActions::add(const CartActionContext &ctx, QJsonObject &cart,
                                      const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    HttpResponse error;
    const auto item = LineItemFactory(ctx.database, ctx.now).create(action, cart, &error);
    if (!item)
        return error;
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    bool merged = false;
    for (qsizetype i = 0; i < lines.size() && !merged; ++i) {
        QJsonObject existing = lines.at(i).toObject();
        if (sameLine(existing, *item)) {
            const qint64 sum =
                existing.value(u"quantity"_s).toInteger() + item->value(u"quantity"_s).toInteger();
            if (sum > MoneyLimits::MaxQuantity)
                return MoneyLimits::quantityError(u"quantity"_s, sum);
            setQuantity(existing, sum, ctx.now);
            lines.replace(i, existing);
            merged = true;
        }
    }
    if (!merged)
        lines.append(*item);
    cart.insert(u"lineItems"_s, lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartLineItemActions::remove(const CartActionContext &ctx, QJsonObject &cart,
                                         const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    HttpResponse error;
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    const qsizetype index = indexOf(lines, action, &error);
    if (index < 0)
        return error;
    QJsonObject item = lines.at(index).toObject();
    const qint64 current = item.value(u"quantity"_s).toInteger();
    if (action.contains(u"quantity"_s)) {
        const QJsonValue value = action.value(u"quantity"_s);
        if (value.toDouble(-1) != 0 && !MoneyLimits::isQuantity(value))
            return MoneyLimits::quantityError(u"quantity"_s, value);
        const qint64 quantity = value.toInteger();
        if (quantity < current) {
            setQuantity(item, current - quantity, ctx.now);
            lines.replace(index, item);
        } else {
            lines.removeAt(index);
        }
    } else {
        lines.removeAt(index);
    }
    cart.insert(u"lineItems"_s, lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartLineItemActions::changeQuantity(const CartActionContext &ctx, QJsonObject &cart,
                                                 const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    if (!action.contains(u"quantity"_s))
        return CommerceErrors::requiredField(u"quantity"_s);
    const QJsonValue value = action.value(u"quantity"_s);
    if (value.toDouble(-1) != 0 && !MoneyLimits::isQuantity(value))
        return MoneyLimits::quantityError(u"quantity"_s, value);
    const qint64 quantity = value.toInteger();
    HttpResponse error;
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    const qsizetype index = indexOf(lines, action, &error);
    if (index < 0)
        return error;
    if (quantity == 0) {
        lines.removeAt(index);
    } else {
        QJsonObject item = lines.at(index).toObject();
        setQuantity(item, quantity, ctx.now);
        lines.replace(index, item);
    }
    cart.insert(u"lineItems"_s, lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

} // namespace commercedesk::sandbox
