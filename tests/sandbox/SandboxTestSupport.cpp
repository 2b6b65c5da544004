// SPDX-License-Identifier: MIT
#include "SandboxTestSupport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &item : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) % u'=' %
                     QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    return parts.join(u'&');
}

TestHttp::TestHttp(QUrl base)
    : m_base(std::move(base))
{}

QUrl TestHttp::url(const QString &path, const QString &query) const
{
    QUrl u = m_base;
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(query, QUrl::TolerantMode);
    return u;
}

HttpResult TestHttp::finish(QNetworkReply *reply)
{
    HttpResult r;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !spy.wait(15000)) {
        reply->abort();
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult TestHttp::get(const QString &path, const QList<QPair<QString, QString>> &query,
                         const QByteArray &bearer, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path, encodeQuery(query)));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return finish(m_nam.get(request));
}

HttpResult TestHttp::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QString &query)
{
    QNetworkRequest request(url(path, query));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return finish(m_nam.sendCustomRequest(request, verb, body));
}

HttpResult TestHttp::token(const QString &path, const QString &clientId, const QString &secret,
                           const QList<QPair<QString, QString>> &form, const QString &query)
{
    const QByteArray basic = "Basic " + QByteArray(clientId.toUtf8() + ':' + secret.toUtf8()).toBase64();
    return send("POST", path, encodeQuery(form).toUtf8(), "application/x-www-form-urlencoded",
                {{"Authorization", basic}}, query);
}

QByteArray TestHttp::clientToken(const SandboxCredentials &credentials, const QString &clientName,
                                 const QString &scope)
{
    const SandboxClient *client = credentials.client(clientName);
    if (!client)
        return {};
    QList<QPair<QString, QString>> form{{u"grant_type"_s, u"client_credentials"_s}};
    if (!scope.isEmpty())
        form.append({u"scope"_s, scope});
    const HttpResult r = token(u"/oauth/token"_s, client->clientId, client->clientSecret, form);
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

} // namespace commercedesk::sandbox::test
