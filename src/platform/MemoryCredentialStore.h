// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialStore.h"

#include <QHash>

namespace commercedesk::platform {

// A CredentialStore that keeps secrets in this object's memory only ("remember for this session only", and a
// stand-in for callers' tests). Never touches disk. Operations take effect immediately; results are delivered
// queued, per the CredentialStore contract. Secrets die with the object.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }

protected:
    void startRead(const CredentialKey &key, PendingCredentialCall *call) override;
    void startWrite(const CredentialKey &key, const QString &secret, PendingCredentialCall *call) override;
    void startRemove(const CredentialKey &key, PendingCredentialCall *call) override;

private:
    QHash<QString, QString> m_secrets; // CredentialKey::name() → secret
};

} // namespace commercedesk::platform
