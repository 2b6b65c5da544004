// SPDX-License-Identifier: MIT
#include "platform/CredentialStore.h"

#include "platform/LoggingCategories.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

void CredentialStore::read(const CredentialKey &key, const QObject *context, CredentialCallback callback)
{
    if (auto *call = begin(key, context, std::move(callback)))
        startRead(key, call);
}

void CredentialStore::write(const CredentialKey &key, const QString &secret, const QObject *context,
                            CredentialCallback callback)
{
    if (auto *call = begin(key, context, std::move(callback)))
        startWrite(key, secret, call);
}

void CredentialStore::remove(const CredentialKey &key, const QObject *context, CredentialCallback callback)
{
    if (auto *call = begin(key, context, std::move(callback)))
        startRemove(key, call);
}

PendingCredentialCall *CredentialStore::begin(const CredentialKey &key, const QObject *context,
                                              CredentialCallback callback)
{
    Q_ASSERT_X(context != nullptr, "CredentialStore", "a context object is required");
    auto *call = new PendingCredentialCall(context != nullptr ? context : this, std::move(callback));
    if (key.isValid())
        return call;
    qCWarning(lcCredentials) << "Refusing a credential call with an invalid key";
    call->finish(CredentialResult::failure(CredentialError::Kind::Other, u"Invalid credential key"_s));
    return nullptr;
}

} // namespace commercedesk::platform
