// SPDX-License-Identifier: MIT
#include "orchestrator/GatewayClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

GatewayClient::GatewayClient(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{}

void GatewayClient::authorization(const QString &id, QObject *context, Handler handler)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() % u"/v1/authorizations/"_s % id);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [reply, guard, handler = std::move(handler)] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (status == 200 && doc.isObject())
            handler(doc.object(), status);
        else
            handler(std::nullopt, status);
    });
}

} // namespace commercedesk::orchestrator
