// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"
#include "api/HttpRequest.h"
#include "api/Result.h"
#include "api/TokenProvider.h"

#include <QDateTime>
#include <QList>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

// The wire side of the OAuth token endpoints (oauth.raml), shared by OAuthTokenProvider's
// grants. Internal to src/api.
namespace commercedesk::api {

/// One form POST to a token endpoint. `label` names the grant in logs ("client_credentials", "refresh",
/// "password", …); the fields are secrets-bearing and never logged.
struct TokenForm
{
    QString label;
    QUrl url;
    QList<std::pair<QString, QString>> fields;
};

/// Client credentials at `/oauth/token`, or the anonymous session at `/oauth/{projectKey}/anonymous/token`.
TokenForm clientCredentialsForm(const ConnectionConfig &config, bool anonymousSession);
/// `grant_type=refresh_token` at `/oauth/token`.
TokenForm refreshForm(const ConnectionConfig &config, const QString &refreshToken);
/// The password flow at `/oauth/{projectKey}/customers/token`; `anonymousId` (may be empty) hands an
/// anonymous session's cart and orders over to the customer.
TokenForm passwordForm(const ConnectionConfig &config, const QString &email, const QString &password,
                       const QString &anonymousId);

/// POSTs `form` with HTTP Basic client authentication, an X-Correlation-ID and the token timeout.
QNetworkReply *postTokenForm(QNetworkAccessManager *network, const ConnectionConfig &config,
                             const TokenForm &form, const QString &correlationId);

/// Reads a finished token reply: a 200 with access_token + expires_in becomes an AccessToken issued at
/// `now` (an answer without refresh_token keeps `previousRefreshToken`); anything else an ApiError.
Result<AccessToken> readTokenReply(QNetworkReply *reply, const QString &correlationId, const QDateTime &now,
                                   const QString &previousRefreshToken);

/// The value of the "<prefix>:<value>" entry in `scopes` (e.g. "customer_id"), or empty.
QString scopeValue(const QStringList &scopes, QStringView prefix);

} // namespace commercedesk::api
