// SPDX-License-Identifier: MIT
#include "sandbox/outside/PaymentGateway.h"

#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/outside/AuthorizationRequest.h"
#include "sandbox/outside/CardRules.h"
#include "sandbox/outside/GatewayIds.h"
#include "sandbox/outside/GatewayStore.h"
#include "sandbox/outside/ServiceServer.h"
#include "sandbox/storage/JsonValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcGateway, "commercedesk.sandbox.gateway", QtInfoMsg)

const QString ChallengeCode = u"123456"_s;

QJsonObject amountJson(qint64 cents, const QString &currency)
{
    return QJsonObject{{u"centAmount"_s, cents}, {u"currencyCode"_s, currency}};
}

HttpResponse fieldError(const AuthorizationRequest::Error &e)
{
    return ServiceServer::error(400, e.code, e.message, QJsonObject{{u"field"_s, e.field}});
}

HttpResponse invalidState(const QJsonObject &authorization, const QString &what)
{
    return ServiceServer::error(
        409, u"invalid_state"_s,
        u"Cannot %1 an authorization in status %2."_s.arg(what, authorization.value(u"status"_s).toString()),
        QJsonObject{{u"status"_s, authorization.value(u"status"_s)}});
}

// Sets status/declineCode/message/authorizationCode/challenge for the test card's outcome.
void applyOutcome(QJsonObject &a, CardRules::Outcome outcome)
{
    const auto decline = [&a](const QString &code, const QString &message) {
        a.insert(u"status"_s, u"declined"_s);
        a.insert(u"declineCode"_s, code);
        a.insert(u"message"_s, message);
    };
    switch (outcome) {
    case CardRules::Outcome::Decline:
        decline(u"card_declined"_s, u"The card was declined."_s);
        return;
    case CardRules::Outcome::InsufficientFunds:
        decline(u"insufficient_funds"_s, u"The card has insufficient funds."_s);
        return;
    case CardRules::Outcome::ExpiredCard:
        decline(u"expired_card"_s, u"The card has expired."_s);
        return;
    case CardRules::Outcome::Challenge:
        a.insert(u"status"_s, u"challenge_required"_s);
        a.insert(u"challenge"_s, QJsonObject{{u"id"_s, gateway::newId(u"ch_"_s)}});
        a.insert(u"message"_s, u"The issuer asks the card holder to authenticate (test code 123456)."_s);
        return;
    case CardRules::Outcome::Approve:
    case CardRules::Outcome::Timeout:
    case CardRules::Outcome::ProcessingError:
        a.insert(u"status"_s, u"approved"_s);
        a.insert(u"authorizationCode"_s, gateway::newAuthorizationCode());
        a.insert(u"message"_s, u"Approved."_s);
        return;
    }
}

QString bodyFingerprint(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

HttpResponse replayed(const GatewayStore::Replay &r)
{
    HttpResponse response = HttpResponse::bytes(r.body, "application/json; charset=utf-8", r.status);
    response.addHeader("Idempotent-Replayed", "true");
    return response;
}

} // namespace

PaymentGateway::PaymentGateway(PaymentGatewayConfig config, std::shared_ptr<FaultInjector> faults,
                               QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(std::make_unique<GatewayStore>())
    , m_server(new ServiceServer(u"gateway"_s, std::move(faults), this))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SystemClock>();
    m_server->asyncRoute(
        HttpMethod::Post, u"/v1/authorizations"_s,
        [this](RequestContext &ctx, const DeferredReply &reply) { authorize(ctx, reply); }, true);
    const auto merchant = [this](HttpResponse (PaymentGateway::*operation)(const RequestContext &)) {
        return [this, operation](RequestContext &ctx) {
            if (auto denied = checkMerchant(ctx))
                return *denied;
            return (this->*operation)(ctx);
        };
    };
    m_server->route(HttpMethod::Get, u"/v1/authorizations/{id}"_s,
                    [this](RequestContext &ctx) { return get(ctx); });
    m_server->route(
        HttpMethod::Post, u"/v1/authorizations/{id}/challenge"_s,
        [this](RequestContext &ctx) { return challenge(ctx); }, true);
    m_server->route(HttpMethod::Post, u"/v1/authorizations/{id}/capture"_s,
                    merchant(&PaymentGateway::capture));
    // A void releases a hold and moves no money, so besides the connector the party that created the
    // authorization may release it: it proves that with the Idempotency-Key of its authorize request
    // (X-Authorization-Key), which only it knows. Capture and refund stay the connector's.
    m_server->route(HttpMethod::Post, u"/v1/authorizations/{id}/void"_s, [this](RequestContext &ctx) {
        if (!isCreator(ctx)) {
            if (auto denied = checkMerchant(ctx))
                return *denied;
        }
        return voidAuthorization(ctx);
    });
    m_server->route(HttpMethod::Post, u"/v1/authorizations/{id}/refund"_s, merchant(&PaymentGateway::refund));
}

bool PaymentGateway::isCreator(const RequestContext &ctx) const
{
    const QString key = QString::fromLatin1(ctx.header("X-Authorization-Key").trimmed());
    if (key.isEmpty())
        return false;
    const auto created = m_store->replay(key, u"authorize"_s);
    return created &&
           QJsonDocument::fromJson(created->body).object().value(u"id"_s).toString() == ctx.param(u"id"_s);
}

std::optional<HttpResponse> PaymentGateway::checkMerchant(const RequestContext &ctx) const
{
    const QByteArray authorization = ctx.header("Authorization").trimmed();
    if (!m_config.merchantKey.isEmpty() && authorization.startsWith("Bearer ") &&
        LocalSecrets::equals(authorization.mid(7).trimmed(), m_config.merchantKey))
        return std::nullopt;
    HttpResponse r = ServiceServer::error(401, u"unauthorized"_s,
                                          u"This operation needs the connector's merchant key (Bearer)."_s);
    r.addHeader("WWW-Authenticate", "Bearer");
    return r;
}

PaymentGateway::~PaymentGateway() = default;

bool PaymentGateway::start(const QHostAddress &address, quint16 port, QString *error)
{
    return m_store->open(m_config.databasePath, error) && m_server->listen(address, port, error);
}

QUrl PaymentGateway::url() const
{
    return m_server->url();
}

QString PaymentGateway::now() const
{
    return JsonValues::timestamp(m_config.clock->now());
}

void PaymentGateway::authorize(RequestContext &ctx, const DeferredReply &reply)
{
    const QString key = QString::fromLatin1(ctx.header("Idempotency-Key").trimmed());
    if (key.isEmpty() || key.size() > 255) {
        reply.send(fieldError({u"missing_field"_s, u"Idempotency-Key"_s,
                               u"The Idempotency-Key header (1..255 characters) is required."_s}));
        return;
    }
    AuthorizationRequest::Error invalid;
    const auto request = AuthorizationRequest::parse(ctx.json.object(), m_config.clock->now(), &invalid);
    if (!request) {
        reply.send(fieldError(invalid));
        return;
    }
    const QString fingerprint = request->fingerprint();
    if (const auto previous = m_store->replay(key, u"authorize"_s)) {
        if (previous->fingerprint != fingerprint) {
            reply.send(ServiceServer::error(409, u"idempotency_conflict"_s,
                                            u"This Idempotency-Key was used with a different request."_s));
        } else {
            reply.send(replayed(*previous));
        }
        return;
    }
    const CardRules::Outcome outcome = CardRules::outcome(request->number);
    if (outcome == CardRules::Outcome::ProcessingError) {
        qCInfo(lcGateway).noquote() << "authorization failed: processing_error" << request->brand()
                                    << request->last4();
        reply.send(ServiceServer::error(502, u"processing_error"_s,
                                        u"The card network could not process the authorization."_s));
        return;
    }
    QJsonObject a{{u"id"_s, gateway::newId(u"psp_"_s)},
                  {u"brand"_s, request->brand()},
                  {u"last4"_s, request->last4()},
                  {u"expiryMonth"_s, request->expiryMonth},
                  {u"expiryYear"_s, request->expiryYear},
                  {u"amount"_s, amountJson(request->centAmount, request->currency)},
                  {u"reference"_s, request->reference},
                  {u"createdAt"_s, now()}};
    if (!request->holder.isEmpty())
        a.insert(u"holder"_s, request->holder);
    applyOutcome(a, outcome);
    const HttpResponse response = HttpResponse::json(a, 201);
    if (!m_store->save(a, key, u"authorize"_s, {fingerprint, 201, response.body}, now())) {
        reply.send(
            ServiceServer::error(500, u"internal_error"_s, u"The gateway could not store the result."_s));
        return;
    }
    qCInfo(lcGateway).noquote() << "authorization" << a.value(u"id"_s).toString()
                                << a.value(u"status"_s).toString() << request->brand() << request->last4();
    if (outcome == CardRules::Outcome::Timeout) {
        QTimer::singleShot(m_config.timeoutCardHoldMs, this, [reply, response] { reply.send(response); });
        return;
    }
    reply.send(response);
}

HttpResponse PaymentGateway::get(const RequestContext &ctx)
{
    const auto a = m_store->authorization(ctx.param(u"id"_s));
    if (!a)
        return ServiceServer::error(404, u"not_found"_s, u"No authorization with this id."_s);
    return HttpResponse::json(*a);
}

HttpResponse PaymentGateway::change(const RequestContext &ctx, const QString &operation,
                                    const std::function<HttpResponse(QJsonObject &)> &apply)
{
    const QString id = ctx.param(u"id"_s);
    const QString key = QString::fromLatin1(ctx.header("Idempotency-Key").trimmed());
    const QString scoped = operation % u':' % id;
    const QString fingerprint = bodyFingerprint(ctx.body);
    if (!key.isEmpty()) {
        if (const auto previous = m_store->replay(key, scoped)) {
            if (previous->fingerprint != fingerprint) {
                return ServiceServer::error(409, u"idempotency_conflict"_s,
                                            u"This Idempotency-Key was used with a different request."_s);
            }
            return replayed(*previous);
        }
    }
    auto a = m_store->authorization(id);
    if (!a)
        return ServiceServer::error(404, u"not_found"_s, u"No authorization with this id."_s);
    HttpResponse response = apply(*a);
    // 402: the issuer declined it — no money moved, but the attempt is part of the record (and replayed).
    const bool declined = response.status == 402;
    if (!response.isSuccess() && !declined)
        return response;
    a->insert(u"lastModifiedAt"_s, now());
    // The gateway's own log of what it did: one entry per applied or declined operation (a replay adds none).
    QJsonObject entry{{u"operation"_s, operation}, {u"at"_s, now()}};
    if (!key.isEmpty())
        entry.insert(u"idempotencyKey"_s, key);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QJsonObject details = declined ? body.value(u"error"_s).toObject() : body;
    if (const QJsonValue amount = details.value(u"amount"_s); amount.isObject())
        entry.insert(u"amount"_s, amount);
    if (declined) {
        entry.insert(u"outcome"_s, u"declined"_s);
        entry.insert(u"declineCode"_s, details.value(u"code"_s));
    }
    QJsonArray operations = a->value(u"operations"_s).toArray();
    operations.append(entry);
    a->insert(u"operations"_s, operations);
    if (!declined)
        response = HttpResponse::json(*a, 200);
    if (!m_store->save(*a, key, scoped, {fingerprint, response.status, response.body}, now()))
        return ServiceServer::error(500, u"internal_error"_s, u"The gateway could not store the result."_s);
    qCInfo(lcGateway).noquote() << operation << id
                                << (declined ? u"declined"_s : a->value(u"status"_s).toString());
    return response;
}

HttpResponse PaymentGateway::challenge(const RequestContext &ctx)
{
    return change(ctx, u"challenge"_s, [&ctx](QJsonObject &a) {
        if (a.value(u"status"_s).toString() != u"challenge_required")
            return invalidState(a, u"authenticate"_s);
        if (!ctx.json.object().value(u"code"_s).isString()) {
            return fieldError({u"missing_field"_s, u"code"_s, u"The challenge code is required."_s});
        }
        a.remove(u"declineCode"_s);
        if (ctx.json.object().value(u"code"_s).toString() == ChallengeCode) {
            applyOutcome(a, CardRules::Outcome::Approve);
        } else {
            a.insert(u"status"_s, u"declined"_s);
            a.insert(u"declineCode"_s, u"authentication_failed"_s);
            a.insert(u"message"_s, u"The card holder could not be authenticated."_s);
        }
        return HttpResponse::json({});
    });
}

namespace {

// The {"amount":…} of a capture/refund body (the whole `available` when the body is empty or has no
// amount). Error response when malformed, in another currency, or above `available`.
std::optional<qint64> requestedAmount(const RequestContext &ctx, const QJsonObject &a, qint64 available,
                                      HttpResponse *failure)
{
    if (ctx.body.trimmed().isEmpty())
        return available;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = ServiceServer::error(400, u"invalid_json"_s, u"The request body must be a JSON object."_s);
        return std::nullopt;
    }
    if (!doc.object().contains(u"amount"_s))
        return available;
    AuthorizationRequest::Error invalid;
    const auto amount = AuthorizationRequest::parseAmount(doc.object().value(u"amount"_s), &invalid);
    if (!amount) {
        *failure = fieldError(invalid);
        return std::nullopt;
    }
    const QString currency = a.value(u"amount"_s).toObject().value(u"currencyCode"_s).toString();
    if (amount->second != currency || amount->first > available) {
        *failure = fieldError(
            {u"invalid_amount"_s, u"amount"_s,
             u"The amount must be in %1 and at most %2 minor units."_s.arg(currency).arg(available)});
        return std::nullopt;
    }
    return amount->first;
}

qint64 cents(const QJsonObject &a, const QString &field)
{
    return a.value(field).toObject().value(u"centAmount"_s).toInteger();
}

} // namespace

HttpResponse PaymentGateway::capture(const RequestContext &ctx)
{
    return change(ctx, u"capture"_s, [&ctx](QJsonObject &a) {
        // Partial captures add up to the authorized amount; a refund in between does not stop the next.
        const QString status = a.value(u"status"_s).toString();
        const bool open = status == u"approved" || ((status == u"captured" || status == u"refunded") &&
                                                    cents(a, u"capturedAmount"_s) < cents(a, u"amount"_s));
        if (!open)
            return invalidState(a, u"capture"_s);
        HttpResponse failure;
        const qint64 captured = cents(a, u"capturedAmount"_s);
        const auto amount = requestedAmount(ctx, a, cents(a, u"amount"_s) - captured, &failure);
        if (!amount)
            return failure;
        const QString currency = a.value(u"amount"_s).toObject().value(u"currencyCode"_s).toString();
        a.insert(u"status"_s, u"captured"_s);
        a.insert(u"capturedAmount"_s, amountJson(captured + *amount, currency));
        a.insert(u"message"_s, u"Captured."_s);
        return HttpResponse::json({{u"amount"_s, amountJson(*amount, currency)}});
    });
}

HttpResponse PaymentGateway::voidAuthorization(const RequestContext &ctx)
{
    return change(ctx, u"void"_s, [](QJsonObject &a) {
        if (a.value(u"status"_s).toString() != u"approved")
            return invalidState(a, u"void"_s);
        a.insert(u"status"_s, u"voided"_s);
        a.insert(u"message"_s, u"Voided."_s);
        return HttpResponse::json({});
    });
}

HttpResponse PaymentGateway::refund(const RequestContext &ctx)
{
    return change(ctx, u"refund"_s, [&ctx](QJsonObject &a) {
        const QString status = a.value(u"status"_s).toString();
        if (status != u"captured" && status != u"refunded")
            return invalidState(a, u"refund"_s);
        const qint64 refunded = cents(a, u"refundedAmount"_s);
        const qint64 available = cents(a, u"capturedAmount"_s) - refunded;
        if (available <= 0)
            return invalidState(a, u"refund"_s);
        HttpResponse failure;
        const auto amount = requestedAmount(ctx, a, available, &failure);
        if (!amount)
            return failure;
        const QString currency = a.value(u"amount"_s).toObject().value(u"currencyCode"_s).toString();
        // The refund test card (docs/outside-systems.md): its issuer declines some refunds.
        if (CardRules::declinesRefund(a.value(u"last4"_s).toString(), *amount)) {
            return ServiceServer::error(402, u"refund_declined"_s, u"The issuer declined the refund."_s,
                                        QJsonObject{{u"amount"_s, amountJson(*amount, currency)}});
        }
        a.insert(u"status"_s, u"refunded"_s);
        a.insert(u"refundedAmount"_s, amountJson(refunded + *amount, currency));
        a.insert(u"message"_s, u"Refunded."_s);
        return HttpResponse::json({{u"amount"_s, amountJson(*amount, currency)}});
    });
}

} // namespace commercedesk::sandbox
