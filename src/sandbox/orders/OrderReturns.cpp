// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderReturns.h"

#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/JsonValues.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

const QStringList &shipmentStates()
{
    static const QStringList states{u"Advised"_s, u"Returned"_s, u"BackInStock"_s, u"Unusable"_s};
    return states;
}

const QStringList &paymentStates()
{
    static const QStringList states{u"NonRefundable"_s, u"Initial"_s, u"Refunded"_s, u"NotRefunded"_s};
    return states;
}

/// The quantity of each line item and custom line item of the order, by id.
QHash<QString, qint64> quantities(const QJsonObject &order, const QString &list)
{
    QHash<QString, qint64> out;
    for (const QJsonValue &v : order.value(list).toArray())
        out.insert(v.toObject().value(u"id"_s).toString(), v.toObject().value(u"quantity"_s).toInteger());
    return out;
}

/// The units already returned of each item, by its id.
QHash<QString, qint64> returned(const QJsonObject &order)
{
    QHash<QString, qint64> out;
    for (const QJsonValue &info : order.value(u"returnInfo"_s).toArray()) {
        for (const QJsonValue &v : info.toObject().value(u"items"_s).toArray()) {
            const QJsonObject item = v.toObject();
            const QString id = item.contains(u"lineItemId"_s) ? item.value(u"lineItemId"_s).toString()
                                                              : item.value(u"customLineItemId"_s).toString();
            out[id] += item.value(u"quantity"_s).toInteger();
        }
    }
    return out;
}

} // namespace

OrderReturns::OrderReturns(QDateTime now, QList<MessageLog::Pending> &messages)
    : m_now(std::move(now))
    , m_messages(messages)
{}

std::optional<HttpResponse> OrderReturns::addReturnInfo(QJsonObject &order, const QJsonObject &action)
{
    if (!action.value(u"items"_s).isArray())
        return ResourceErrors::missingValue(u"items"_s);
    const QHash<QString, qint64> lines = quantities(order, u"lineItems"_s);
    const QHash<QString, qint64> customLines = quantities(order, u"customLineItems"_s);
    QHash<QString, qint64> units = returned(order);
    const QString now = JsonValues::timestamp(m_now);
    QJsonArray items;
    for (const QJsonValue &v : action.value(u"items"_s).toArray()) {
        const QJsonObject draft = v.toObject();
        const QJsonValue quantity = draft.value(u"quantity"_s);
        if (!draft.contains(u"quantity"_s))
            return ResourceErrors::requiredField(u"items.quantity"_s);
        if (!quantity.isDouble() || quantity.toInteger(-1) < 1 || quantity.toDouble() != quantity.toInteger())
            return ResourceErrors::invalidField(u"items.quantity"_s, quantity);
        if (!draft.contains(u"shipmentState"_s))
            return ResourceErrors::requiredField(u"items.shipmentState"_s);
        if (auto error = ResourceErrors::checkEnum(u"shipmentState"_s, draft.value(u"shipmentState"_s),
                                                   shipmentStates()))
            return error;
        const bool line = draft.contains(u"lineItemId"_s);
        if (line == draft.contains(u"customLineItemId"_s)) {
            return ResourceErrors::invalidOperation(
                u"A return item needs exactly one of lineItemId and customLineItemId."_s);
        }
        const QString id = draft.value(line ? u"lineItemId"_s : u"customLineItemId"_s).toString();
        const QHash<QString, qint64> &known = line ? lines : customLines;
        if (!known.contains(id))
            return ResourceErrors::invalidOperation(u"The order has no line item with id '%1'."_s.arg(id));
        units[id] += quantity.toInteger();
        if (units.value(id) > known.value(id)) {
            return ResourceErrors::invalidOperation(
                u"The line item '%1' has a quantity of %2; returns of %3 units exceed it."_s.arg(
                    id, QString::number(known.value(id)), QString::number(units.value(id))));
        }
        const QString shipmentState = draft.value(u"shipmentState"_s).toString();
        QJsonObject item{
            {u"type"_s, line ? u"LineItemReturnItem"_s : u"CustomLineItemReturnItem"_s},
            {u"id"_s, JsonValues::randomId()},
            {line ? u"lineItemId"_s : u"customLineItemId"_s, id},
            {u"quantity"_s, quantity.toInteger()},
            {u"shipmentState"_s, shipmentState},
            {u"paymentState"_s, shipmentState == u"Advised"_s ? u"NonRefundable"_s : u"Initial"_s},
            {u"createdAt"_s, now},
            {u"lastModifiedAt"_s, now},
        };
        for (const QString &field : {u"key"_s, u"comment"_s}) {
            if (draft.value(field).isString())
                item.insert(field, draft.value(field));
        }
        items.append(item);
    }
    QJsonObject info{{u"items"_s, items}};
    for (const QString &field : {u"returnTrackingId"_s, u"returnDate"_s}) {
        if (action.value(field).isString())
            info.insert(field, action.value(field));
    }
    QJsonArray infos = order.value(u"returnInfo"_s).toArray();
    infos.append(info);
    order.insert(u"returnInfo"_s, infos);
    m_messages.append({u"ReturnInfoAdded"_s, QJsonObject{{u"returnInfo"_s, info}}});
    return std::nullopt;
}

std::optional<HttpResponse> OrderReturns::setItemState(QJsonObject &order, const QJsonObject &action,
                                                       const QString &field, const QStringList &allowed,
                                                       QString *itemId)
{
    const QString id = action.value(u"returnItemId"_s).toString();
    const QString key = action.value(u"returnItemKey"_s).toString();
    if (id.isEmpty() && key.isEmpty())
        return ResourceErrors::invalidOperation(u"Either returnItemId or returnItemKey is required."_s);
    if (!action.contains(field))
        return ResourceErrors::requiredField(field);
    if (auto error = ResourceErrors::checkEnum(field, action.value(field), allowed))
        return error;
    QJsonArray infos = order.value(u"returnInfo"_s).toArray();
    for (qsizetype i = 0; i < infos.size(); ++i) {
        QJsonObject info = infos.at(i).toObject();
        QJsonArray items = info.value(u"items"_s).toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            QJsonObject item = items.at(j).toObject();
            const bool named =
                id.isEmpty() ? item.value(u"key"_s).toString() == key : item.value(u"id"_s).toString() == id;
            if (!named)
                continue;
            item.insert(field, action.value(field));
            item.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_now));
            *itemId = item.value(u"id"_s).toString();
            items[j] = item;
            info.insert(u"items"_s, items);
            infos[i] = info;
            order.insert(u"returnInfo"_s, infos);
            return std::nullopt;
        }
    }
    return ResourceErrors::invalidOperation(id.isEmpty()
                                                ? u"The order has no return item with key '%1'."_s.arg(key)
                                                : u"The order has no return item with id '%1'."_s.arg(id));
}

std::optional<HttpResponse> OrderReturns::setReturnShipmentState(QJsonObject &order,
                                                                 const QJsonObject &action)
{
    QString itemId;
    if (auto error = setItemState(order, action, u"shipmentState"_s, shipmentStates(), &itemId))
        return error;
    m_messages.append({u"OrderReturnShipmentStateChanged"_s,
                       QJsonObject{{u"returnItemId"_s, itemId},
                                   {u"returnShipmentState"_s, action.value(u"shipmentState"_s)}}});
    return std::nullopt;
}

std::optional<HttpResponse> OrderReturns::setReturnPaymentState(QJsonObject &order, const QJsonObject &action)
{
    QString itemId;
    return setItemState(order, action, u"paymentState"_s, paymentStates(), &itemId);
}

} // namespace commercedesk::sandbox
