// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace commercedesk::sandbox {

class OmsWriteBack;

// Capture on shipment, the OMS's side (OmsConfig::captureOnShipment; docs/outside-systems.md "OMS"): once
// the OMS shipped an order it captures what is left of each of the order's card payments through the
// sandbox's Payment Intents API, as the seller's connector would (GET /orders/{id}, GET /payments/{id},
// POST /payment-intents/{id} {"actions":[{"action":"capturePayment","amount"}]}) with the OMS's own client.
//
// Exactly once, deduplicated by the payment's balance: every capture follows a read of the payment and
// asks only for what the read shows — a Pending Charge is sent again with its amount (the connector then
// completes it with the same gateway key), otherwise authorized − captured of the Success transactions
// (nothing once cancelled). A delivery of the shipping message twice, a repeated step after a failure or a
// restart therefore never captures twice. After a 5xx, a 409, no answer or the outcome "received" the
// payment is read again (at most kAttempts sends per run); `done` gets ok=false and the reason when
// something is left or Pending (the OMS tries the step again on a later tick), a "rejected" capture ends
// the run with ok=true and is named in `note`.
// Threading: the write-back's. `writeBack` must outlive the run.
class OmsCapture : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAttempts = 5;
    // ok, error (when !ok), note: "captured <cents> <currency>" per payment, "rejected", or "nothing left".
    using Done = std::function<void(bool ok, const QString &error, const QString &note)>;

    // Runs once for `orderId` and deletes itself after `done`.
    static void run(OmsWriteBack *writeBack, const QString &orderId, Done done);

    // authorized − captured of a payment's Success transactions in cents (0 once cancelled); `pending`
    // gets the first Pending or Initial Charge/Refund/CancelAuthorization, if any.
    static qint64 capturable(const QJsonObject &payment, QJsonObject *pending);

private:
    OmsCapture(OmsWriteBack *writeBack, QString orderId, Done done);
    void start();
    void readPayment();
    void decide(const QJsonObject &payment);
    void finish(bool ok, const QString &error);

    OmsWriteBack *m_writeBack;
    QString m_orderId;
    Done m_done;
    QStringList m_payments;
    int m_index = 0;
    int m_attempts = 0;
    QStringList m_notes;
};

} // namespace commercedesk::sandbox
