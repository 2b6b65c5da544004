// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderUpdater.h"

#include "sandbox/http/ActionTable.h"
#include "sandbox/http/UpdateRequest.h"
#include "sandbox/orders/OrderColumns.h"
#include "sandbox/orders/OrderDeliveries.h"
#include "sandbox/orders/OrderReturns.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"
#include "sandbox/storage/TypeReference.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// {typeId, id|key} → the stored row's id; empty when it does not exist.
QString resolve(Database &database, const QString &table, const QJsonObject &identifier)
{
    const QString id = identifier.value(u"id"_s).toString();
    if (!id.isEmpty())
        return database.scalar(u"SELECT id FROM "_s % table % u" WHERE id = ?"_s, {id}).toString();
    const QString key = identifier.value(u"key"_s).toString();
    if (key.isEmpty())
        return {};
    return database.scalar(u"SELECT id FROM "_s % table % u" WHERE key = ?"_s, {key}).toString();
}

HttpResponse referenceError(const QString &typeId, const QJsonObject &identifier)
{
    return ResourceErrors::referencedNotFound(typeId, identifier.value(u"id"_s).toString(),
                                              identifier.value(u"key"_s).toString());
}

} // namespace

OrderUpdater::OrderUpdater(Database &database, QDateTime now)
    : m_database(database)
    , m_now(std::move(now))
{}

HttpResponse OrderUpdater::update(const QJsonObject &storedOrder, const QJsonObject &body)
{
    HttpResponse refused;
    const auto update = UpdateRequest::read(body, storedOrder, &refused);
    if (!update)
        return refused;
    const QString id = storedOrder.value(u"id"_s).toString();
    const qint64 current = update->version();
    QJsonObject order = storedOrder;
    for (const QJsonValue &action : update->actions()) {
        if (auto error = apply(order, action.toObject()))
            return *error;
    }
    order.insert(u"version"_s, current + 1);
    order.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_now));
    if (!m_messages.isEmpty()) {
        order.insert(u"lastMessageSequenceNumber"_s,
                     MessageLog::lastSequenceNumber(m_database, id) + m_messages.size());
    }
    ResourceTable orders(m_database, u"orders"_s);
    if (!orders.update(order, current, OrderColumns::extra(order, OrderColumns::omsChannelId(m_database))))
        return HttpResponse::error(500, u"General"_s,
                                   u"Could not store the order: "_s % m_database.errorString());
    for (const MessageLog::Pending &message : std::as_const(m_messages)) {
        if (!MessageLog::append(m_database, u"order"_s, order, message.type, message.payload, m_now))
            return HttpResponse::error(500, u"General"_s, u"Could not store the order's messages."_s);
    }
    return HttpResponse::json(order);
}

std::optional<HttpResponse> OrderUpdater::applyInMemory(QJsonObject &order, const QJsonArray &actions)
{
    for (const QJsonValue &action : actions) {
        if (auto error = apply(order, action.toObject()))
            return error;
    }
    m_messages.clear();
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::apply(QJsonObject &order, const QJsonObject &action)
{
    using Result = std::optional<HttpResponse>;
    // What an order action edits: the order, through the updater (its clock and pending messages).
    struct Edit
    {
        OrderUpdater &self;
        QJsonObject &order;
    };
    using Own = Result (OrderUpdater::*)(QJsonObject &, const QJsonObject &);
    using Delivery = Result (OrderDeliveries::*)(QJsonObject &, const QJsonObject &);
    const auto own = [](Own handler) {
        return [handler](Edit &e, const QJsonObject &a) { return (e.self.*handler)(e.order, a); };
    };
    const auto delivery = [](Delivery handler) {
        return [handler](Edit &e, const QJsonObject &a) {
            OrderDeliveries deliveries(e.self.m_now, e.self.m_messages);
            return (deliveries.*handler)(e.order, a);
        };
    };
    const auto enumAction = [](const QString &field, const QStringList &(*allowed)(),
                               const QString &messageType) {
        return [=](Edit &e, const QJsonObject &a) {
            return e.self.changeEnum(e.order, a, field, allowed(), messageType);
        };
    };
    const auto textAction = [](const QString &field, const QString &actionField, const QString &messageType) {
        return [=](Edit &e, const QJsonObject &a) {
            return e.self.setOptionalText(e.order, a, field, actionField, messageType);
        };
    };
    const auto paymentAction = [](bool add) {
        return [add](Edit &e, const QJsonObject &a) { return e.self.changePayment(e.order, a, add); };
    };
    const auto addressAction = [](const QString &field) {
        return [field](Edit &e, const QJsonObject &a) { return e.self.setAddress(e.order, a, field); };
    };
    static const ActionTable<Edit> table(
        {
            {u"changeOrderState"_s,
             enumAction(u"orderState"_s, &OrderColumns::orderStates, u"OrderStateChanged"_s)},
            {u"changeShipmentState"_s,
             enumAction(u"shipmentState"_s, &OrderColumns::shipmentStates, u"OrderShipmentStateChanged"_s)},
            {u"changePaymentState"_s,
             enumAction(u"paymentState"_s, &OrderColumns::paymentStates, u"OrderPaymentStateChanged"_s)},
            {u"transitionState"_s, own(&OrderUpdater::transitionState)},
            {u"addDelivery"_s, delivery(&OrderDeliveries::addDelivery)},
            {u"addParcelToDelivery"_s, delivery(&OrderDeliveries::addParcelToDelivery)},
            {u"setParcelTrackingData"_s, delivery(&OrderDeliveries::setParcelTrackingData)},
            {u"removeDelivery"_s, delivery(&OrderDeliveries::removeDelivery)},
            {u"addReturnInfo"_s,
             [](Edit &e, const QJsonObject &a) {
                 return OrderReturns(e.self.m_now, e.self.m_messages).addReturnInfo(e.order, a);
             }},
            {u"setReturnShipmentState"_s,
             [](Edit &e, const QJsonObject &a) {
                 return OrderReturns(e.self.m_now, e.self.m_messages).setReturnShipmentState(e.order, a);
             }},
            {u"setReturnPaymentState"_s,
             [](Edit &e, const QJsonObject &a) {
                 return OrderReturns(e.self.m_now, e.self.m_messages).setReturnPaymentState(e.order, a);
             }},
            {u"setOrderNumber"_s, own(&OrderUpdater::setOrderNumber)},
            {u"setPurchaseOrderNumber"_s, textAction(u"purchaseOrderNumber"_s, u"purchaseOrderNumber"_s,
                                                     u"OrderPurchaseOrderNumberSet"_s)},
            {u"setCustomerEmail"_s, textAction(u"customerEmail"_s, u"email"_s, u"OrderCustomerEmailSet"_s)},
            {u"addPayment"_s, paymentAction(true)},
            {u"removePayment"_s, paymentAction(false)},
            {u"setShippingAddress"_s, addressAction(u"shippingAddress"_s)},
            {u"setBillingAddress"_s, addressAction(u"billingAddress"_s)},
            {u"updateSyncInfo"_s, own(&OrderUpdater::updateSyncInfo)},
            {u"setCustomType"_s, own(&OrderUpdater::setCustomType)},
            {u"setCustomField"_s, own(&OrderUpdater::setCustomField)},
        },
        &ResourceErrors::unknownAction);
    Edit edit{*this, order};
    return table.apply(edit, action);
}

std::optional<HttpResponse> OrderUpdater::changeEnum(QJsonObject &order, const QJsonObject &action,
                                                     const QString &field, const QStringList &allowed,
                                                     const QString &messageType)
{
    if (!action.contains(field))
        return ResourceErrors::missingValue(field);
    if (auto error = ResourceErrors::checkEnum(field, action.value(field), allowed))
        return error;
    const QJsonValue old = order.value(field);
    order.insert(field, action.value(field));
    QJsonObject payload{{field, action.value(field)}};
    const QString oldField = u"old"_s % field.at(0).toUpper() % field.mid(1);
    if (old.isString())
        payload.insert(oldField, old);
    if (field == u"orderState"_s)
        payload.insert(u"orderId"_s, order.value(u"id"_s));
    m_messages.append({messageType, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::transitionState(QJsonObject &order, const QJsonObject &action)
{
    const QJsonObject state = action.value(u"state"_s).toObject();
    QString id = state.value(u"id"_s).toString();
    if (id.isEmpty()) {
        const QString key = state.value(u"key"_s).toString();
        if (key.isEmpty())
            return ResourceErrors::missingValue(u"state"_s);
        // The sandbox has no State resources: a key stands for a stable id derived from it.
        id = JsonValues::seededId(u"state"_s, key);
    }
    const QJsonValue old = order.value(u"state"_s);
    const QJsonObject reference = JsonValues::reference(u"state"_s, id);
    order.insert(u"state"_s, reference);
    QJsonObject payload{{u"state"_s, reference}, {u"force"_s, action.value(u"force"_s).toBool(false)}};
    if (old.isObject())
        payload.insert(u"oldState"_s, old);
    m_messages.append({u"OrderStateTransition"_s, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::setOrderNumber(QJsonObject &order, const QJsonObject &action)
{
    const QString number = action.value(u"orderNumber"_s).toString();
    const QString current = order.value(u"orderNumber"_s).toString();
    if (!current.isEmpty() && current != number)
        return ResourceErrors::invalidOperation(
            u"The order already has the order number '%1'; it cannot be changed."_s.arg(current));
    if (number.isEmpty())
        return std::nullopt;
    if (m_database
            .scalar(u"SELECT 1 FROM orders WHERE order_number = ? AND id <> ?"_s,
                    {number, order.value(u"id"_s).toString()})
            .isValid()) {
        return ResourceErrors::duplicateField(u"orderNumber"_s, number);
    }
    order.insert(u"orderNumber"_s, number);
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::setOptionalText(QJsonObject &order, const QJsonObject &action,
                                                          const QString &field, const QString &actionField,
                                                          const QString &messageType)
{
    const QJsonValue value = action.value(actionField);
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return ResourceErrors::invalidField(actionField, value);
    const QJsonValue old = order.value(field);
    if (value.isString() && !value.toString().isEmpty())
        order.insert(field, value);
    else
        order.remove(field);
    QJsonObject payload;
    const QString oldField = u"old"_s % actionField.at(0).toUpper() % actionField.mid(1);
    if (order.contains(field))
        payload.insert(actionField, order.value(field));
    if (old.isString())
        payload.insert(oldField, old);
    m_messages.append({messageType, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::changePayment(QJsonObject &order, const QJsonObject &action,
                                                        bool add)
{
    const QJsonObject identifier = action.value(u"payment"_s).toObject();
    const QString id = resolve(m_database, u"payments"_s, identifier);
    if (id.isEmpty())
        return referenceError(u"payment"_s, identifier);
    QJsonObject info = order.value(u"paymentInfo"_s).toObject();
    QJsonArray payments = info.value(u"payments"_s).toArray();
    const QJsonObject reference = JsonValues::reference(u"payment"_s, id);
    const qsizetype at = payments.toVariantList().indexOf(reference.toVariantMap());
    if (add && at < 0)
        payments.append(reference);
    else if (!add && at >= 0)
        payments.removeAt(at);
    info.insert(u"payments"_s, payments);
    order.insert(u"paymentInfo"_s, info);
    m_messages.append({add ? u"OrderPaymentAdded"_s : u"OrderPaymentRemoved"_s, {{u"payment"_s, reference}}});
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::setAddress(QJsonObject &order, const QJsonObject &action,
                                                     const QString &field)
{
    const QJsonObject address = action.value(u"address"_s).toObject();
    if (address.isEmpty()) {
        order.remove(field);
        return std::nullopt;
    }
    if (address.value(u"country"_s).toString().size() != 2)
        return ResourceErrors::invalidField(u"address.country"_s, address.value(u"country"_s));
    order.insert(field, address);
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::updateSyncInfo(QJsonObject &order, const QJsonObject &action)
{
    const QJsonObject identifier = action.value(u"channel"_s).toObject();
    if (identifier.isEmpty())
        return ResourceErrors::missingValue(u"channel"_s);
    const QString id = resolve(m_database, u"channels"_s, identifier);
    if (id.isEmpty())
        return referenceError(u"channel"_s, identifier);
    QJsonObject entry{{u"channel"_s, JsonValues::reference(u"channel"_s, id)},
                      {u"syncedAt"_s, action.value(u"syncedAt"_s).toString(JsonValues::timestamp(m_now))}};
    if (action.value(u"externalId"_s).isString())
        entry.insert(u"externalId"_s, action.value(u"externalId"_s));
    QJsonArray syncInfo = order.value(u"syncInfo"_s).toArray();
    syncInfo.append(entry);
    order.insert(u"syncInfo"_s, syncInfo);
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::setCustomType(QJsonObject &order, const QJsonObject &action)
{
    const QJsonObject type = action.value(u"type"_s).toObject();
    if (type.isEmpty()) {
        order.remove(u"custom"_s);
        return std::nullopt;
    }
    order.insert(u"custom"_s, QJsonObject{{u"type"_s, typeReference(type)},
                                          {u"fields"_s, action.value(u"fields"_s).toObject()}});
    return std::nullopt;
}

std::optional<HttpResponse> OrderUpdater::setCustomField(QJsonObject &order, const QJsonObject &action)
{
    const QString name = action.value(u"name"_s).toString();
    if (name.isEmpty())
        return ResourceErrors::missingValue(u"name"_s);
    QJsonObject custom = order.value(u"custom"_s).toObject();
    if (custom.isEmpty())
        return ResourceErrors::invalidOperation(u"The order has no custom type; use setCustomType first."_s);
    QJsonObject fields = custom.value(u"fields"_s).toObject();
    if (action.contains(u"value"_s) && !action.value(u"value"_s).isNull())
        fields.insert(name, action.value(u"value"_s));
    else
        fields.remove(name);
    custom.insert(u"fields"_s, fields);
    order.insert(u"custom"_s, custom);
    return std::nullopt;
}

} // namespace commercedesk::sandbox
