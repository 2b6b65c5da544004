// SPDX-License-Identifier: MIT
#include "api/MemoryRefreshTokenStore.h"

namespace commercedesk::api {

void MemoryRefreshTokenStore::load(QObject *context, Handler handler)
{
    reply(context, std::move(handler), Outcome{true, m_token, {}});
}

void MemoryRefreshTokenStore::save(const QString &refreshToken, QObject *context, Handler handler)
{
    m_token = refreshToken;
    ++m_saves;
    reply(context, std::move(handler), Outcome{});
}

void MemoryRefreshTokenStore::clear(QObject *context, Handler handler)
{
    m_token.clear();
    reply(context, std::move(handler), Outcome{});
}

void MemoryRefreshTokenStore::reply(QObject *context, Handler handler, const Outcome &outcome)
{
    if (!handler)
        return;
    QMetaObject::invokeMethod(
        context, [handler = std::move(handler), outcome] { handler(outcome); }, Qt::QueuedConnection);
}

} // namespace commercedesk::api
