// SPDX-License-Identifier: MIT
#include "http/Connection.h"

#include "http/Server.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::http {

namespace {

constexpr qint64 ReadChunk = 16 * 1024;

} // namespace

Connection::Connection(QTcpSocket *socket, Server *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(server->limits())
{
    ++m_server->m_stats.connections;
    socket->setParent(this);
    socket->setReadBufferSize(SocketBufferBytes);
    // TCP_NODELAY: a response written as header + body would otherwise wait for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Connection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &Connection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    arm(Wait::Idle);
    if (socket->state() != QAbstractSocket::ConnectedState)
        deleteLater();
    else if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &Connection::readAvailable);
}

Connection::~Connection()
{
    m_socket->disconnect(this);
    --m_server->m_stats.connections;
}

void Connection::readAvailable()
{
    if (m_phase == Phase::Closing)
        return discardIncoming();
    if (m_inRead)
        return;
    m_inRead = true;
    while (m_phase == Phase::Reading && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->peek(ReadChunk);
        const qsizetype used = m_parser.feed(chunk);
        m_socket->skip(used);
        Server::Stats &stats = m_server->m_stats;
        stats.bytesRead += used;
        stats.peakRequestBytes = std::max(stats.peakRequestBytes, m_parser.bufferedBytes());
        if (m_parser.failed()) {
            refuse(m_parser.error());
            break;
        }
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_parser.readingBody() && used > 0)
            arm(Wait::Body); // each piece of body restarts the stall clock
        if (!m_parser.complete())
            continue;
        Request request = m_parser.takeRequest();
        m_continueSent = false;
        request.peerAddress = m_socket->peerAddress();
        request.localAddress = m_socket->localAddress();
        request.localPort = m_socket->localPort();
        m_phase = Phase::Handling;
        m_currentHead = request.isHead();
        m_currentKeepAlive = request.keepAlive;
        m_currentMinor = request.minorVersion;
        arm(Wait::None);
        m_server->serve(std::move(request), Responder(this, ++m_serial));
    }
    m_inRead = false;
    if (m_phase == Phase::Reading)
        arm(m_parser.readingBody() ? Wait::Body : m_parser.started() ? Wait::Header : Wait::Idle);
}

void Connection::arm(Wait wait)
{
    if (wait == m_wait && (wait == Wait::Header || wait == Wait::Idle || wait == Wait::Linger))
        return; // those clocks run from when they started, whatever arrives meanwhile
    m_wait = wait;
    const Limits &limits = m_server->limits();
    switch (wait) {
    case Wait::None:
        m_timer.stop();
        return;
    case Wait::Idle:
        m_timer.start(limits.idleTimeoutMs);
        return;
    case Wait::Header:
        m_timer.start(limits.headerTimeoutMs);
        return;
    case Wait::Body:
        m_timer.start(limits.bodyTimeoutMs);
        return;
    case Wait::Linger:
        m_timer.start(LingerMs);
        return;
    }
}

void Connection::timedOut()
{
    switch (m_wait) {
    case Wait::Idle:
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost();
        return;
    case Wait::Header:
        return refuse({408, u"The request's header block did not arrive in time."_s});
    case Wait::Body:
        return refuse({408, u"The request body stalled."_s});
    case Wait::Linger:
        m_socket->abort();
        deleteLater();
        return;
    case Wait::None:
        return;
    }
}

bool Connection::isAwaiting(quint64 serial) const
{
    return m_phase == Phase::Handling && serial == m_serial &&
           m_socket->state() == QAbstractSocket::ConnectedState;
}

void Connection::respond(quint64 serial, const Reply &reply)
{
    if (!isAwaiting(serial))
        return;
    write(reply, !m_currentKeepAlive);
    if (!m_currentKeepAlive)
        return closeGracefully();
    m_phase = Phase::Reading;
    m_wait = Wait::None;
    arm(Wait::Idle);
    if (!m_inRead) // never from inside the caller's stack: the next request starts from the event loop
        QTimer::singleShot(0, this, &Connection::readAvailable);
}

void Connection::abortRequest(quint64 serial)
{
    if (!isAwaiting(serial))
        return;
    m_phase = Phase::Closing;
    m_socket->abort();
    deleteLater();
}

void Connection::refuse(const ProtocolError &error)
{
    ++m_server->m_stats.protocolErrors;
    m_currentHead = false;
    m_currentMinor = 1;
    write(m_server->protocolError(error), true);
    closeGracefully();
}

void Connection::write(const Reply &reply, bool close)
{
    const bool bodyless = reply.status == 204 || reply.status == 304;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_currentMinor == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!m_currentHead && !bodyless)
        out += reply.body;
    m_socket->write(out);
}

void Connection::closeGracefully()
{
    m_phase = Phase::Closing;
    m_wait = Wait::None;
    arm(Wait::Linger);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            halfClose();
    });
    if (m_socket->bytesToWrite() == 0)
        halfClose();
    discardIncoming();
}

void Connection::halfClose()
{
    if (m_halfClosed || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_halfClosed = true;
    // FIN after the answer; the read side stays open so what the client still sends is not answered with a
    // reset that could destroy the answer in the client's receive buffer.
#ifdef Q_OS_WIN
    ::shutdown(static_cast<SOCKET>(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

void Connection::discardIncoming()
{
    const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
    if (skipped <= 0)
        return;
    m_discarded += skipped;
    m_server->m_stats.bytesDiscarded += skipped;
    if (m_discarded > DrainBytes) {
        m_socket->abort();
        deleteLater();
    }
}

} // namespace commercedesk::http
