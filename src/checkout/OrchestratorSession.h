// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"
#include "api/TokenProvider.h"

#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace commercedesk::checkout {

/// One answer of the orchestrator's session endpoints (docs/orchestrator-api.yaml `Session`). `token` carries
/// the access and refresh token (secrets: never log them) and, in `scopes`, "session_id:…", "customer_id:…"
/// and "anonymous_id:…" entries, so the ids read as they do for commercetools tokens.
struct OrchestratorSession
{
    api::AccessToken token;
    QString sessionId;
    QString customerId;   ///< empty for an anonymous session
    QString anonymousId;  ///< the anonymous session's id (kept after sign-in when a cart was handed over)
    QJsonObject customer; ///< sign-in and sign-up: the customer (commercetools shape)
    QJsonObject cart;     ///< sign-in: the customer's active cart after the hand-over, when there is one
};

/// POSTs `body` as JSON to `{base}{path}` with an X-Correlation-ID, the transfer timeout of token requests
/// and, when `bearer` is not empty, `Authorization: Bearer …`. An empty `body` sends no body.
QNetworkReply *postToOrchestrator(QNetworkAccessManager *network, const QUrl &base, const QString &path,
                                  const QJsonObject &body, const QString &bearer,
                                  const QString &correlationId);

/// Reads a finished session answer (200/201 with accessToken, expiresIn, refreshToken, sessionId) issued at
/// `now`; any other answer becomes the ApiError (the orchestrator's `code`, e.g. InvalidSession).
api::Result<OrchestratorSession> readSessionReply(QNetworkReply *reply, const QString &correlationId,
                                                  const QDateTime &now);

/// A finished answer without a session (sign-out): success, or the ApiError.
std::optional<api::ApiError> readPlainReply(QNetworkReply *reply, const QString &correlationId);

} // namespace commercedesk::checkout
