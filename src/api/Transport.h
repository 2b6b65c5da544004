// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ConnectionConfig.h"
#include "api/HttpRequest.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace commercedesk::api {

class TokenProvider;

/// The one place where transport policy lives (architecture rule 4):
/// - a bearer token from the TokenProvider on every request; after 401 invalid_token the token is invalidated
///   and the request is sent exactly once more with a fresh one;
/// - bounded exponential backoff with jitter for idempotent requests after network errors, timeouts and
///   502/503/504 — never for a non-idempotent request (a create);
/// - a transfer timeout per attempt; an `X-Correlation-ID` (UUID) on every request;
/// - redirects only when no less safe (HTTPS→HTTP is refused);
/// - one log line per attempt: method, path, status, latency, correlation id — never bodies or headers.
/// Thread: create, use and destroy in one thread; jobs finish in that thread.
class Transport final : public QObject
{
    Q_OBJECT

public:
    struct RetryPolicy
    {
        int maxAttempts = 4;   ///< first try included
        int baseDelayMs = 250; ///< delay before the 2nd attempt; doubles each time, ±50 % jitter
        int maxDelayMs = 4000;
    };

    /// `network` and `tokens` must outlive the transport and its jobs.
    Transport(QNetworkAccessManager *network, ConnectionConfig config, TokenProvider *tokens,
              QObject *parent = nullptr);

    const ConnectionConfig &config() const { return m_config; }
    void setRetryPolicy(RetryPolicy policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }

    /// Sends `request`; a 2xx answer is handed to `decode` (which turns the body into T or an ApiError);
    /// every other outcome becomes an ApiError. The returned job is owned by itself (see ApiJob).
    template<class T>
    Job<T> *send(HttpRequest request, std::function<Result<T>(const HttpResponse &)> decode)
    {
        auto *job = new Job<T>();
        start(job, std::move(request),
              [job, decode = std::move(decode)](const Result<HttpResponse> &outcome) {
                  job->complete(outcome.ok() ? decode(outcome.value()) : Result<T>(outcome.error()));
              });
        return job;
    }

    /// As send(), for a request whose error answers are outcomes too (404 on `/me/active-cart` means "no
    /// cart"): `settle` turns every outcome — the 2xx response or the ApiError after the transport's own
    /// retries — into the job's Result.
    template<class T>
    Job<T> *sendSettled(HttpRequest request, std::function<Result<T>(const Result<HttpResponse> &)> settle)
    {
        auto *job = new Job<T>();
        start(job, std::move(request),
              [job, settle = std::move(settle)](const Result<HttpResponse> &outcome) {
                  job->complete(settle(outcome));
              });
        return job;
    }

private:
    void start(ApiJob *job, HttpRequest request, std::function<void(const Result<HttpResponse> &)> done);

    QNetworkAccessManager *m_network;
    ConnectionConfig m_config;
    TokenProvider *m_tokens;
    RetryPolicy m_retry;
};

} // namespace commercedesk::api
