// SPDX-License-Identifier: MIT
#include "checkout/PaymentGatewayClient.h"

#include "checkout/CardForm.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

/// JSON string literal of `text` (quotes included), escaping what JSON requires.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

void zero(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fill(bytes.begin(), bytes.end(), '\0');
    bytes.clear();
}

GatewayAuthorization::Status statusFrom(const QString &status)
{
    using S = GatewayAuthorization::Status;
    if (status == "approved"_L1)
        return S::Approved;
    if (status == "declined"_L1)
        return S::Declined;
    if (status == "challenge_required"_L1)
        return S::ChallengeRequired;
    if (status == "captured"_L1)
        return S::Captured;
    if (status == "voided"_L1)
        return S::Voided;
    if (status == "refunded"_L1)
        return S::Refunded;
    return S::Unknown;
}

api::Result<GatewayAuthorization> decodeAuthorization(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    api::ApiError error;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.kind = api::ApiError::Kind::MalformedJson;
        error.message = u"The payment gateway sent an unreadable answer."_s;
        return error;
    }
    const QJsonObject o = doc.object();
    GatewayAuthorization a;
    a.id = o.value("id"_L1).toString();
    a.status = statusFrom(o.value("status"_L1).toString());
    a.authorizationCode = o.value("authorizationCode"_L1).toString();
    a.brand = o.value("brand"_L1).toString();
    a.last4 = o.value("last4"_L1).toString();
    a.expiryMonth = o.value("expiryMonth"_L1).toInt();
    a.expiryYear = o.value("expiryYear"_L1).toInt();
    const QJsonObject amount = o.value("amount"_L1).toObject();
    if (auto money = core::Money::fromMinorUnits(amount.value("centAmount"_L1).toInteger(),
                                                 amount.value("currencyCode"_L1).toString()))
        a.amount = *money;
    a.declineCode = o.value("declineCode"_L1).toString();
    a.message = o.value("message"_L1).toString();
    a.challengeId = o.value("challenge"_L1).toObject().value("id"_L1).toString();
    if (a.id.isEmpty() || a.status == GatewayAuthorization::Status::Unknown) {
        error.kind = api::ApiError::Kind::UnexpectedShape;
        error.message = u"The payment gateway's answer has no id or status."_s;
        return error;
    }
    return a;
}

api::ApiError httpError(int status, const QByteArray &body)
{
    api::ApiError error;
    error.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject e = doc.object().value("error"_L1).toObject();
    if (e.isEmpty()) {
        error.kind = api::ApiError::Kind::HttpNonJson;
        error.message = u"The payment gateway answered with HTTP %1."_s.arg(status);
        return error;
    }
    error.kind = api::ApiError::Kind::Http;
    error.code = e.value("code"_L1).toString();
    error.message = e.value("message"_L1).toString();
    if (e.contains("field"_L1))
        error.details.insert(u"field"_s, e.value("field"_L1).toString());
    return error;
}

/// What one request keeps alive until its reply is done: the body buffer (wiped at the end).
struct PendingRequest
{
    QByteArray body;
    QBuffer device;
    bool timedOut = false;
};

} // namespace

PaymentGatewayClient::PaymentGatewayClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
{}

QString PaymentGatewayClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

api::Job<GatewayAuthorization> *PaymentGatewayClient::authorize(const CardForm &card,
                                                                const core::Money &amount,
                                                                const QString &reference,
                                                                const QString &idempotencyKey)
{
    QByteArray body;
    body.reserve(512);
    body += "{\"amount\":{\"centAmount\":" + QByteArray::number(amount.centAmount()) +
            ",\"currencyCode\":" + jsonString(amount.currencyCode()) + "},\"card\":{\"number\":\"";
    body += card.number().toLatin1();
    body += "\",\"expiryMonth\":" + QByteArray::number(card.expiryMonth()) +
            ",\"expiryYear\":" + QByteArray::number(card.expiryYear()) + ",\"cvc\":\"";
    body += card.cvc().toLatin1();
    body += "\",\"holder\":";
    body += jsonString(card.holder());
    body += "},\"reference\":" + jsonString(reference) + "}";
    return post(u"/v1/authorizations"_s, std::move(body), idempotencyKey);
}

api::Job<GatewayAuthorization> *PaymentGatewayClient::answerChallenge(const QString &authorizationId,
                                                                      const QString &code)
{
    QByteArray body = "{\"code\":" + jsonString(code) + "}";
    return post(u"/v1/authorizations/"_s + QString::fromUtf8(QUrl::toPercentEncoding(authorizationId)) +
                    u"/challenge"_s,
                std::move(body), {});
}

api::Job<GatewayAuthorization> *PaymentGatewayClient::voidAuthorization(const QString &authorizationId,
                                                                        const QString &creatorKey)
{
    return post(u"/v1/authorizations/"_s + QString::fromUtf8(QUrl::toPercentEncoding(authorizationId)) +
                    u"/void"_s,
                QByteArray("{}"), u"void-"_s + authorizationId, creatorKey);
}

api::Job<GatewayAuthorization> *PaymentGatewayClient::post(const QString &path, QByteArray body,
                                                           const QString &idempotencyKey,
                                                           const QString &creatorKey)
{
    auto *job = new api::Job<GatewayAuthorization>(this);
    auto pending = std::make_shared<PendingRequest>();
    pending->body = std::move(body);
    pending->device.setBuffer(&pending->body);
    pending->device.open(QIODevice::ReadOnly);

    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::ContentLengthHeader, pending->body.size());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    if (!creatorKey.isEmpty())
        request.setRawHeader("X-Authorization-Key", creatorKey.toUtf8());
    QNetworkReply *reply = m_network->post(request, &pending->device);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, pending] {
        pending->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);

    job->setAbortHandler([reply] { reply->abort(); });
    connect(reply, &QNetworkReply::finished, job, [job, reply, pending] {
        reply->deleteLater();
        pending->device.close();
        zero(pending->body);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (pending->timedOut) {
            api::ApiError error;
            error.kind = api::ApiError::Kind::Timeout;
            error.message = u"The payment gateway did not answer in time."_s;
            job->complete(error);
            return;
        }
        if (status == 0) {
            api::ApiError error;
            error.kind = reply->error() == QNetworkReply::OperationCanceledError
                             ? api::ApiError::Kind::Cancelled
                             : api::ApiError::Kind::Network;
            error.message = reply->errorString();
            job->complete(error);
            return;
        }
        const QByteArray answer = reply->readAll();
        if (status >= 400) {
            job->complete(httpError(status, answer));
            return;
        }
        job->complete(decodeAuthorization(answer));
    });
    // If the job is cancelled and deleted before the reply finishes, the reply still wipes via the lambda
    // above only while `job` lives; make sure the body is wiped in any case.
    connect(reply, &QObject::destroyed, reply, [pending] { zero(pending->body); });
    return job;
}

} // namespace commercedesk::checkout
