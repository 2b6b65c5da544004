// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialStore.h"

#include <QList>
#include <QObject>

// Test helper: the context object of credential-store calls, recording every callback it receives.
class CallbackRecorder : public QObject
{
public:
    commercedesk::platform::CredentialCallback callback()
    {
        return [this](const commercedesk::platform::CredentialResult &result) { results.append(result); };
    }

    QList<commercedesk::platform::CredentialResult> results;
};
