// SPDX-License-Identifier: MIT
#include "merchant/OmsLogClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

OmsLogClient::OmsLogClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
{}

std::optional<OmsDeliveryLog> OmsLogClient::parse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    if (!object.contains(u"orderNumber"_s))
        return std::nullopt;
    OmsDeliveryLog log;
    log.orderNumber = object.value(u"orderNumber"_s).toString();
    log.externalId = object.value(u"externalId"_s).toString();
    log.attempts = object.value(u"attempts"_s).toInt();
    log.lastError = object.value(u"lastError"_s).toString();
    log.deliveredAt = QDateTime::fromString(object.value(u"deliveredAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : object.value(u"received"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        log.received.append(
            {entry.value(u"messageId"_s).toString(), entry.value(u"type"_s).toString(),
             entry.value(u"sequenceNumber"_s).toInteger(),
             QDateTime::fromString(entry.value(u"receivedAt"_s).toString(), Qt::ISODateWithMs)});
    }
    for (const QJsonValue &value : object.value(u"fulfilment"_s).toArray()) {
        if (value.isString()) {
            log.fulfilment.append(value.toString());
        } else {
            const QJsonObject step = value.toObject();
            QStringList parts;
            for (auto it = step.begin(); it != step.end(); ++it) {
                if (it.value().isString() || it.value().isDouble())
                    parts.append(it.key() + u": "_s + it.value().toVariant().toString());
            }
            log.fulfilment.append(parts.join(u", "_s));
        }
    }
    return log;
}

void OmsLogClient::fetch(const QString &orderNumber, QObject *context, Done done)
{
    if (!isConfigured()) {
        QMetaObject::invokeMethod(
            context, [done] { done(std::nullopt, u"not-configured"_s); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(url.path() + u"/v1/orders/"_s + orderNumber);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404) {
            done(std::nullopt, u"not-found"_s);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(std::nullopt, reply->errorString());
            return;
        }
        const std::optional<OmsDeliveryLog> log = parse(reply->readAll());
        done(log, log ? QString() : u"unexpected-body"_s);
    });
}

} // namespace commercedesk::merchant
