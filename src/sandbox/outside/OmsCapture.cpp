// SPDX-License-Identifier: MIT
#include "sandbox/outside/OmsCapture.h"

#include "sandbox/outside/OmsWriteBack.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool retried(int status)
{
    return status == 0 || status >= 500 || status == 409;
}

QString describe(int status, const QJsonObject &body, const QString &error)
{
    if (status == 0)
        return error;
    return u"sandbox answered %1: %2"_s.arg(status).arg(body.value(u"message"_s).toString());
}

} // namespace

qint64 OmsCapture::capturable(const QJsonObject &payment, QJsonObject *pending)
{
    qint64 authorized = 0;
    qint64 captured = 0;
    bool cancelled = false;
    for (const QJsonValue &value : payment.value(u"transactions"_s).toArray()) {
        const QJsonObject transaction = value.toObject();
        const QString type = transaction.value(u"type"_s).toString();
        const QString state = transaction.value(u"state"_s).toString();
        const qint64 cents = transaction.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
        const bool operation = type == u"Charge" || type == u"Refund" || type == u"CancelAuthorization";
        if (operation && (state == u"Pending" || state == u"Initial")) {
            if (pending && pending->isEmpty())
                *pending = transaction;
            continue;
        }
        if (state != u"Success")
            continue;
        if (type == u"Authorization")
            authorized += cents;
        else if (type == u"Charge")
            captured += cents;
        else if (type == u"CancelAuthorization")
            cancelled = true;
    }
    return cancelled ? 0 : std::max<qint64>(0, authorized - captured);
}

void OmsCapture::run(OmsWriteBack *writeBack, const QString &orderId, Done done)
{
    auto *capture = new OmsCapture(writeBack, orderId, std::move(done));
    capture->start();
}

OmsCapture::OmsCapture(OmsWriteBack *writeBack, QString orderId, Done done)
    : QObject(writeBack)
    , m_writeBack(writeBack)
    , m_orderId(std::move(orderId))
    , m_done(std::move(done))
{}

void OmsCapture::start()
{
    m_writeBack->call("GET", u"/orders/"_s % m_orderId, {},
                      [this](int status, const QJsonObject &order, const QString &error) {
                          if (status != 200) {
                              finish(false, describe(status, order, error));
                              return;
                          }
                          for (const QJsonValue &ref :
                               order.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray())
                              m_payments.append(ref.toObject().value(u"id"_s).toString());
                          readPayment();
                      });
}

void OmsCapture::readPayment()
{
    if (m_index >= m_payments.size()) {
        finish(true, {});
        return;
    }
    m_writeBack->call("GET", u"/payments/"_s % m_payments.at(m_index), {},
                      [this](int status, const QJsonObject &payment, const QString &error) {
                          if (status != 200)
                              finish(false, describe(status, payment, error));
                          else
                              decide(payment);
                      });
}

void OmsCapture::decide(const QJsonObject &payment)
{
    QJsonObject pending;
    const qint64 left = capturable(payment, &pending);
    QJsonObject amount;
    if (!pending.isEmpty()) {
        if (pending.value(u"type"_s).toString() != u"Charge") {
            finish(false, u"payment %1: another operation is still Pending"_s.arg(
                              payment.value(u"id"_s).toString()));
            return;
        }
        amount = pending.value(u"amount"_s).toObject(); // complete it, exactly once
    } else if (left > 0) {
        const QJsonObject planned = payment.value(u"amountPlanned"_s).toObject();
        amount = QJsonObject{{u"centAmount"_s, left}, {u"currencyCode"_s, planned.value(u"currencyCode"_s)}};
    } else {
        ++m_index; // nothing (more) to capture here
        m_attempts = 0;
        readPayment();
        return;
    }
    if (m_attempts >= kAttempts) {
        finish(false, u"payment %1: the capture is still Pending"_s.arg(payment.value(u"id"_s).toString()));
        return;
    }
    ++m_attempts;
    const QString id = payment.value(u"id"_s).toString();
    const QJsonObject body{
        {u"actions"_s,
         QJsonArray{
             QJsonObject{{u"action"_s, u"capturePayment"_s},
                         {u"amount"_s, QJsonObject{{u"centAmount"_s, amount.value(u"centAmount"_s)},
                                                   {u"currencyCode"_s, amount.value(u"currencyCode"_s)}}}}}}};
    m_writeBack->call("POST", u"/payment-intents/"_s % id, body,
                      [this, amount](int status, const QJsonObject &answer, const QString &error) {
                          if (status == 200) {
                              const QString outcome = answer.value(u"outcome"_s).toString();
                              if (outcome == u"rejected") {
                                  m_notes.append(u"rejected"_s);
                                  ++m_index;
                                  m_attempts = 0;
                              } else if (outcome == u"approved") {
                                  m_notes.append(
                                      u"captured %1 %2"_s.arg(amount.value(u"centAmount"_s).toInteger())
                                          .arg(amount.value(u"currencyCode"_s).toString()));
                              }
                              readPayment(); // approved: check nothing is left; received: send again
                              return;
                          }
                          if (retried(status))
                              readPayment();
                          else
                              finish(false, describe(status, answer, error));
                      });
}

void OmsCapture::finish(bool ok, const QString &error)
{
    const Done done = std::move(m_done);
    const QString note = m_notes.isEmpty() ? u"nothing left"_s : m_notes.join(u", "_s);
    deleteLater();
    if (done)
        done(ok, error, note);
}

} // namespace commercedesk::sandbox
