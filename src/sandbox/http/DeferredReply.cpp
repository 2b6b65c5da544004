// SPDX-License-Identifier: MIT
#include "sandbox/http/DeferredReply.h"

#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
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
    case 500:
        return "Internal Server Error";
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

struct DeferredReply::State
{
    QPointer<QTcpSocket> socket;
    QString correlationId;
    bool closeAfterReply = false;
    bool done = false;
};

DeferredReply::DeferredReply(QTcpSocket *socket, QString correlationId, bool closeAfterReply)
    : m_state(std::make_shared<State>(State{socket, std::move(correlationId), closeAfterReply, false}))
{}

void DeferredReply::send(const HttpResponse &response) const
{
    if (!isPending())
        return;
    m_state->done = true;
    QByteArray out = "HTTP/1.1 " % QByteArray::number(response.status) % ' ' % reasonPhrase(response.status) %
                     "\r\nContent-Type: " % response.contentType % "\r\nContent-Length: " %
                     QByteArray::number(response.body.size()) % "\r\nX-Correlation-ID: " %
                     m_state->correlationId.toLatin1() % "\r\n";
    for (const auto &header : response.headers)
        out += header.first % ": " % header.second % "\r\n";
    if (m_state->closeAfterReply)
        out += "Connection: close\r\n";
    out += "\r\n" % response.body;
    m_state->socket->write(out);
    if (m_state->closeAfterReply)
        m_state->socket->disconnectFromHost();
}

void DeferredReply::abort() const
{
    if (!isPending())
        return;
    m_state->done = true;
    m_state->socket->abort();
}

bool DeferredReply::isPending() const
{
    return m_state && !m_state->done && m_state->socket &&
           m_state->socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace commercedesk::sandbox
