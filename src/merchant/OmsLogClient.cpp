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

namespace {

api::ApiError omsError(api::ApiError::Kind kind, int status, const QString &code, const QString &message)
{
    api::ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    return error;
}

api::ApiError errorOf(const QNetworkReply *reply, int status)
{
    using Kind = api::ApiError::Kind;
    if (status == 404)
        return omsError(Kind::Http, 404, OmsLogClient::kNotFound, u"The OMS has no log for this order."_s);
    if (status >= 400)
        return omsError(Kind::HttpNonJson, status, QString(), reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return omsError(Kind::Timeout, 0, QString(), reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return omsError(Kind::Tls, 0, QString(), reply->errorString());
    default:
        return omsError(Kind::Network, 0, QString(), reply->errorString());
    }
}

} // namespace

void OmsLogClient::fetch(const QString &orderNumber, QObject *context, Done done)
{
    if (!isConfigured()) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(omsError(api::ApiError::Kind::Configuration, 0, QString(),
                              u"No OMS address is configured."_s));
            },
            Qt::QueuedConnection);
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
        if (status >= 400 || reply->error() != QNetworkReply::NoError) {
            done(errorOf(reply, status));
            return;
        }
        if (const std::optional<OmsDeliveryLog> log = parse(reply->readAll())) {
            done(*log);
            return;
        }
        done(omsError(api::ApiError::Kind::UnexpectedShape, status, QString(),
                      u"The OMS answer is not a delivery log."_s));
    });
}

} // namespace commercedesk::merchant
