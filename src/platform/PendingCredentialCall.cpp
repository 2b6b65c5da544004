// SPDX-License-Identifier: MIT
#include "platform/PendingCredentialCall.h"

#include <utility>

namespace commercedesk::platform {

PendingCredentialCall::PendingCredentialCall(const QObject *context, CredentialCallback callback)
{
    if (callback && context != nullptr) {
        // Queued + single-shot: never re-entrant, at most once, dropped by Qt if the context dies first.
        connect(this, &PendingCredentialCall::finished, context, std::move(callback),
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
}

void PendingCredentialCall::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace commercedesk::platform
