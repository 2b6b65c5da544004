// SPDX-License-Identifier: MIT
#include "api/RequestRun.h"

#include "api/Logging.h"
#include "api/NetworkReplies.h"
#include "api/TokenProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

RequestRun::RequestRun(ApiJob *job, QNetworkAccessManager *network, const ConnectionConfig &config,
                       TokenProvider *tokens, Transport::RetryPolicy retry, HttpRequest request,
                       std::function<void(const Result<HttpResponse> &)> done)
    : QObject(job)
    , m_network(network)
    , m_config(config)
    , m_tokens(tokens)
    , m_retry(retry)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &RequestRun::begin);
    // The session may go first (a profile switch): a reply in flight dies with its network manager and never
    // finishes, so the run finishes here instead.
    const auto sessionGone = [this] {
        m_backoff.stop();
        sessionAlive();
    };
    connect(network, &QObject::destroyed, this, sessionGone);
    connect(tokens, &QObject::destroyed, this, sessionGone);
}

bool RequestRun::sessionAlive()
{
    // QPointer is cleared before QObject::destroyed() is emitted, so this also holds inside that signal.
    if (m_network && m_tokens)
        return true;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = u"The connection was closed before the request was sent."_s;
    error.correlationId = m_correlationId;
    finish(error);
    return false;
}

void RequestRun::begin()
{
    if (!sessionAlive())
        return;
    ++m_attempt;
    if (const std::optional<AccessToken> token = m_tokens->freshToken()) {
        sendAttempt(token->value);
        return;
    }
    m_tokens->requestToken(this, [this](const Result<AccessToken> &token) {
        if (!token.ok()) {
            finish(token.error());
            return;
        }
        if (sessionAlive())
            sendAttempt(token.value().value);
    });
}

void RequestRun::abort()
{
    m_done = {};
    m_backoff.stop();
    if (m_reply)
        m_reply->abort();
}

void RequestRun::sendAttempt(const QString &token)
{
    QUrl url = m_request.host == HttpRequest::Host::Checkout ? m_config.checkoutEndpoint(m_request.path)
                                                             : m_config.apiEndpoint(m_request.path);
    if (!m_request.query.isEmpty())
        url.setQuery(m_request.query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("X-Correlation-ID", m_correlationId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_request.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    m_clock.start();
    switch (m_request.method) {
    case HttpRequest::Method::Get:
        m_reply = m_network->get(request);
        break;
    case HttpRequest::Method::Post:
        m_reply = m_network->post(request, m_request.body);
        break;
    case HttpRequest::Method::Head:
        m_reply = m_network->head(request);
        break;
    case HttpRequest::Method::Delete:
        m_reply = m_network->deleteResource(request);
        break;
    }
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, token] { onReply(reply, token); });
}

void RequestRun::onReply(QNetworkReply *reply, const QString &token)
{
    reply->deleteLater();
    m_reply.clear();
    if (!m_done)
        return; // aborted
    Result<HttpResponse> read = readReply(reply, m_correlationId);
    const qint64 latency = m_clock.elapsed();
    const QString status = read.ok() ? QString::number(read.value().status) : toString(read.error().kind);
    qCInfo(lcHttp).noquote() << QString::fromLatin1(methodName(m_request.method)) << m_request.path << status
                             << QString::number(latency) + u"ms"_s
                             << u"attempt="_s + QString::number(m_attempt)
                             << u"correlation-id="_s + m_correlationId;
    if (!read.ok()) {
        if (!retryLater(read.error()))
            finish(read.error());
        return;
    }
    const HttpResponse &response = read.value();
    if (response.status >= 200 && response.status < 300) {
        finish(response);
        return;
    }
    const ApiError error = errorFromHttp(response);
    if (error.isInvalidToken() && !m_tokenRenewed) {
        m_tokenRenewed = true;
        m_tokens->invalidate(token);
        --m_attempt; // a token renewal is not a retry of the request
        begin();
        return;
    }
    if (!retryLater(error))
        finish(error);
}

bool RequestRun::retryLater(const ApiError &error)
{
    if (!m_request.idempotent || !error.isTransient() || m_attempt >= m_retry.maxAttempts)
        return false;
    const int exponential = m_retry.baseDelayMs << std::min(m_attempt - 1, 16);
    const int capped = std::min(exponential, m_retry.maxDelayMs);
    const int jittered = capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
    qCInfo(lcHttp).noquote() << "retrying" << m_request.path << "in" << jittered << "ms after"
                             << error.diagnostic();
    m_backoff.start(jittered);
    return true;
}

void RequestRun::finish(const Result<HttpResponse> &outcome)
{
    if (auto done = std::exchange(m_done, {}))
        done(outcome);
}

} // namespace commercedesk::api
