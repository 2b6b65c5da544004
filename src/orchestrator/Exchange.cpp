// SPDX-License-Identifier: MIT
#include "orchestrator/Exchange.h"

#include "orchestrator/OrchestratorLogging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

} // namespace

Exchange::Exchange(QTcpSocket *socket, QByteArray method, QString path, QUrlQuery query, QByteArray body,
                   QString correlationId, bool closeAfterReply, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_correlationId(std::move(correlationId))
    , m_closeAfterReply(closeAfterReply)
{
    m_timer.start();
    if (socket)
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
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
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nX-Correlation-ID: " + m_correlationId.toLatin1() + "\r\nCache-Control: no-store\r\n";
        for (const auto &header : headers)
            out += header.first + ": " + header.second + "\r\n";
        if (m_closeAfterReply)
            out += "Connection: close\r\n";
        out += "\r\n" + body;
        m_socket->write(out);
        if (m_closeAfterReply)
            m_socket->disconnectFromHost();
    }
    deleteLater();
}

} // namespace commercedesk::orchestrator
