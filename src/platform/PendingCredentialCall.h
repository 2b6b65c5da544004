// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialResult.h"

#include <QObject>

#include <functional>

namespace commercedesk::platform {

using CredentialCallback = std::function<void(const CredentialResult &result)>;

// One in-flight credential-store call; used by CredentialStore implementations, not by callers.
//
// Created by CredentialStore in the caller's thread with the caller's context and callback. The
// implementation calls finish() exactly once (later calls are ignored); the callback then runs once, queued,
// in the context's thread — never inside finish() — unless the context has been destroyed first, in which
// case it never runs. The object deletes itself after finish(). Not copyable; owned by nobody.
class PendingCredentialCall final : public QObject
{
    Q_OBJECT

public:
    PendingCredentialCall(const QObject *context, CredentialCallback callback);

    void finish(const CredentialResult &result);

Q_SIGNALS:
    void finished(const commercedesk::platform::CredentialResult &result);

private:
    bool m_finished = false;
};

} // namespace commercedesk::platform
