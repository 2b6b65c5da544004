// SPDX-License-Identifier: MIT
#include "api/OAuthRequests.h"

#include "api/NetworkReplies.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

constexpr int kTokenTimeoutMs = 20000;

QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void addScope(const ConnectionConfig &config, TokenForm &form)
{
    if (const QString scope = config.scopeParameter(); !scope.isEmpty())
        form.fields.append({u"scope"_s, scope});
}

} // namespace

TokenForm clientCredentialsForm(const ConnectionConfig &config, bool anonymousSession)
{
    TokenForm form;
    form.label = anonymousSession ? u"anonymous session"_s : u"client_credentials"_s;
    form.url = config.authEndpoint(anonymousSession ? u"/oauth/"_s + config.projectKey + u"/anonymous/token"_s
                                                    : u"/oauth/token"_s);
    form.fields = {{u"grant_type"_s, u"client_credentials"_s}};
    addScope(config, form);
    return form;
}

TokenForm refreshForm(const ConnectionConfig &config, const QString &refreshToken)
{
    TokenForm form;
    form.label = u"refresh"_s;
    form.url = config.authEndpoint(u"/oauth/token"_s);
    form.fields = {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}};
    return form;
}

TokenForm passwordForm(const ConnectionConfig &config, const QString &email, const QString &password,
                       const QString &anonymousId)
{
    TokenForm form;
    form.label = u"password"_s;
    form.url = config.authEndpoint(u"/oauth/"_s + config.projectKey + u"/customers/token"_s);
    form.fields = {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, password}};
    addScope(config, form);
    if (!anonymousId.isEmpty())
        form.fields.append({u"anonymous_id"_s, anonymousId});
    return form;
}

QNetworkReply *postTokenForm(QNetworkAccessManager *network, const ConnectionConfig &config,
                             const TokenForm &form, const QString &correlationId)
{
    QNetworkRequest request(form.url);
    const QByteArray basic = (config.clientId + u':' + config.clientSecret).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setRawHeader("X-Correlation-ID", correlationId.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(kTokenTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return network->post(request, formEncoded(form.fields));
}

Result<AccessToken> readTokenReply(QNetworkReply *reply, const QString &correlationId, const QDateTime &now,
                                   const QString &previousRefreshToken)
{
    Result<HttpResponse> read = readReply(reply, correlationId);
    if (!read.ok())
        return read.error();
    const HttpResponse &response = read.value();
    if (response.status != 200)
        return errorFromHttp(response);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString value = body.value("access_token"_L1).toString();
    const qint64 expiresIn = body.value("expires_in"_L1).toInteger(-1);
    if (value.isEmpty() || expiresIn <= 0) {
        ApiError error;
        error.kind = ApiError::Kind::UnexpectedShape;
        error.httpStatus = response.status;
        error.correlationId = response.correlationId;
        error.message = u"The token response has no access_token or expires_in."_s;
        return error;
    }
    AccessToken token;
    token.value = value;
    token.issuedAt = now;
    token.expiresAt = now.addSecs(expiresIn);
    token.scopes = body.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    token.refreshToken = body.value("refresh_token"_L1).toString(previousRefreshToken);
    return token;
}

QString scopeValue(const QStringList &scopes, QStringView prefix)
{
    for (const QString &scope : scopes) {
        if (scope.size() > prefix.size() && scope.startsWith(prefix) && scope.at(prefix.size()) == u':')
            return scope.mid(prefix.size() + 1);
    }
    return {};
}

} // namespace commercedesk::api
