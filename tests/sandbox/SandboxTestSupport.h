// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxCredentials.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace commercedesk::sandbox::test {

// One finished HTTP exchange.
struct HttpResult
{
    int status = 0; // 0 = no HTTP answer (network error or timeout)
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QString errorCode() const
    {
        return json.value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// Percent-encodes every name and value (so '+', '"', ':' survive) into a query string.
QString encodeQuery(const QList<QPair<QString, QString>> &items);

// A small blocking-for-tests HTTP client over QNetworkAccessManager (waits with QSignalSpy, 15 s).
class TestHttp
{
public:
    explicit TestHttp(QUrl base);

    HttpResult get(const QString &path, const QList<QPair<QString, QString>> &query = {},
                   const QByteArray &bearer = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QString &query = {});
    // POST form to a token endpoint with HTTP Basic.
    HttpResult token(const QString &path, const QString &clientId, const QString &secret,
                     const QList<QPair<QString, QString>> &form, const QString &query = {});
    // client_credentials token of the named client (empty when it fails).
    QByteArray clientToken(const SandboxCredentials &credentials, const QString &clientName,
                           const QString &scope = {});

    QUrl url(const QString &path, const QString &query = {}) const;

private:
    HttpResult finish(QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace commercedesk::sandbox::test
