// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace commercedesk::testsupport {

/// A fake HTTP/1.1 server on 127.0.0.1 for the failure cases a real backend does not produce on demand: a
/// reply that never comes, a connection reset mid-body, a slow drip, 503 storms, non-JSON proxy pages,
/// truncated JSON. Each request is answered by the next scripted Reply for its path (or the fallback); every
/// request is recorded. Single-threaded: lives in the test's thread. Test code only.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Mode {
            Complete,     ///< status + headers + body, then the connection stays open (keep-alive)
            Hang,         ///< read the request, never answer
            ResetMidBody, ///< announce Content-Length, send half the body, then abort the connection
            Drip,         ///< send the whole answer one byte every `dripIntervalMs`
        };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Complete;
        int dripIntervalMs = 20;

        static Reply json(int status, const QByteArray &body);
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path with query, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        QByteArray path() const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    /// Listens on 127.0.0.1 on a free port; returns false if that fails.
    bool start();
    quint16 port() const;
    QByteArray baseUrl() const;

    /// Queues `reply` for the next request whose path (without query) equals `path`.
    void enqueue(const QByteArray &path, const Reply &reply);
    /// Answers requests for which nothing is queued (default: 404 with a commercetools error body).
    void setFallback(std::function<Reply(const Request &)> fallback);

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    /// Closes every connection that was sent a Hang reply, as a server whose time limit ran out does.
    void closeHangingConnections();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QList<std::pair<QByteArray, Reply>> m_queue;
    std::function<Reply(const Request &)> m_fallback;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_hanging;
};

} // namespace commercedesk::testsupport
