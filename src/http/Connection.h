// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpReply.h"
#include "http/RequestParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace commercedesk::http {

class Server;

// One client connection of a Server: reads requests through a RequestParser (never more of the socket than
// the current request needs; the socket's own buffer is capped, so a fast sender is held back by TCP), hands
// each complete request to the server and reads the next only after it was answered (no pipelining in
// parallel). Keeps the connection after an answer when the request allows it (HTTP/1.1 without
// `Connection: close`, HTTP/1.0 with `Connection: keep-alive`), closes it otherwise.
// Timeouts (Limits): idle between requests → closed silently; header block not complete in time or a body
// that stalls → 408 and closed. A protocol error is answered in the owner's shape and closes the connection.
// Closing writes the answer, half-closes, and discards what the client still sends for a short while (at
// most DrainBytes), so the client reads the answer instead of a reset.
// Owned by the server; deletes itself (and its socket) when the socket disconnects.
class Connection final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 SocketBufferBytes = 64 * 1024;
    static constexpr qint64 DrainBytes = 4 * 1024 * 1024;
    static constexpr int LingerMs = 2000;

    // Takes `socket` (reparented to this connection).
    Connection(QTcpSocket *socket, Server *server);
    ~Connection() override;

    // The answer to request `serial`; ignored unless that request is the one awaiting its answer.
    void respond(quint64 serial, const Reply &reply);
    void abortRequest(quint64 serial);
    bool isAwaiting(quint64 serial) const;

private:
    enum class Phase { Reading, Handling, Closing };
    enum class Wait { None, Idle, Header, Body, Linger };

    void readAvailable();
    void arm(Wait wait);
    void timedOut();
    void refuse(const ProtocolError &error);
    void write(const Reply &reply, bool close);
    void closeGracefully();
    void halfClose();
    void discardIncoming();

    QTcpSocket *m_socket;
    Server *m_server;
    RequestParser m_parser;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    Phase m_phase = Phase::Reading;
    quint64 m_serial = 0;
    bool m_currentHead = false;
    bool m_currentKeepAlive = true;
    int m_currentMinor = 1;
    bool m_inRead = false;
    bool m_continueSent = false;
    bool m_halfClosed = false;
    qint64 m_discarded = 0;
};

} // namespace commercedesk::http
