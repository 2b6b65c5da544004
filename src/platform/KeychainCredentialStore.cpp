// SPDX-License-Identifier: MIT
#include "platform/KeychainCredentialStore.h"

#include "platform/LoggingCategories.h"

#include <qt6keychain/keychain.h>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

namespace {

// Fragments of QtKeychain/libsecret/D-Bus error texts that mean "there is no Secret Service to talk to".
bool looksLikeMissingSecretService(const QString &errorText)
{
    static constexpr std::array<QLatin1StringView, 9> fragments{
        QLatin1StringView("secret service"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("not provided by any .service files"),
        QLatin1StringView("autolaunch"),
        QLatin1StringView("d-bus"),
        QLatin1StringView("dbus"),
        QLatin1StringView("could not connect"),
        QLatin1StringView("serviceunknown"),
        QLatin1StringView("no keychain service available"),
    };
    for (const auto fragment : fragments) {
        if (errorText.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString noSecretServiceMessage(const QString &detail)
{
    return u"No system keychain is available (no Secret Service such as gnome-keyring or KWallet on the "
           u"D-Bus "
           u"session bus). Secrets can be kept for this session only. Details: %1"_s.arg(detail);
}

template<typename JobType>
JobType *createJob(const QString &service, const CredentialKey &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.name());
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(CredentialKey::serviceName(), parent)
{}

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

CredentialError KeychainCredentialStore::errorFromKeychain(int keychainError, const QString &errorText)
{
    using Kind = CredentialError::Kind;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::EntryNotFound:
        return {Kind::NotFound, errorText.isEmpty() ? u"No secret stored under this key"_s : errorText};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Kind::AccessDenied, u"The system keychain denied access: %1"_s.arg(errorText)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Kind::NoSecretService, noSecretServiceMessage(errorText)};
    case QKeychain::OtherError:
        if (looksLikeMissingSecretService(errorText))
            return {Kind::NoSecretService, noSecretServiceMessage(errorText)};
        break;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {Kind::Other, u"System keychain error %1: %2"_s.arg(keychainError).arg(errorText)};
}

void KeychainCredentialStore::startRead(const CredentialKey &key, PendingCredentialCall *call)
{
    auto *job = createJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, call, [call, job, name = key.name()] {
        if (job->error() == QKeychain::NoError) {
            call->finish(CredentialResult::success(job->textData()));
            return;
        }
        const CredentialError error = errorFromKeychain(job->error(), job->errorString());
        if (error.kind != CredentialError::Kind::NotFound)
            qCWarning(lcCredentials).noquote() << "Reading" << name << "failed:" << error.message;
        call->finish(CredentialResult::failure(error));
    });
    job->start();
}

void KeychainCredentialStore::startWrite(const CredentialKey &key, const QString &secret,
                                         PendingCredentialCall *call)
{
    auto *job = createJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, call, [call, job, name = key.name()] {
        if (job->error() == QKeychain::NoError) {
            qCDebug(lcCredentials).noquote() << "Stored" << name;
            call->finish(CredentialResult::success());
            return;
        }
        const CredentialError error = errorFromKeychain(job->error(), job->errorString());
        qCWarning(lcCredentials).noquote() << "Storing" << name << "failed:" << error.message;
        call->finish(CredentialResult::failure(error));
    });
    job->start();
}

void KeychainCredentialStore::startRemove(const CredentialKey &key, PendingCredentialCall *call)
{
    auto *job = createJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, call, [call, job, name = key.name()] {
        const CredentialError error = errorFromKeychain(job->error(), job->errorString());
        if (job->error() == QKeychain::NoError || error.kind == CredentialError::Kind::NotFound) {
            qCDebug(lcCredentials).noquote() << "Removed" << name;
            call->finish(CredentialResult::success());
            return;
        }
        qCWarning(lcCredentials).noquote() << "Removing" << name << "failed:" << error.message;
        call->finish(CredentialResult::failure(error));
    });
    job->start();
}

} // namespace commercedesk::platform
