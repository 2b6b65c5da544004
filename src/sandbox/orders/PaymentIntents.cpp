// SPDX-License-Identifier: MIT
#include "sandbox/orders/PaymentIntents.h"

#include "sandbox/Clock.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/http/ContractRecorder.h"
#include "sandbox/http/Router.h"
#include "sandbox/orders/MessageLog.h"
#include "sandbox/orders/PaymentLedger.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcIntents, "commercedesk.sandbox.paymentintents", QtInfoMsg)

// payment_intent_operations.operation of a transaction a restart completed (recoverPending) and no caller
// has been told about yet: the next same operation on the payment gets that transaction's outcome.
const QString SettledAtStart = u"settled-at-start"_s;

const QStringList Operations{u"capturePayment"_s, u"refundPayment"_s, u"cancelPayment"_s,
                             u"reversePayment"_s};

HttpResponse outcome(const QString &value)
{
    return HttpResponse::json(QJsonObject{{u"outcome"_s, value}});
}

HttpResponse conflict(const QJsonObject &payment, const QString &message)
{
    const qint64 version = payment.value(u"version"_s).toInteger();
    return HttpResponse::error(409, u"ConcurrentModification"_s, message,
                               QJsonObject{{u"resourceId"_s, payment.value(u"id"_s)},
                                           {u"expectedVersion"_s, version},
                                           {u"currentVersion"_s, version}});
}

QString gatewayOperation(const QString &transactionType)
{
    if (transactionType == u"Charge")
        return u"capture"_s;
    if (transactionType == u"Refund")
        return u"refund"_s;
    return u"void"_s;
}

QString money(qint64 cents, const QString &currency)
{
    const int digits = JsonValues::fractionDigits(currency);
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    return digits == 0
               ? u"%1 %2"_s.arg(cents).arg(currency)
               : u"%1.%2 %3"_s.arg(cents / unit).arg(cents % unit, digits, 10, QChar(u'0')).arg(currency);
}

// The transaction a valid operation becomes: its type and amount, or the refusal.
struct Plan
{
    QString type;
    qint64 cents = 0;
    std::optional<HttpResponse> refusal;
};

Plan plan(const QString &operation, const std::optional<qint64> &requested, const PaymentLedger &l)
{
    const auto refuse = [](const QString &message) {
        return Plan{{}, 0, CommerceErrors::invalidOperation(message)};
    };
    if (l.cancelled)
        return refuse(u"The authorization of this payment was cancelled."_s);
    if (operation == u"capturePayment") {
        if (*requested > l.capturable())
            return refuse(u"Cannot capture %1: %2 of the authorization is left to capture."_s.arg(
                money(*requested, l.currency), money(l.capturable(), l.currency)));
        return {u"Charge"_s, *requested, {}};
    }
    if (operation == u"refundPayment") {
        if (*requested > l.refundable())
            return refuse(u"Cannot refund %1: %2 of the captured amount is left to refund."_s.arg(
                money(*requested, l.currency), money(l.refundable(), l.currency)));
        return {u"Refund"_s, *requested, {}};
    }
    if (operation == u"cancelPayment" || l.captured == 0) {
        if (l.captured > 0)
            return refuse(
                u"Cannot cancel the authorization: %1 was captured already; refund it instead."_s.arg(
                    money(l.captured, l.currency)));
        return {u"CancelAuthorization"_s, l.authorized, {}};
    }
    if (l.refundable() == 0) // reversePayment of a payment captured and refunded in full
        return refuse(u"Nothing is left to reverse: everything captured was refunded."_s);
    return {u"Refund"_s, l.refundable(), {}};
}

} // namespace

PaymentIntents::PaymentIntents(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

PaymentIntents::~PaymentIntents() = default;

void PaymentIntents::registerRoutes(Router &router)
{
    router.add(
        HttpMethod::Post, u"/{projectKey}/payment-intents/{paymentId}"_s,
        [this](RequestContext &ctx) { return begin(ctx); },
        ScopeRules::write(ScopeRules::Endpoint::PaymentIntents));
}

void PaymentIntents::connectGateway(const GatewayConnection &connection)
{
    m_connector =
        std::make_unique<PaymentConnector>(connection.url, connection.merchantKey, connection.timeoutMs);
}

bool PaymentIntents::isIntentRequest(const RequestContext &ctx)
{
    const QStringList parts = ctx.path.split(u'/', Qt::SkipEmptyParts);
    return ctx.method == HttpMethod::Post && parts.size() == 3 && parts.at(1) == u"payment-intents";
}

HttpResponse PaymentIntents::begin(RequestContext &ctx)
{
    m_started.reset();
    const QJsonObject body = ctx.json.object();
    if (!body.value(u"actions"_s).isArray() || body.value(u"actions"_s).toArray().isEmpty())
        return CommerceErrors::requiredField(u"actions"_s);
    const QJsonArray actions = body.value(u"actions"_s).toArray();
    if (actions.size() > 1)
        return HttpResponse::error(
            400, u"MultipleActionsNotAllowed"_s,
            u"A payment intent carries exactly one action; %1 were sent."_s.arg(actions.size()));
    const QJsonObject action = actions.first().toObject();
    const QString operation = action.value(u"action"_s).toString();
    if (operation.isEmpty())
        return CommerceErrors::requiredField(u"action"_s);
    if (!Operations.contains(operation))
        return CommerceErrors::invalidField(u"action"_s, action.value(u"action"_s), Operations);
    std::optional<QJsonObject> amount;
    if (operation == u"capturePayment" || operation == u"refundPayment") {
        HttpResponse error;
        if (!action.contains(u"amount"_s))
            return CommerceErrors::requiredField(u"amount"_s);
        amount = DraftValues::money(action.value(u"amount"_s), u"amount"_s, &error);
        if (!amount)
            return error;
        if (amount->value(u"centAmount"_s).toInteger() <= 0)
            return CommerceErrors::invalidField(u"amount.centAmount"_s, amount->value(u"centAmount"_s));
    }
    const QString id = ctx.param(u"paymentId"_s);
    const auto payment = ResourceTable(m_database, u"payments"_s).byId(id);
    if (!payment)
        return HttpResponse::error(404, u"ResourceNotFound"_s,
                                   u"The Payment with ID '%1' was not found."_s.arg(id),
                                   QJsonObject{{u"resourceId"_s, id}, {u"resourceIdentifier"_s, id}});
    if (!m_connector)
        return HttpResponse::error(503, u"ServiceUnavailable"_s,
                                   u"No payment gateway is connected to the sandbox."_s);
    if (m_inFlight.contains(id))
        return conflict(*payment,
                        u"Another operation on this payment is waiting for the payment service provider."_s);
    const PaymentLedger ledger = PaymentLedger::of(*payment);
    if (ledger.authorizationId.isEmpty())
        return CommerceErrors::invalidOperation(
            u"The payment has no successful Authorization to operate on."_s);
    if (amount && amount->value(u"currencyCode"_s).toString() != ledger.currency)
        return CommerceErrors::invalidField(u"amount.currencyCode"_s, amount->value(u"currencyCode"_s),
                                            {ledger.currency});
    const std::optional<qint64> requested =
        amount ? std::optional<qint64>(amount->value(u"centAmount"_s).toInteger()) : std::nullopt;
    if (!ledger.pending.isEmpty()) {
        // Only the same operation again (type and amount) may go on: it completes the pending one.
        const QString type = ledger.pending.value(u"type"_s).toString();
        const qint64 cents = ledger.pending.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
        const bool same = ((operation == u"capturePayment" && type == u"Charge") ||
                           (operation == u"refundPayment" && type == u"Refund") ||
                           (operation == u"cancelPayment" && type == u"CancelAuthorization") ||
                           (operation == u"reversePayment" && type != u"Charge")) &&
                          (!requested || *requested == cents);
        if (!same)
            return conflict(
                *payment,
                u"A %1 of %2 is still pending at the payment service provider; send that "
                u"operation again to complete it first."_s.arg(type, money(cents, ledger.currency)));
        const QJsonObject pendingAmount = ledger.pending.value(u"amount"_s).toObject();
        m_started =
            Started{id, ledger.pending.value(u"id"_s).toString(), ledger.authorizationId,
                    gatewayOperation(type), type == u"CancelAuthorization" ? QJsonObject() : pendingAmount};
        return outcome(u"received"_s);
    }
    if (auto told = outcomeSettledAtStart(*payment, operation, requested))
        return *told;
    const Plan next = plan(operation, requested, ledger);
    if (next.refusal)
        return *next.refusal;
    return startTransaction(*payment, next.type, JsonValues::money(ledger.currency, next.cents),
                            ledger.authorizationId);
}

HttpResponse PaymentIntents::startTransaction(QJsonObject payment, const QString &type,
                                              const QJsonObject &amount, const QString &authorizationId)
{
    const QDateTime now = m_clock->now();
    const QJsonObject tx{{u"id"_s, JsonValues::randomId()},
                         {u"type"_s, type},
                         {u"amount"_s, amount},
                         {u"state"_s, u"Pending"_s},
                         {u"timestamp"_s, JsonValues::timestamp(now)},
                         {u"interactionId"_s, authorizationId}};
    QJsonArray transactions = payment.value(u"transactions"_s).toArray();
    transactions.append(tx);
    payment.insert(u"transactions"_s, transactions);
    const qint64 version = payment.value(u"version"_s).toInteger();
    payment.insert(u"version"_s, version + 1);
    payment.insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
    const QString paymentId = payment.value(u"id"_s).toString();
    if (!ResourceTable(m_database, u"payments"_s).update(payment, version) ||
        !MessageLog::append(m_database, u"payment"_s, payment, u"PaymentTransactionAdded"_s,
                            {{u"transaction"_s, tx}}, now) ||
        !m_database.exec(
            u"INSERT INTO payment_intent_operations (transaction_id, payment_id, operation, created_at) "
            u"VALUES (?, ?, ?, ?)"_s,
            {tx.value(u"id"_s).toString(), paymentId, gatewayOperation(type), JsonValues::timestamp(now)}))
        return HttpResponse::error(500, u"General"_s, u"Could not store the transaction."_s);
    m_started = Started{paymentId, tx.value(u"id"_s).toString(), authorizationId, gatewayOperation(type),
                        type == u"CancelAuthorization" ? QJsonObject() : amount};
    return outcome(u"received"_s);
}

void PaymentIntents::answer(const Router &router, const RequestContext &ctx, const HttpResponse &response,
                            const DeferredReply &reply)
{
    if (!m_started) {
        ContractRecorder::record(router, ctx, response);
        reply.send(response);
        return;
    }
    const Started started = *m_started;
    m_started.reset();
    ask(started, [&router, ctx, reply](const HttpResponse &final) {
        ContractRecorder::record(router, ctx, final);
        reply.send(final);
    });
}

void PaymentIntents::ask(const Started &started, std::function<void(const HttpResponse &)> done)
{
    m_inFlight.insert(started.paymentId);
    m_connector->send(started.authorizationId, started.operation, started.amount, started.transactionId,
                      [this, started, done = std::move(done)](const PaymentConnector::Answer &answer) {
                          m_inFlight.remove(started.paymentId);
                          const HttpResponse response = settle(started, answer);
                          if (done)
                              done(response);
                      });
}

HttpResponse PaymentIntents::settle(const Started &started, const PaymentConnector::Answer &answer)
{
    if (answer.kind == PaymentConnector::Answer::Kind::Unanswered)
        return outcome(u"received"_s);
    auto payment = ResourceTable(m_database, u"payments"_s).byId(started.paymentId);
    if (!payment)
        return HttpResponse::error(
            404, u"ResourceNotFound"_s, u"The payment was deleted meanwhile."_s,
            QJsonObject{{u"resourceId"_s, started.paymentId}, {u"resourceIdentifier"_s, started.paymentId}});
    QJsonArray transactions = payment->value(u"transactions"_s).toArray();
    for (qsizetype i = 0; i < transactions.size(); ++i) {
        QJsonObject tx = transactions.at(i).toObject();
        if (tx.value(u"id"_s).toString() != started.transactionId)
            continue;
        const QString current = tx.value(u"state"_s).toString();
        if (current != u"Pending") // settled by an earlier answer
            return outcome(current == u"Success" ? u"approved"_s : u"rejected"_s);
        const bool approved = answer.kind == PaymentConnector::Answer::Kind::Approved;
        const QString state = approved ? u"Success"_s : u"Failure"_s;
        tx.insert(u"state"_s, state);
        transactions.replace(i, tx);
        payment->insert(u"transactions"_s, transactions);
        QJsonObject status = payment->value(u"paymentStatus"_s).toObject();
        status.insert(u"interfaceCode"_s, answer.status);
        status.insert(u"interfaceText"_s, answer.message);
        payment->insert(u"paymentStatus"_s, status);
        const qint64 version = payment->value(u"version"_s).toInteger();
        const QDateTime now = m_clock->now();
        payment->insert(u"version"_s, version + 1);
        payment->insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
        const bool stored =
            m_database.begin() && ResourceTable(m_database, u"payments"_s).update(*payment, version) &&
            MessageLog::append(m_database, u"payment"_s, *payment, u"PaymentTransactionStateChanged"_s,
                               {{u"transactionId"_s, started.transactionId}, {u"state"_s, state}}, now) &&
            MessageLog::append(m_database, u"payment"_s, *payment, u"PaymentStatusInterfaceCodeSet"_s,
                               {{u"paymentId"_s, started.paymentId}, {u"interfaceCode"_s, answer.status}},
                               now) &&
            (started.recovered
                 ? m_database.exec(
                       u"UPDATE payment_intent_operations SET operation = ? WHERE transaction_id = ?"_s,
                       {SettledAtStart, started.transactionId})
                 : m_database.exec(u"DELETE FROM payment_intent_operations WHERE transaction_id = ?"_s,
                                   {started.transactionId})) &&
            m_database.commit();
        if (!stored) {
            if (m_database.inTransaction())
                m_database.rollback();
            return HttpResponse::error(500, u"General"_s, u"Could not store the gateway's answer."_s);
        }
        if (started.recovered)
            qCInfo(lcIntents).noquote()
                << "completed after the restart:" << tx.value(u"type"_s).toString() << started.transactionId
                << "of payment" << started.paymentId << "→" << state;
        return outcome(approved ? u"approved"_s : u"rejected"_s);
    }
    return CommerceErrors::invalidOperation(u"The transaction was removed from the payment meanwhile."_s);
}

std::optional<HttpResponse> PaymentIntents::outcomeSettledAtStart(const QJsonObject &payment,
                                                                  const QString &operation,
                                                                  const std::optional<qint64> &requested)
{
    const QString paymentId = payment.value(u"id"_s).toString();
    const QString transactionId =
        m_database
            .scalar(
                u"SELECT transaction_id FROM payment_intent_operations WHERE payment_id = ? AND operation = ?"_s,
                {paymentId, SettledAtStart})
            .toString();
    if (transactionId.isEmpty())
        return std::nullopt;
    // Told once: whatever the caller sends now, the marker goes.
    m_database.exec(u"DELETE FROM payment_intent_operations WHERE transaction_id = ?"_s, {transactionId});
    for (const QJsonValue &value : payment.value(u"transactions"_s).toArray()) {
        const QJsonObject tx = value.toObject();
        if (tx.value(u"id"_s).toString() != transactionId)
            continue;
        const QString type = tx.value(u"type"_s).toString();
        const qint64 cents = tx.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
        const bool same = ((operation == u"capturePayment" && type == u"Charge") ||
                           (operation == u"refundPayment" && type == u"Refund") ||
                           (operation == u"cancelPayment" && type == u"CancelAuthorization")) &&
                          (!requested || *requested == cents);
        if (!same)
            return std::nullopt;
        return outcome(tx.value(u"state"_s).toString() == u"Success" ? u"approved"_s : u"rejected"_s);
    }
    return std::nullopt;
}

void PaymentIntents::recoverPending()
{
    if (!m_connector)
        return;
    QList<std::pair<QString, QString>> rows; // (transaction id, payment id)
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT transaction_id, payment_id FROM payment_intent_operations WHERE operation <> ? "
              u"ORDER BY created_at"_s);
    q.addBindValue(SettledAtStart);
    if (q.exec()) {
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[transactionId, paymentId] : std::as_const(rows)) {
        const auto payment = ResourceTable(m_database, u"payments"_s).byId(paymentId);
        if (!payment || m_inFlight.contains(paymentId))
            continue;
        const QJsonArray transactions = payment->value(u"transactions"_s).toArray();
        for (const QJsonValue &value : transactions) {
            const QJsonObject tx = value.toObject();
            if (tx.value(u"id"_s).toString() != transactionId ||
                tx.value(u"state"_s).toString() != u"Pending")
                continue;
            const QString type = tx.value(u"type"_s).toString();
            qCInfo(lcIntents).noquote() << "asking the gateway again for the" << type << transactionId
                                        << "of payment" << paymentId << "left Pending by the previous run";
            ask(Started{paymentId, transactionId, tx.value(u"interactionId"_s).toString(),
                        gatewayOperation(type),
                        type == u"CancelAuthorization" ? QJsonObject() : tx.value(u"amount"_s).toObject(),
                        true},
                {});
        }
    }
}

} // namespace commercedesk::sandbox
