// SPDX-License-Identifier: MIT
#include "api/json/PaymentJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonEnum.h"
#include "api/json/PageJson.h"

namespace commercedesk::api::json {

namespace {

std::optional<core::PaymentMethodInfo> readPaymentMethodInfo(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::PaymentMethodInfo info;
    info.paymentInterface = r.optionalString(u"paymentInterface");
    info.method = r.optionalString(u"method");
    info.name = r.optional(u"name", readLocalizedString);
    return r.finish(std::move(info));
}

QJsonObject encodePaymentMethodInfo(const core::PaymentMethodInfo &info)
{
    JsonWriter w;
    w.setOptional(u"paymentInterface", info.paymentInterface);
    w.setOptional(u"method", info.method);
    w.setOptional(u"name", info.name, encodeLocalizedString);
    return w.take();
}

std::optional<core::PaymentStatus> readPaymentStatus(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::PaymentStatus status;
    status.interfaceCode = r.optionalString(u"interfaceCode");
    status.interfaceText = r.optionalString(u"interfaceText");
    status.state = r.optional(u"state", readReference);
    return r.finish(std::move(status));
}

QJsonObject encodePaymentStatus(const core::PaymentStatus &status)
{
    JsonWriter w;
    w.setOptional(u"interfaceCode", status.interfaceCode);
    w.setOptional(u"interfaceText", status.interfaceText);
    w.setOptional(u"state", status.state, encodeReference);
    return w.take();
}

} // namespace

std::optional<core::Transaction> readTransaction(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Transaction transaction;
    transaction.id = r.string(u"id");
    transaction.timestamp = r.optionalTimestamp(u"timestamp");
    transaction.type = r.required(u"type", enumReader(core::transactionTypeFromWire));
    transaction.amount = r.required(u"amount", readMoney);
    transaction.interactionId = r.optionalString(u"interactionId");
    transaction.state =
        r.optional(u"state", enumReader(core::transactionStateFromWire)).value_or(transaction.state);
    return r.finish(std::move(transaction));
}

QJsonObject encodeTransaction(const core::Transaction &transaction)
{
    JsonWriter w;
    w.set(u"id", transaction.id);
    w.setOptional(u"timestamp", transaction.timestamp);
    w.set(u"type", core::toWireString(transaction.type));
    w.set(u"amount", encodeMoney(transaction.amount));
    w.setOptional(u"interactionId", transaction.interactionId);
    w.set(u"state", core::toWireString(transaction.state));
    return w.take();
}

std::optional<core::Payment> readPayment(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Payment payment;
    payment.id = r.string(u"id");
    payment.version = r.integer(u"version");
    payment.key = r.optionalString(u"key");
    payment.customer = r.optional(u"customer", readReference);
    payment.anonymousId = r.optionalString(u"anonymousId");
    payment.interfaceId = r.optionalString(u"interfaceId");
    payment.amountPlanned = r.required(u"amountPlanned", readMoney);
    payment.paymentMethodInfo =
        r.optional(u"paymentMethodInfo", readPaymentMethodInfo).value_or(core::PaymentMethodInfo{});
    payment.paymentStatus = r.optional(u"paymentStatus", readPaymentStatus).value_or(core::PaymentStatus{});
    payment.transactions = r.list(u"transactions", readTransaction);
    payment.custom = r.optional(u"custom", readCustomFields);
    payment.createdAt = r.optionalTimestamp(u"createdAt").value_or(QDateTime());
    payment.lastModifiedAt = r.optionalTimestamp(u"lastModifiedAt").value_or(QDateTime());
    return r.finish(std::move(payment));
}

std::optional<core::Payment> decodePayment(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readPayment);
}

std::optional<core::PagedResult<core::Payment>> decodePaymentPage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readPayment); });
}

QJsonObject encodePayment(const core::Payment &payment)
{
    JsonWriter w;
    w.set(u"id", payment.id);
    w.set(u"version", payment.version);
    w.setOptional(u"key", payment.key);
    w.setOptional(u"customer", payment.customer, encodeReference);
    w.setOptional(u"anonymousId", payment.anonymousId);
    w.setOptional(u"interfaceId", payment.interfaceId);
    w.set(u"amountPlanned", encodeMoney(payment.amountPlanned));
    w.set(u"paymentMethodInfo", encodePaymentMethodInfo(payment.paymentMethodInfo));
    w.set(u"paymentStatus", encodePaymentStatus(payment.paymentStatus));
    w.setList(u"transactions", payment.transactions, encodeTransaction);
    w.setOptional(u"custom", payment.custom, encodeCustomFields);
    if (payment.createdAt.isValid())
        w.set(u"createdAt", payment.createdAt);
    if (payment.lastModifiedAt.isValid())
        w.set(u"lastModifiedAt", payment.lastModifiedAt);
    return w.take();
}

} // namespace commercedesk::api::json
