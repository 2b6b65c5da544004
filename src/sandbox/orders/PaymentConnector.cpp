// SPDX-License-Identifier: MIT
#include "sandbox/orders/PaymentConnector.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcConnector, "commercedesk.sandbox.connector", QtInfoMsg)

PaymentConnector::Answer answerOf(QNetworkReply *reply)
{
    PaymentConnector::Answer answer;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        answer.message = reply->errorString();
        return answer;
    }
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        answer.message = u"The gateway's answer is not JSON."_s;
        return answer;
    }
    answer.message = body.value(u"message"_s).toString();
    if (status >= 200 && status < 300) {
        answer.kind = PaymentConnector::Answer::Kind::Approved;
        answer.status = body.value(u"status"_s).toString();
    } else if (status >= 400 && status < 500 && status != 401) {
        answer.kind = PaymentConnector::Answer::Kind::Refused;
        // The gateway's errors are {"error":{"code","message"},"message"} (docs/outside-systems.md).
        answer.status =
            body.value(u"code"_s).toString(body.value(u"error"_s).toObject().value(u"code"_s).toString());
    }
    return answer;
}

} // namespace

PaymentConnector::PaymentConnector(QUrl gatewayUrl, QByteArray merchantKey, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_gatewayUrl(std::move(gatewayUrl))
    , m_merchantKey(std::move(merchantKey))
    , m_timeoutMs(timeoutMs)
    , m_nam(new QNetworkAccessManager(this))
{}

void PaymentConnector::send(const QString &authorizationId, const QString &operation,
                            const QJsonObject &amount, const QString &key,
                            std::function<void(const Answer &)> done)
{
    QUrl url = m_gatewayUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) % u"/v1/authorizations/"_s %
                authorizationId % u'/' % operation);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_merchantKey);
    request.setRawHeader("Idempotency-Key", key.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    // The same body for the same key every time: the gateway compares it with the first request's.
    const QJsonObject money{{u"centAmount"_s, amount.value(u"centAmount"_s)},
                            {u"currencyCode"_s, amount.value(u"currencyCode"_s)}};
    const QJsonObject body = amount.isEmpty() ? QJsonObject() : QJsonObject{{u"amount"_s, money}};
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, operation, key, done = std::move(done)] {
        reply->deleteLater();
        const Answer answer = answerOf(reply);
        qCInfo(lcConnector).noquote()
            << operation << key << "→" << static_cast<int>(answer.kind) << answer.status;
        done(answer);
    });
}

} // namespace commercedesk::sandbox
