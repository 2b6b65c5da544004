// SPDX-License-Identifier: MIT
#pragma once

#include "http/Responder.h"
#include "orchestrator/OrchestratorError.h"
#include "orchestrator/SessionClaims.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <optional>

namespace commercedesk::orchestrator {

/// One buyer request in flight and its one answer. Owned by the server; answer() or fail() sends the
/// response through the request's http::Responder and deletes the exchange (deleteLater), so callbacks that
/// use the exchange as their context object never run after it answered or after the buyer went away (the
/// exchange is also deleted when its connection closes). Every answer carries `X-Correlation-ID`. Thread: the
/// server's.
class Exchange final : public QObject
{
    Q_OBJECT

public:
    Exchange(http::Responder responder, QByteArray method, QString path, QUrlQuery query, QByteArray body,
             QString correlationId, QObject *parent);

    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QUrlQuery &query() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    const QString &correlationId() const { return m_correlationId; }
    /// Path parameters of the matched route ("id", "businessUnitKey", …).
    QString param(const QString &name) const { return m_params.value(name); }
    void setParams(QHash<QString, QString> params) { m_params = std::move(params); }
    /// The verified session (routes that need one); nullopt on public routes.
    const std::optional<SessionClaims> &session() const { return m_session; }
    void setSession(SessionClaims claims) { m_session = std::move(claims); }
    /// The request body parsed as a JSON object (the server checked it before the handler ran).
    const QJsonObject &json() const { return m_json; }
    void setJson(QJsonObject json) { m_json = std::move(json); }
    /// The raw `Authorization` header (a bearer session token, or empty).
    const QByteArray &authorization() const { return m_authorization; }
    void setAuthorization(QByteArray value) { m_authorization = std::move(value); }
    /// The route pattern, for logs (no ids, no secrets).
    void setRoute(QString route) { m_route = std::move(route); }

    void answer(int status, const QJsonObject &body);
    void answer(int status, const QJsonArray &body);
    void fail(const OrchestratorError &error, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    bool isAnswered() const { return m_answered; }

private:
    void write(int status, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers);

    http::Responder m_responder;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QString m_correlationId;
    QHash<QString, QString> m_params;
    std::optional<SessionClaims> m_session;
    QJsonObject m_json;
    QByteArray m_authorization;
    QString m_route;
    bool m_answered = false;
    QElapsedTimer m_timer;
};

} // namespace commercedesk::orchestrator
