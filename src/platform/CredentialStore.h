// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialKey.h"
#include "platform/CredentialResult.h"
#include "platform/PendingCredentialCall.h"

#include <QObject>

namespace commercedesk::platform {

// Asynchronous storage of secrets under CredentialKey names (see CredentialKey for the naming scheme and for
// "invalidate a token" vs "forget a secret").
//
// Contract of read/write/remove, for every implementation:
//  - never blocks and never calls back from inside the call;
//  - the callback runs exactly once, queued in `context`'s thread — unless `context` is destroyed first, then
//    never (a closed pane gets no late callback). `context` must not be null; a null callback is allowed;
//  - calls on one store complete in the order they were made, so a read issued after a write sees it;
//  - an invalid key fails with CredentialError::Other;
//  - read of a missing key fails with NotFound; remove of a missing key succeeds (forgetting is idempotent);
//  - calls already started still complete (and call back) if the store is destroyed meanwhile.
// Call from a thread with an event loop (normally the GUI thread). Secrets are never logged, key names may
// be.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    void read(const CredentialKey &key, const QObject *context, CredentialCallback callback);
    void write(const CredentialKey &key, const QString &secret, const QObject *context,
               CredentialCallback callback);
    void remove(const CredentialKey &key, const QObject *context, CredentialCallback callback);

protected:
    // Implementations do the work and call call->finish(...) exactly once, now or later. `key` is valid.
    virtual void startRead(const CredentialKey &key, PendingCredentialCall *call) = 0;
    virtual void startWrite(const CredentialKey &key, const QString &secret, PendingCredentialCall *call) = 0;
    virtual void startRemove(const CredentialKey &key, PendingCredentialCall *call) = 0;

private:
    PendingCredentialCall *begin(const CredentialKey &key, const QObject *context,
                                 CredentialCallback callback);
};

} // namespace commercedesk::platform
