// SPDX-License-Identifier: MIT
#include "orchestrator/Exchange.h"

#include "orchestrator/OrchestratorLogging.h"

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

Exchange::Exchange(http::Responder responder, QByteArray method, QString path, QUrlQuery query,
                   QByteArray body, QString correlationId, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_correlationId(std::move(correlationId))
{
    m_timer.start();
    if (QObject *connection = m_responder.connectionObject())
        connect(connection, &QObject::destroyed, this, &QObject::deleteLater);
}

void Exchange::answer(int status, const QJsonObject &body)
{
    write(status, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

void Exchange::answer(int status, const QJsonArray &body)
{
    write(status, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

void Exchange::fail(const OrchestratorError &error, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    write(error.status, QJsonDocument(error.toJson(m_correlationId)).toJson(QJsonDocument::Compact), headers);
    if (error.status >= 500)
        qCWarning(lcRequests).noquote() << "error" << error.code << error.message << m_correlationId;
}

void Exchange::write(int status, const QByteArray &body,
                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    logRequest(m_method, m_route.isEmpty() ? m_path : m_route, status, m_timer.elapsed(), m_correlationId,
               m_session ? m_session->sessionId : QString());
    http::Reply reply{status, "application/json", body, {}};
    reply.headers.append(qMakePair(QByteArray("X-Correlation-ID"), QByteArray(m_correlationId.toLatin1())));
    reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    for (const auto &header : headers)
        reply.headers.append(qMakePair(header.first, header.second));
    m_responder.send(reply);
    deleteLater();
}

} // namespace commercedesk::orchestrator
