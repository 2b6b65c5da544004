// SPDX-License-Identifier: MIT
#include "sandbox/outside/OmsWriteBack.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

constexpr int TransferTimeoutMs = 10000;

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString describe(QNetworkReply *reply)
{
    const int status = statusOf(reply);
    if (status == 0)
        return u"sandbox unreachable: "_s % reply->errorString();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    return u"sandbox answered %1: %2"_s.arg(status).arg(body.value(u"message"_s).toString());
}

} // namespace

OmsWriteBack::OmsWriteBack(SandboxLink link, QObject *parent)
    : QObject(parent)
    , m_link(std::move(link))
    , m_nam(new QNetworkAccessManager(this))
{}

void OmsWriteBack::update(const QString &orderId, ActionsFor actionsFor, Done done)
{
    auto job = std::make_shared<Job>(Job{orderId, std::move(actionsFor), std::move(done)});
    if (!isConfigured()) {
        job->done(false, u"no sandbox link configured"_s);
        return;
    }
    withToken([this, job](const QString &error) {
        if (!error.isEmpty())
            job->done(false, error);
        else
            fetch(job);
    });
}

void OmsWriteBack::call(const QByteArray &verb, const QString &path, const QJsonObject &body, Answer answer)
{
    if (!isConfigured()) {
        answer(0, {}, u"no sandbox link configured"_s);
        return;
    }
    callOnce(verb, path, body, std::move(answer), false);
}

void OmsWriteBack::callOnce(const QByteArray &verb, const QString &path, const QJsonObject &body,
                            Answer answer, bool renewed)
{
    withToken([this, verb, path, body, answer, renewed](const QString &error) {
        if (!error.isEmpty()) {
            answer(0, {}, error);
            return;
        }
        QNetworkReply *reply = send(
            verb, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, verb, path, body, answer, renewed] {
            reply->deleteLater();
            const int status = statusOf(reply);
            if (status == 401 && !renewed) {
                m_token.clear();
                callOnce(verb, path, body, answer, true);
                return;
            }
            answer(status, QJsonDocument::fromJson(reply->readAll()).object(),
                   status == 0 ? u"sandbox unreachable: "_s % reply->errorString() : QString());
        });
    });
}

void OmsWriteBack::withToken(const std::function<void(const QString &error)> &next)
{
    if (!m_token.isEmpty()) {
        next({});
        return;
    }
    QUrl url = m_link.authUrl;
    url.setPath(u"/oauth/token"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Authorization",
                         "Basic " % (m_link.clientId % u':' % m_link.clientSecret).toUtf8().toBase64());
    QNetworkReply *reply = m_nam->post(request, "grant_type=client_credentials"_ba);
    connect(reply, &QNetworkReply::finished, this, [this, reply, next] {
        reply->deleteLater();
        if (statusOf(reply) != 200) {
            next(u"token: "_s % describe(reply));
            return;
        }
        m_token =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token"_s).toString().toLatin1();
        next(m_token.isEmpty() ? u"token: no access_token in the answer"_s : QString());
    });
}

QNetworkReply *OmsWriteBack::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_link.apiUrl;
    url.setPath(u'/' % m_link.projectKey % path);
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " % m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return m_nam->sendCustomRequest(request, verb, body);
}

bool OmsWriteBack::retryUnauthorized(QNetworkReply *reply, const std::shared_ptr<Job> &job)
{
    if (statusOf(reply) != 401 || job->reauthorized)
        return false;
    job->reauthorized = true;
    m_token.clear();
    withToken([this, job](const QString &error) {
        if (!error.isEmpty())
            job->done(false, error);
        else
            fetch(job);
    });
    return true;
}

void OmsWriteBack::fetch(const std::shared_ptr<Job> &job)
{
    QNetworkReply *reply = send("GET", u"/orders/"_s % job->orderId, {});
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] {
        reply->deleteLater();
        if (retryUnauthorized(reply, job))
            return;
        if (statusOf(reply) != 200) {
            job->done(false, describe(reply));
            return;
        }
        post(job, QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void OmsWriteBack::post(const std::shared_ptr<Job> &job, const QJsonObject &order)
{
    const QJsonArray actions = job->actionsFor(order);
    if (actions.isEmpty()) {
        job->done(true, {});
        return;
    }
    const QJsonObject body{{u"version"_s, order.value(u"version"_s)}, {u"actions"_s, actions}};
    QNetworkReply *reply =
        send("POST", u"/orders/"_s % job->orderId, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] {
        reply->deleteLater();
        if (retryUnauthorized(reply, job))
            return;
        const int status = statusOf(reply);
        if (status == 409 && ++job->conflicts <= 3) {
            fetch(job);
            return;
        }
        if (status == 200)
            job->done(true, {});
        else
            job->done(false, describe(reply));
    });
}

} // namespace commercedesk::sandbox
