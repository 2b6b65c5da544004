// SPDX-License-Identifier: MIT
#include "sandbox/commerce/BuyerSchemas.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Draft fields whose value is itself a draft of another schema (arrays: every element).
const QHash<QString, QString> &nestedDrafts()
{
    static const QHash<QString, QString> nested{
        {u"MyCartDraft.lineItems"_s, u"MyLineItemDraft"_s},
        {u"CartDraft.lineItems"_s, u"LineItemDraft"_s},
        {u"MyPaymentDraft.transaction"_s, u"MyTransactionDraft"_s},
        {u"MyPaymentUpdateAction.addTransaction.transaction"_s, u"MyTransactionDraft"_s}};
    return nested;
}

QString join(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path % u" -> "_s % field;
}

ActionResult checkFields(const QString &schema, const QJsonObject &object, const QString &path,
                         const QStringList &ignore = {})
{
    const QStringList allowed = BuyerSchemas::specified(schema);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.key();
        if (ignore.contains(field))
            continue;
        if (!allowed.contains(field))
            return BuyerSchemas::invalidJson(join(path, field) % u": Unknown field."_s);
        if (BuyerSchemas::withheld().contains(schema % u'.' % field)) {
            return HttpResponse::error(
                400, u"InvalidInput"_s,
                u"The field '%1' cannot be set through a buyer's endpoint."_s.arg(join(path, field)),
                QJsonObject{{u"field"_s, field}});
        }
        const QString nested = nestedDrafts().value(schema % u'.' % field);
        if (nested.isEmpty())
            continue;
        const QJsonArray items = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                continue; // the endpoint reports the wrong type
            const QString at = it.value().isArray() ? field % u'[' % QString::number(i) % u']' : field;
            if (auto failed = BuyerSchemas::checkDraft(nested, items.at(i).toObject(), join(path, at)))
                return failed;
        }
    }
    return std::nullopt;
}

} // namespace

const QStringList &BuyerSchemas::withheld()
{
    static const QStringList fields{
        // Money: external prices, totals and tax rates are set by the platform or the tax integration.
        u"MyCartUpdateAction.changeLineItemQuantity.externalPrice"_s,
        u"MyCartUpdateAction.changeLineItemQuantity.externalTotalPrice"_s,
        u"MyCartUpdateAction.removeLineItem.externalPrice"_s,
        u"MyCartUpdateAction.removeLineItem.externalTotalPrice"_s,
        u"MyCartUpdateAction.setShippingMethod.externalTaxRate"_s,
        u"CartUpdateAction.addLineItem.externalPrice"_s, u"CartUpdateAction.addLineItem.externalTotalPrice"_s,
        u"CartUpdateAction.addLineItem.externalTaxRate"_s,
        u"CartUpdateAction.addLineItem.perMethodExternalTaxRate"_s,
        u"CartUpdateAction.changeLineItemQuantity.externalPrice"_s,
        u"CartUpdateAction.changeLineItemQuantity.externalTotalPrice"_s,
        u"CartUpdateAction.removeLineItem.externalPrice"_s,
        u"CartUpdateAction.removeLineItem.externalTotalPrice"_s,
        u"CartUpdateAction.setShippingMethod.externalTaxRate"_s, u"LineItemDraft.externalPrice"_s,
        u"LineItemDraft.externalTotalPrice"_s, u"LineItemDraft.externalTaxRate"_s,
        u"LineItemDraft.perMethodExternalTaxRate"_s,
        // The as-associate cart draft (CartDraft): what MyCartDraft does not carry either.
        u"CartDraft.key"_s, u"CartDraft.customerId"_s, u"CartDraft.customerGroup"_s,
        u"CartDraft.anonymousId"_s, u"CartDraft.customLineItems"_s,
        u"CartDraft.externalTaxRateForShippingMethod"_s, u"CartDraft.priceRoundingMode"_s,
        u"CartDraft.taxRoundingMode"_s, u"CartDraft.taxCalculationMode"_s, u"CartDraft.shippingRateInput"_s,
        u"CartDraft.customShipping"_s, u"CartDraft.shipping"_s, u"CartDraft.origin"_s,
        // The as-associate order draft (OrderFromCartDraft): states stay the seller's. The order number
        // does not: the route needs manage_orders (api.yaml), so its caller is a trusted Orchestration
        // layer that numbers orders to make placing them idempotent.
        u"OrderFromCartDraft.paymentState"_s, u"OrderFromCartDraft.shipmentState"_s,
        u"OrderFromCartDraft.orderState"_s, u"OrderFromCartDraft.state"_s};
    return fields;
}

const QStringList &BuyerSchemas::associateCartActions()
{
    static const QStringList actions = [] {
        QStringList list = specified(u"MyCartUpdateAction"_s);
        list.append(u"setPurchaseOrderNumber"_s);
        return list;
    }();
    return actions;
}

QStringList BuyerSchemas::specified(const QString &name)
{
    static const QHash<QString, QStringList> index = [] {
        QHash<QString, QStringList> map;
        for (const Entry &e : table())
            map.insert(e.name, e.properties.split(u' ', Qt::SkipEmptyParts));
        return map;
    }();
    return index.value(name);
}

HttpResponse BuyerSchemas::invalidJson(const QString &detail)
{
    return HttpResponse::error(400, u"InvalidJsonInput"_s, u"Request body does not contain valid JSON."_s,
                               QJsonObject{{u"detailedErrorMessage"_s, detail}});
}

ActionResult BuyerSchemas::checkDraft(const QString &schema, const QJsonObject &draft, const QString &path)
{
    return checkFields(schema, draft, path);
}

ActionResult BuyerSchemas::checkUpdate(const QString &wrapper, const QString &actionSchema,
                                       const QJsonObject &body, const QStringList &onlyActions)
{
    if (auto failed = checkFields(wrapper, body, {}, {u"actions"_s}))
        return failed;
    const QStringList names = onlyActions.isEmpty() ? specified(actionSchema) : onlyActions;
    const QJsonArray actions = body.value(u"actions"_s).toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QJsonObject action = actions.at(i).toObject();
        const QString at = u"actions[%1]"_s.arg(i);
        const QString name = action.value(u"action"_s).toString();
        if (!action.value(u"action"_s).isString())
            continue; // the updater reports the malformed action
        if (!names.contains(name) || !specified(actionSchema).contains(name))
            return invalidJson(at % u" -> action: Unknown action '"_s % name % u"'."_s);
        if (auto failed = checkFields(actionSchema % u'.' % name, action, at, {u"action"_s}))
            return failed;
    }
    return std::nullopt;
}

} // namespace commercedesk::sandbox
