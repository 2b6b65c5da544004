// SPDX-License-Identifier: MIT
#include "sandbox/orders/DemoPayments.h"

#include "sandbox/outside/GatewayIds.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct Card
{
    const char *brand;
    const char *last4;
};

// The gateway's approving test cards (docs/outside-systems.md "Test cards").
constexpr Card Cards[] = {{"visa", "4242"}, {"mastercard", "4444"}, {"amex", "0005"}};

QJsonObject gatewayAmount(const QJsonObject &money)
{
    return QJsonObject{{u"centAmount"_s, money.value(u"centAmount"_s)},
                       {u"currencyCode"_s, money.value(u"currencyCode"_s)}};
}

} // namespace

DemoPayments::DemoPayments(QDateTime now)
    : m_now(std::move(now))
{}

bool DemoPayments::prepare(Database &database, int count, QString *error)
{
    m_entries.clear();
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT doc FROM orders WHERE store_key = 'webshop' AND order_state <> 'Cancelled' "
              u"ORDER BY created_at DESC, id LIMIT ?"_s);
    q.addBindValue(count);
    if (!q.exec()) {
        *error = u"Cannot read the demo orders: "_s % database.errorString();
        return false;
    }
    QList<QJsonObject> orders;
    while (q.next())
        orders.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    for (int i = 0; i < orders.size(); ++i)
        m_entries.append(make(orders.at(i), i));
    return true;
}

DemoPayments::Entry DemoPayments::make(QJsonObject order, int index) const
{
    const QString orderNumber = order.value(u"orderNumber"_s).toString();
    const QJsonObject gross = order.value(u"taxedPrice"_s).toObject().value(u"totalGross"_s).toObject();
    const QJsonObject total = gross.isEmpty() ? order.value(u"totalPrice"_s).toObject() : gross;
    const QString currency = total.value(u"currencyCode"_s).toString();
    const QJsonObject amount = JsonValues::money(currency, total.value(u"centAmount"_s).toInteger());
    const QString shipment = order.value(u"shipmentState"_s).toString();
    const bool captured = shipment == u"Shipped" || shipment == u"Delivered";
    const Card &card = Cards[index % 3];
    const QString createdAt = order.value(u"createdAt"_s).toString();
    const QDateTime created = JsonValues::parseTimestamp(createdAt);
    // Captured on shipment: a day after the order (never in the future).
    const QString capturedAt = JsonValues::timestamp(std::min(created.addDays(1), m_now));
    const QString psp = gateway::newId(u"psp_"_s);
    const QString code = gateway::newAuthorizationCode();

    QJsonObject authorization{{u"id"_s, psp},
                              {u"brand"_s, QString::fromLatin1(card.brand)},
                              {u"last4"_s, QString::fromLatin1(card.last4)},
                              {u"expiryMonth"_s, index % 12 + 1},
                              {u"expiryYear"_s, m_now.date().year() + 2 + index % 3},
                              {u"amount"_s, gatewayAmount(amount)},
                              {u"reference"_s, order.value(u"id"_s)},
                              {u"createdAt"_s, createdAt},
                              {u"status"_s, u"approved"_s},
                              {u"authorizationCode"_s, code},
                              {u"message"_s, u"Approved."_s}};
    QJsonArray transactions{
        QJsonObject{{u"id"_s, JsonValues::seededId(u"transaction"_s, orderNumber % u"/a"_s)},
                    {u"type"_s, u"Authorization"_s},
                    {u"amount"_s, amount},
                    {u"state"_s, u"Success"_s},
                    {u"timestamp"_s, createdAt},
                    {u"interactionId"_s, psp}}};
    if (captured) {
        const QString chargeId = JsonValues::seededId(u"transaction"_s, orderNumber % u"/c"_s);
        transactions.append(QJsonObject{{u"id"_s, chargeId},
                                        {u"type"_s, u"Charge"_s},
                                        {u"amount"_s, amount},
                                        {u"state"_s, u"Success"_s},
                                        {u"timestamp"_s, capturedAt},
                                        {u"interactionId"_s, psp}});
        authorization.insert(u"status"_s, u"captured"_s);
        authorization.insert(u"capturedAmount"_s, gatewayAmount(amount));
        authorization.insert(u"message"_s, u"Captured."_s);
        authorization.insert(u"lastModifiedAt"_s, capturedAt);
        authorization.insert(u"operations"_s, QJsonArray{QJsonObject{{u"operation"_s, u"capture"_s},
                                                                     {u"at"_s, capturedAt},
                                                                     {u"idempotencyKey"_s, chargeId},
                                                                     {u"amount"_s, gatewayAmount(amount)}}});
    }
    const QString modifiedAt = captured ? capturedAt : createdAt;
    QJsonObject payment{
        {u"id"_s, JsonValues::seededId(u"payment"_s, orderNumber)},
        {u"version"_s, 1},
        {u"createdAt"_s, createdAt},
        {u"lastModifiedAt"_s, modifiedAt},
        {u"key"_s, psp},
        {u"interfaceId"_s, psp},
        {u"amountPlanned"_s, amount},
        {u"paymentMethodInfo"_s,
         QJsonObject{{u"paymentInterface"_s, u"commercedesk-gateway"_s}, {u"method"_s, u"card"_s}}},
        {u"paymentStatus"_s, QJsonObject{{u"interfaceCode"_s, authorization.value(u"status"_s)},
                                         {u"interfaceText"_s, authorization.value(u"message"_s)}}},
        {u"transactions"_s, transactions},
        {u"interfaceInteractions"_s, QJsonArray()},
        {u"custom"_s,
         QJsonObject{{u"type"_s,
                      JsonValues::reference(
                          u"type"_s, JsonValues::seededId(u"type"_s, u"commercedesk-card-authorization"_s))},
                     {u"fields"_s, QJsonObject{{u"authorizationCode"_s, code},
                                               {u"cardBrand"_s, QString::fromLatin1(card.brand)},
                                               {u"cardLast4"_s, QString::fromLatin1(card.last4)}}}}}};
    if (order.contains(u"customerId"_s))
        payment.insert(u"customer"_s,
                       JsonValues::reference(u"customer"_s, order.value(u"customerId"_s).toString()));
    order.insert(u"paymentInfo"_s,
                 QJsonObject{{u"payments"_s, QJsonArray{JsonValues::reference(
                                                 u"payment"_s, payment.value(u"id"_s).toString())}}});
    order.insert(u"paymentState"_s, captured ? u"Paid"_s : u"Pending"_s);
    return Entry{order, payment, authorization};
}

QList<QJsonObject> DemoPayments::authorizations() const
{
    QList<QJsonObject> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.authorization);
    return out;
}

bool DemoPayments::store(Database &database, QString *error) const
{
    if (!database.begin()) {
        *error = u"Cannot start a transaction: "_s % database.errorString();
        return false;
    }
    ResourceTable payments(database, u"payments"_s);
    for (const Entry &e : m_entries) {
        const QJsonObject customer = e.payment.value(u"customer"_s).toObject();
        const bool ok =
            payments.insert(
                e.payment,
                {{u"customer_id"_s, customer.isEmpty() ? QVariant() : customer.value(u"id"_s).toVariant()},
                 {u"anonymous_id"_s, QVariant()},
                 {u"interface_id"_s, e.payment.value(u"interfaceId"_s).toString()}}) &&
            database.exec(u"UPDATE orders SET doc = ?, payment_state = ? WHERE id = ?"_s,
                          {QJsonDocument(e.order).toJson(QJsonDocument::Compact),
                           e.order.value(u"paymentState"_s).toString(), e.order.value(u"id"_s).toString()});
        if (!ok) {
            *error = u"Cannot store the demo payments: "_s % database.errorString();
            database.rollback();
            return false;
        }
    }
    if (!database.commit()) {
        *error = u"Cannot store the demo payments: "_s % database.errorString();
        return false;
    }
    return true;
}

} // namespace commercedesk::sandbox
