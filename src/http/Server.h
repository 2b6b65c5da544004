// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpLimits.h"
#include "http/HttpReply.h"
#include "http/HttpRequest.h"
#include "http/ProtocolError.h"
#include "http/Responder.h"

#include <QObject>

class QTcpServer;

namespace commercedesk::http {

class Connection;

// The HTTP/1.1 front the sandbox, its outside services and the orchestrator stand on (docs/security.md):
// every connection is read by a Connection with this server's Limits; a complete request goes to serve(),
// which answers it through the Responder now or later; what is refused before that (malformed, too large,
// too slow, too many connections) is answered with protocolError() in the owner's error shape.
// Threading: lives in, and serves from, the thread that created it.
class Server : public QObject
{
    Q_OBJECT

public:
    // What the server has read and held, for tests and diagnostics.
    struct Stats
    {
        qint64 bytesRead = 0;        // request bytes taken from sockets into parsers
        qint64 bytesDiscarded = 0;   // bytes thrown away while closing after an answer
        qint64 peakRequestBytes = 0; // the most one parser held at once (head line + body)
        int connections = 0;         // open now
        int refusedConnections = 0;  // answered 503 for being over maxConnections
        int protocolErrors = 0;      // requests refused before serve() (timeouts included)
    };

    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Set before serving.
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Serves the connections `listener` accepts (the listener keeps its owner).
    void bind(QTcpServer *listener);
    const Stats &stats() const { return m_stats; }

protected:
    // One complete request with its connection's addresses. Answer through `responder`, now or later.
    virtual void serve(Request request, const Responder &responder) = 0;
    // The answer to a request refused before serve(), in the owner's error shape.
    virtual Reply protocolError(const ProtocolError &error) const = 0;

private:
    friend class Connection;
    void acceptPending(QTcpServer *listener);

    Limits m_limits;
    Stats m_stats;
};

} // namespace commercedesk::http
