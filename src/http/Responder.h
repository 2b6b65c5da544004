// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpReply.h"

#include <QPointer>

#include <memory>

namespace commercedesk::http {

class Connection;

// The answer channel of one request, usable after Server::serve returned (a late payment answer, a held
// connection). Copies share one state: the first send() or abort() wins, later calls do nothing, and so does
// anything after the client went away. The connection reads no further request until this one is answered.
// Threading: use it on the server's thread.
class Responder
{
public:
    Responder() = default;
    Responder(Connection *connection, quint64 serial);

    void send(const Reply &reply) const;
    // Drops the connection without an answer (RST).
    void abort() const;
    // True while nothing was sent and the client is still connected.
    bool isPending() const;
    // The connection's object, destroyed when the connection closes (for context objects); null when gone.
    QObject *connectionObject() const;

private:
    struct State
    {
        QPointer<Connection> connection;
        quint64 serial = 0;
        bool done = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace commercedesk::http
