// SPDX-License-Identifier: MIT
#include "http/Server.h"

#include "http/Connection.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace commercedesk::http {

Server::Server(QObject *parent)
    : QObject(parent)
{}

Server::~Server()
{
    // Before ~QObject: a connection going away must still find this server's counters.
    qDeleteAll(findChildren<Connection *>(Qt::FindDirectChildrenOnly));
}

void Server::bind(QTcpServer *listener)
{
    connect(listener, &QTcpServer::newConnection, this, [this, listener] { acceptPending(listener); });
    acceptPending(listener);
}

void Server::acceptPending(QTcpServer *listener)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        if (m_stats.connections < m_limits.maxConnections) {
            new Connection(socket, this);
            continue;
        }
        ++m_stats.refusedConnections;
        const Reply reply = protocolError({503, u"Too many open connections; retry later."_s});
        socket->setParent(this);
        socket->write("HTTP/1.1 503 " + reasonPhrase(503) + "\r\nContent-Type: " + reply.contentType +
                      "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                      "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + reply.body);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
    }
}

} // namespace commercedesk::http
