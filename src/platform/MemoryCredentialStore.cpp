// SPDX-License-Identifier: MIT
#include "platform/MemoryCredentialStore.h"

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

void MemoryCredentialStore::startRead(const CredentialKey &key, PendingCredentialCall *call)
{
    const auto it = m_secrets.constFind(key.name());
    if (it == m_secrets.cend()) {
        call->finish(CredentialResult::failure(CredentialError::Kind::NotFound,
                                               u"No secret stored for %1"_s.arg(key.name())));
        return;
    }
    call->finish(CredentialResult::success(it.value()));
}

void MemoryCredentialStore::startWrite(const CredentialKey &key, const QString &secret,
                                       PendingCredentialCall *call)
{
    m_secrets.insert(key.name(), secret);
    call->finish(CredentialResult::success());
}

void MemoryCredentialStore::startRemove(const CredentialKey &key, PendingCredentialCall *call)
{
    m_secrets.remove(key.name());
    call->finish(CredentialResult::success());
}

} // namespace commercedesk::platform
