// SPDX-License-Identifier: MIT
#include "orchestrator/SessionService.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorConfig.h"
#include "orchestrator/RevocationList.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/SessionTokenCodec.h"
#include "orchestrator/Upstream.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject publicCustomer(const QJsonObject &customer)
{
    QJsonObject out;
    for (const QString &field :
         {u"id"_s, u"version"_s, u"email"_s, u"firstName"_s, u"lastName"_s, u"companyName"_s, u"vatId"_s,
          u"addresses"_s, u"defaultShippingAddressId"_s, u"defaultBillingAddressId"_s,
          u"shippingAddressIds"_s, u"billingAddressIds"_s, u"customerGroup"_s, u"isEmailVerified"_s,
          u"locale"_s, u"createdAt"_s, u"lastModifiedAt"_s}) {
        if (customer.contains(field))
            out.insert(field, customer.value(field));
    }
    return out;
}

SessionService::SessionService(ServiceContext context)
    : m_context(std::move(context))
{}

void SessionService::registerRoutes(RouteTable &routes)
{
    using A = RouteTable::Access;
    routes.add("POST", u"/v1/sessions/anonymous"_s, A::Public, false,
               [this](Exchange *e) { startAnonymous(e); });
    routes.add("POST", u"/v1/sessions/sign-in"_s, A::Public, true, [this](Exchange *e) { signIn(e, false); });
    routes.add("POST", u"/v1/sessions/sign-up"_s, A::Public, true, [this](Exchange *e) { signIn(e, true); });
    routes.add("POST", u"/v1/sessions/refresh"_s, A::Public, true, [this](Exchange *e) { refresh(e); });
    routes.add("POST", u"/v1/sessions/sign-out"_s, A::Session, false, [this](Exchange *e) { signOut(e); });
    routes.add("GET", u"/v1/me"_s, A::Customer, false, [this](Exchange *e) { me(e); });
}

QJsonObject SessionService::issue(const QString &sessionId, const QString &customerId,
                                  const QString &anonymousId) const
{
    const qint64 now = m_context.nowMs() / 1000;
    SessionClaims claims;
    claims.sessionId = sessionId.isEmpty() ? newId() : sessionId;
    claims.customerId = customerId;
    claims.anonymousId = anonymousId;
    claims.issuedAt = now;
    claims.expiresAt = now + m_context.config->accessTokenSeconds;
    const QByteArray access = m_context.tokens->issue(claims);
    claims.kind = SessionClaims::Kind::Refresh;
    claims.expiresAt = now + m_context.config->refreshTokenSeconds;
    const QByteArray refreshToken = m_context.tokens->issue(claims);
    QJsonObject body{{u"tokenType"_s, u"Bearer"_s},
                     {u"accessToken"_s, QString::fromLatin1(access)},
                     {u"expiresIn"_s, m_context.config->accessTokenSeconds},
                     {u"refreshToken"_s, QString::fromLatin1(refreshToken)},
                     {u"refreshExpiresIn"_s, m_context.config->refreshTokenSeconds},
                     {u"sessionId"_s, claims.sessionId}};
    if (!customerId.isEmpty())
        body.insert(u"customerId"_s, customerId);
    if (!anonymousId.isEmpty())
        body.insert(u"anonymousId"_s, anonymousId);
    return body;
}

void SessionService::startAnonymous(Exchange *exchange)
{
    exchange->answer(201, issue({}, {}, newId()));
}

void SessionService::signIn(Exchange *exchange, bool signUp)
{
    const QJsonObject &in = exchange->json();
    for (auto it = in.begin(); it != in.end(); ++it) {
        static const QStringList allowed{u"email"_s, u"password"_s, u"firstName"_s, u"lastName"_s};
        if (!allowed.contains(it.key()) ||
            (!signUp && (it.key() == u"firstName"_s || it.key() == u"lastName"_s)))
            return exchange->fail(OrchestratorError::invalidField(it.key(), u"Unknown field."_s));
        if (!it.value().isString() || it.value().toString().isEmpty() || it.value().toString().size() > 256)
            return exchange->fail(
                OrchestratorError::invalidField(it.key(), u"Must be a non-empty string."_s));
    }
    if (!in.contains(u"email"_s) || !in.contains(u"password"_s))
        return exchange->fail(
            OrchestratorError::invalidField(u"email"_s, u"'email' and 'password' are required."_s));
    // An anonymous session presented with the sign-in hands its cart over to the customer.
    QString anonymousId;
    QString anonymousSession;
    const QByteArray header = exchange->authorization().trimmed();
    if (!header.isEmpty()) {
        const auto claims =
            m_context.tokens->verify(header.startsWith("Bearer ") ? header.mid(7).trimmed() : header,
                                     SessionClaims::Kind::Access, m_context.nowMs() / 1000);
        if (!claims || m_context.revocations->isRevoked(claims->sessionId))
            return exchange->fail(
                OrchestratorError::unauthorized(u"The anonymous session is invalid or expired."_s));
        anonymousId = claims->customerId.isEmpty() ? claims->anonymousId : QString();
        anonymousSession = claims->customerId.isEmpty() ? claims->sessionId : QString();
    }
    QJsonObject draft = in;
    if (!anonymousId.isEmpty()) {
        draft.insert(u"anonymousId"_s, anonymousId);
        if (!signUp)
            draft.insert(u"anonymousCartSignInMode"_s, u"MergeWithExistingCustomerCart"_s);
    }
    const QString path = signUp ? u"/customers"_s : u"/login"_s;
    m_context.upstream->post(
        path, draft, false, exchange,
        [this, exchange, signUp, anonymousId, anonymousSession](const api::Result<QJsonObject> &result) {
            if (!result.ok()) {
                const api::ApiError &error = result.error();
                if (error.httpStatus == 400 && error.code == u"InvalidCredentials"_s)
                    return exchange->fail(
                        {401, u"InvalidCredentials"_s, u"The email or password is wrong."_s, {}});
                return exchange->fail(OrchestratorError::fromApi(error));
            }
            const QJsonObject customer = result.value().value(u"customer"_s).toObject();
            const QString customerId = customer.value(u"id"_s).toString();
            if (customerId.isEmpty())
                return exchange->fail(
                    {502, u"UpstreamUnavailable"_s, u"commercetools answered without a customer."_s, {}});
            // The anonymous session ends: its cart now belongs to the customer (OwnershipCache relies on it).
            const qint64 now = m_context.nowMs() / 1000;
            if (!anonymousSession.isEmpty() &&
                !m_context.revocations->revoke(anonymousSession, now + m_context.config->refreshTokenSeconds,
                                               now))
                return exchange->fail(
                    {503, u"RevocationUnavailable"_s, u"The sign-in could not be completed; retry."_s, {}});
            QJsonObject body = issue({}, customerId, anonymousId);
            body.insert(u"customer"_s, publicCustomer(customer));
            if (result.value().contains(u"cart"_s))
                body.insert(u"cart"_s, result.value().value(u"cart"_s));
            exchange->answer(signUp ? 201 : 200, body);
        });
}

void SessionService::refresh(Exchange *exchange)
{
    const QJsonValue token = exchange->json().value(u"refreshToken"_s);
    if (!token.isString())
        return exchange->fail(
            OrchestratorError::invalidField(u"refreshToken"_s, u"'refreshToken' is required."_s));
    const auto claims = m_context.tokens->verify(token.toString().toLatin1(), SessionClaims::Kind::Refresh,
                                                 m_context.nowMs() / 1000);
    if (!claims || m_context.revocations->isRevoked(claims->sessionId))
        return exchange->fail(
            OrchestratorError::unauthorized(u"The refresh token is invalid, expired or signed out."_s));
    exchange->answer(200, issue(claims->sessionId, claims->customerId, claims->anonymousId));
}

void SessionService::signOut(Exchange *exchange)
{
    const SessionClaims &claims = *exchange->session();
    const qint64 now = m_context.nowMs() / 1000;
    // Until the last refresh token this session could hold has expired.
    if (!m_context.revocations->revoke(claims.sessionId, now + m_context.config->refreshTokenSeconds, now))
        return exchange->fail(
            {503, u"RevocationUnavailable"_s, u"The sign-out could not be recorded; retry."_s, {}});
    exchange->answer(200, QJsonObject{{u"signedOut"_s, true}, {u"sessionId"_s, claims.sessionId}});
}

void SessionService::me(Exchange *exchange)
{
    m_context.upstream->get(u"/customers/"_s % exchange->session()->customerId, {}, exchange,
                            [exchange](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                exchange->answer(200, publicCustomer(result.value()));
                            });
}

} // namespace commercedesk::orchestrator
