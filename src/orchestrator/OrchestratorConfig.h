// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace commercedesk::orchestrator {

/// How one orchestrator replica runs. Every replica of a deployment gets the same values
/// (docs/deployment.md). Secrets (client secret, session keys) come from the environment or from a secret
/// file that only the service's user may read — never from a buyer's request — and are never logged.
struct OrchestratorConfig
{
    /// The trusted commercetools API client (client credentials grant).
    api::ConnectionConfig commerce;
    /// The payment gateway's base URL (verifies card authorizations); empty = card payments refused.
    QUrl gatewayUrl;
    /// HMAC-SHA256 key that signs session tokens (>= 32 bytes). Tokens signed with a key in
    /// `previousSessionKeys` are still accepted (key rotation).
    QByteArray sessionKey;
    QList<QByteArray> previousSessionKeys;
    qint64 accessTokenSeconds = 900;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    /// Folder the replicas share for revoked sessions; empty = revocations held in this process only.
    QString revocationDir;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    qint64 maxBodyBytes = 64 * 1024;
    int requestsPerMinute = 600;
    /// The tax mode every cart is created with ("External": the project's tax integration computes it).
    QString taxMode = QStringLiteral("External");

    /// Reads COMMERCEDESK_* variables from `environment` (see docs/deployment.md); when
    /// COMMERCEDESK_SECRETS_FILE is set, its KEY=VALUE lines are read first and the environment overrides
    /// them. The file must be readable by its owner only. Problems (in English) go to `problems`.
    static OrchestratorConfig fromEnvironment(const QHash<QString, QString> &environment,
                                              QStringList *problems);
    /// The process environment as a map.
    static QHash<QString, QString> processEnvironment();

    /// Empty when the configuration is usable.
    QStringList problems() const;
};

} // namespace commercedesk::orchestrator
