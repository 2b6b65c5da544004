// SPDX-License-Identifier: MIT
#include "http/Responder.h"

#include "http/Connection.h"

namespace commercedesk::http {

Responder::Responder(Connection *connection, quint64 serial)
    : m_state(std::make_shared<State>(State{connection, serial, false}))
{}

void Responder::send(const Reply &reply) const
{
    if (!isPending())
        return;
    m_state->done = true;
    m_state->connection->respond(m_state->serial, reply);
}

void Responder::abort() const
{
    if (!isPending())
        return;
    m_state->done = true;
    m_state->connection->abortRequest(m_state->serial);
}

bool Responder::isPending() const
{
    return m_state && !m_state->done && m_state->connection &&
           m_state->connection->isAwaiting(m_state->serial);
}

QObject *Responder::connectionObject() const
{
    return m_state ? m_state->connection.data() : nullptr;
}

} // namespace commercedesk::http
