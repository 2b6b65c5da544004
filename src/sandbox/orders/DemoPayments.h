// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace commercedesk::sandbox {

class Database;

// The card payments of the demo store (Seeder, after OrderGenerator): the `count` newest B2C orders (store
// "webshop") that are not cancelled get a Payment as the checkout records one (orchestrator/PaymentService):
// amountPlanned = the order's taxed gross total (Order::displayTotal), paymentMethodInfo
// {paymentInterface "commercedesk-gateway", method "card"}, the card's brand/last4/authorization code as
// custom fields of the type "commercedesk-card-authorization", and a `Success` Authorization transaction
// whose interactionId is an authorization of the payment gateway (docs/outside-systems.md). Orders shipped
// or delivered were captured on shipment: a `Success` Charge of the whole amount, the gateway's
// authorization `captured` with that capture in its log, paymentState Paid. The others are authorized
// only: the authorization `approved`, paymentState Pending, ready to capture through the Payment Intents
// API. The order's paymentInfo.payments references the payment.
// Which orders, amounts, cards and states: deterministic for the same orders. The gateway's authorization
// ids and codes are random (unguessable, like the gateway's own).
// Two steps, so the gateway holds the authorizations before any payment names them: prepare(), then the
// caller imports authorizations() into the gateway's store (GatewayStore::import), then store().
class DemoPayments
{
public:
    static constexpr int DefaultCount = 36;

    explicit DemoPayments(QDateTime now);

    // Reads the orders and builds the documents. False + *error on an SQL error.
    bool prepare(Database &database, int count, QString *error);
    // The gateway authorizations the payments name (brand, last4, expiry: never a card number).
    QList<QJsonObject> authorizations() const;
    int size() const { return static_cast<int>(m_entries.size()); }
    // Inserts the payments and updates the orders in ONE transaction (the caller holds none).
    bool store(Database &database, QString *error) const;

private:
    struct Entry
    {
        QJsonObject order;
        QJsonObject payment;
        QJsonObject authorization;
    };
    Entry make(QJsonObject order, int index) const;

    QDateTime m_now;
    QList<Entry> m_entries;
};

} // namespace commercedesk::sandbox
