// SPDX-License-Identifier: MIT
#include "checkout/OrchestratorSession.h"

#include "api/NetworkReplies.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

constexpr int kSessionTimeoutMs = 20000;

api::ApiError unexpectedShape(const api::HttpResponse &response, const QString &message)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::UnexpectedShape;
    error.httpStatus = response.status;
    error.correlationId = response.correlationId;
    error.message = message;
    return error;
}

} // namespace

QNetworkReply *postToOrchestrator(QNetworkAccessManager *network, const QUrl &base, const QString &path,
                                  const QJsonObject &body, const QString &bearer,
                                  const QString &correlationId)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Correlation-ID", correlationId.toLatin1());
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setTransferTimeout(kSessionTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (body.isEmpty())
        return network->post(request, QByteArray());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

api::Result<OrchestratorSession> readSessionReply(QNetworkReply *reply, const QString &correlationId,
                                                  const QDateTime &now)
{
    const api::Result<api::HttpResponse> read = api::readReply(reply, correlationId);
    if (!read.ok())
        return read.error();
    const api::HttpResponse &response = read.value();
    if (response.status != 200 && response.status != 201)
        return api::errorFromHttp(response);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    OrchestratorSession session;
    session.token.value = body.value("accessToken"_L1).toString();
    session.token.refreshToken = body.value("refreshToken"_L1).toString();
    session.sessionId = body.value("sessionId"_L1).toString();
    const qint64 expiresIn = body.value("expiresIn"_L1).toInteger(-1);
    if (session.token.value.isEmpty() || session.token.refreshToken.isEmpty() ||
        session.sessionId.isEmpty() || expiresIn <= 0)
        return unexpectedShape(response, u"The orchestrator's session answer lacks a token."_s);
    session.customerId = body.value("customerId"_L1).toString();
    session.anonymousId = body.value("anonymousId"_L1).toString();
    session.customer = body.value("customer"_L1).toObject();
    session.cart = body.value("cart"_L1).toObject();
    session.token.issuedAt = now;
    session.token.expiresAt = now.addSecs(expiresIn);
    session.token.scopes << u"session_id:"_s + session.sessionId;
    if (!session.customerId.isEmpty())
        session.token.scopes << u"customer_id:"_s + session.customerId;
    if (!session.anonymousId.isEmpty())
        session.token.scopes << u"anonymous_id:"_s + session.anonymousId;
    return session;
}

std::optional<api::ApiError> readPlainReply(QNetworkReply *reply, const QString &correlationId)
{
    const api::Result<api::HttpResponse> read = api::readReply(reply, correlationId);
    if (!read.ok())
        return read.error();
    if (read.value().status >= 300)
        return api::errorFromHttp(read.value());
    return std::nullopt;
}

} // namespace commercedesk::checkout
