// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/HttpRequest.h"
#include "api/Result.h"
#include "api/Transport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace commercedesk::api {

/// One logical request with its retries; internal to Transport. Lives as a child of its ApiJob, so it dies
/// with the job. Calls `done` at most once. The job may outlive its ApiSession (e.g. when a connection
/// profile is switched): the network manager and token provider are watched, and an attempt after they are
/// gone finishes with a Cancelled error instead of touching them.
class RequestRun final : public QObject
{
    Q_OBJECT

public:
    RequestRun(ApiJob *job, QNetworkAccessManager *network, const ConnectionConfig &config,
               TokenProvider *tokens, Transport::RetryPolicy retry, HttpRequest request,
               std::function<void(const Result<HttpResponse> &)> done);

    void begin();
    void abort();

private:
    void sendAttempt(const QString &token);
    void onReply(QNetworkReply *reply, const QString &token);
    bool retryLater(const ApiError &error);
    void finish(const Result<HttpResponse> &outcome);

    /// Whether the session's network manager and token provider still exist; finishes the run when not.
    bool sessionAlive();

    QPointer<QNetworkAccessManager> m_network;
    ConnectionConfig m_config;
    QPointer<TokenProvider> m_tokens;
    Transport::RetryPolicy m_retry;
    HttpRequest m_request;
    std::function<void(const Result<HttpResponse> &)> m_done;
    QString m_correlationId;
    int m_attempt = 0;
    bool m_tokenRenewed = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    QElapsedTimer m_clock;
};

} // namespace commercedesk::api
