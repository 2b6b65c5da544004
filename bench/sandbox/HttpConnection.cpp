// SPDX-License-Identifier: MIT
#include "HttpConnection.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

namespace {

qint64 nowNanos()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

HttpConnection::HttpConnection(QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::connected, this, &HttpConnection::writePending);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_done)
            return;
        // The server closed a kept-alive connection before answering: resend once on a new one.
        if (m_retries++ < 1 && m_buffer.isEmpty()) {
            ++m_connections;
            m_socket.connectToHost(m_host, m_port);
            return;
        }
        finish(0, "connection closed: " + m_socket.errorString().toUtf8());
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError && m_done)
            finish(0, m_socket.errorString().toUtf8());
    });
}

void HttpConnection::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                             Callback done, const QByteArray &contentType)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_buffer.clear();
    m_retries = 0;
    m_pending = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                QByteArray::number(m_port) + "\r\nConnection: keep-alive\r\nAccept: application/json\r\n";
    if (!m_authorization.isEmpty())
        m_pending += "Authorization: " + m_authorization + "\r\n";
    if (!body.isEmpty() || method == "POST")
        m_pending += "Content-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_pending += "\r\n" + body;
    m_started = nowNanos();
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        writePending();
    } else if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        ++m_connections;
        m_socket.connectToHost(m_host, m_port);
    }
}

void HttpConnection::writePending()
{
    if (m_done && !m_pending.isEmpty()) {
        m_socket.write(m_pending);
        m_pending.clear();
    }
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (m_done)
        parse();
}

// Parses one complete reply from m_buffer; false while incomplete.
bool HttpConnection::parse()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = m_buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).split(' ');
    const int status = statusLine.value(1).toInt();
    qint64 length = -1;
    bool chunked = false;
    bool close = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.contains("chunked"))
            chunked = true;
        else if (name == "connection" && value == "close")
            close = true;
    }
    const qsizetype bodyStart = headerEnd + 4;
    QByteArray body;
    qsizetype consumed = 0;
    if (chunked) {
        qsizetype at = bodyStart;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size =
                m_buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
                if (trailerEnd < 0)
                    return false;
                consumed = trailerEnd + 4;
                break;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            body += m_buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    } else {
        if (length < 0)
            length = 0; // replies here always carry a length or are chunked
        if (m_buffer.size() < bodyStart + length)
            return false;
        body = m_buffer.mid(bodyStart, length);
        consumed = bodyStart + length;
    }
    m_buffer.remove(0, consumed);
    finish(status, std::move(body), close);
    return true;
}

void HttpConnection::finish(int status, QByteArray body, bool closeAfter)
{
    Reply reply{status, std::move(body), nowNanos() - m_started};
    Callback done = std::move(m_done);
    m_done = {};
    if (closeAfter)
        m_socket.abort(); // the next request connects again
    done(reply);
}

} // namespace commercedesk::bench
