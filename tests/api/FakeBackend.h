// SPDX-License-Identifier: MIT
#pragma once
// Test helpers for the client-library tests: an ApiSession against tests/support/ScriptedHttpServer, a way to
// wait for a job's outcome, and readers for what the fake server recorded. Header-only, test code only.

#include "api/ApiSession.h"
#include "api/Transport.h"
#include "support/ScriptedHttpServer.h"
#include "support/TestNetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace commercedesk::testsupport {

inline ScriptedHttpServer::Reply jsonReply(int status, const QJsonObject &body)
{
    return ScriptedHttpServer::Reply::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

inline ScriptedHttpServer::Reply tokenReply(const QByteArray &token = "tok", int expiresIn = 3600)
{
    return ScriptedHttpServer::Reply::json(200, "{\"access_token\":\"" + token +
                                                    "\",\"token_type\":\"Bearer\",\"expires_in\":" +
                                                    QByteArray::number(expiresIn) + ",\"scope\":\"s:demo\"}");
}

/// A commercetools error body {statusCode, message, errors:[{code, message, ...extra}]}.
inline ScriptedHttpServer::Reply errorReply(int status, const QString &code, const QJsonObject &extra = {})
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), code);
    QJsonObject body;
    body.insert(QStringLiteral("statusCode"), status);
    body.insert(QStringLiteral("message"), code);
    body.insert(QStringLiteral("errors"), QJsonArray{error});
    return jsonReply(status, body);
}

inline api::ConnectionConfig fakeConfig(const ScriptedHttpServer &server)
{
    api::ConnectionConfig config;
    config.authUrl = QUrl(QString::fromLatin1(server.baseUrl()));
    config.apiUrl = config.authUrl;
    config.projectKey = QStringLiteral("demo");
    config.clientId = QStringLiteral("client");
    config.clientSecret = QStringLiteral("secret");
    return config;
}

/// A client-credentials session against `server`; the first token request is answered with "tok".
inline std::unique_ptr<api::ApiSession> fakeSession(ScriptedHttpServer &server)
{
    server.enqueue("/oauth/token", tokenReply());
    auto session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), fakeConfig(server),
                                                     api::OAuthTokenProvider::Grant::ClientCredentials);
    session->transport()->setRetryPolicy({3, 5, 20});
    return session;
}

/// Waits for `job` and returns its outcome (fails the process after `timeoutMs`: a hung job is a bug).
template<class T>
api::Result<T> await(api::Job<T> *job, QObject *context, int timeoutMs = 15000)
{
    std::optional<api::Result<T>> outcome;
    job->onFinished(context, [&outcome](const api::Result<T> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        qFatal("the job did not finish in time");
    return *outcome;
}

/// A barrier for "nothing else arrives" checks, instead of a sleep: sends one GET `/barrier` through
/// `transport` and waits for its answer. Every event the client had queued before has then been processed,
/// and every request it had sent before reached `server` ahead of the barrier, so the barrier is the last
/// recorded request unless something came after it.
inline void barrier(ScriptedHttpServer &server, api::Transport *transport, QObject *context)
{
    server.enqueue("/demo/barrier", ScriptedHttpServer::Reply::json(200, "{}"));
    auto *job = transport->send<QJsonValue>(
        api::HttpRequest::get(QStringLiteral("/barrier")),
        [](const api::HttpResponse &) { return api::Result<QJsonValue>(QJsonValue()); });
    if (!await(job, context).ok())
        qFatal("the barrier request failed");
}

/// True when `request` is the barrier's.
inline bool isBarrier(const ScriptedHttpServer::Request &request)
{
    return request.path() == "/demo/barrier";
}

/// The decoded query of a recorded request.
inline QUrlQuery queryOf(const ScriptedHttpServer::Request &request)
{
    return QUrlQuery(QUrl::fromEncoded(request.target).query(QUrl::FullyEncoded));
}

inline QStringList queryValues(const ScriptedHttpServer::Request &request, const QString &key)
{
    return queryOf(request).allQueryItemValues(key, QUrl::FullyDecoded);
}

inline QJsonObject bodyOf(const ScriptedHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

/// The requests to the project API (token requests left out).
inline QList<ScriptedHttpServer::Request> apiRequests(const ScriptedHttpServer &server)
{
    QList<ScriptedHttpServer::Request> requests;
    for (const auto &request : server.requests()) {
        if (!request.path().startsWith("/oauth/"))
            requests.append(request);
    }
    return requests;
}

} // namespace commercedesk::testsupport
