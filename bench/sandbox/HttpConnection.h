// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include <functional>

namespace commercedesk::bench {

// One keep-alive HTTP/1.1 connection over a raw QTcpSocket: one request in flight at a time, the
// reply parsed by hand (Content-Length or chunked), so the client spends microseconds per request
// and the benchmark measures the server. Reconnects when the server closes the connection
// (connections() counts the TCP connects, so a run can show that keep-alive held).
// Same thread as its creator; callbacks run on the event loop.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0; // 0 = transport error
        QByteArray body;
        qint64 nanos = 0; // request written → last byte of the reply read
    };
    using Callback = std::function<void(const Reply &)>;

    HttpConnection(QString host, quint16 port, QObject *parent = nullptr);

    // Extra header lines for every request, e.g. "Authorization: Bearer …".
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    // Sends one request; `done` is called exactly once. Must not be called while busy().
    void request(const QByteArray &method, const QByteArray &target, const QByteArray &body, Callback done,
                 const QByteArray &contentType = "application/json");
    bool busy() const { return bool(m_done); }
    int connections() const { return m_connections; }

private:
    void writePending();
    void onReadyRead();
    bool parse();
    void finish(int status, QByteArray body, bool closeAfter = false);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_authorization;
    QByteArray m_pending; // the serialised request, written once connected
    QByteArray m_buffer;
    Callback m_done;
    qint64 m_started = 0;
    int m_connections = 0;
    int m_retries = 0;
};

} // namespace commercedesk::bench
