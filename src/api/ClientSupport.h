// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/HttpRequest.h"
#include "api/JsonBody.h"
#include "api/Transport.h"

#include <QJsonObject>

// Small helpers shared by the resource clients (internal to src/api).
namespace commercedesk::api {

/// Compact JSON bytes for a request body.
QByteArray jsonBytes(const QJsonObject &object);

/// Sends `request` and decodes a 2xx body with `decode` (a json:: decoder
/// `std::optional<T>(const QJsonValue &, json::JsonError *)`).
template<class T, class Decoder>
Job<T> *sendDecoded(Transport *transport, HttpRequest request, Decoder decode)
{
    return transport->send<T>(std::move(request), [decode](const HttpResponse &response) {
        return decodeBody<T>(response, decode);
    });
}

/// True when `transport` talks to an orchestrator (a buyer's connection, ConnectionConfig::forOrchestrator):
/// the clients then use the orchestrator's paths (docs/orchestrator-api.yaml) instead of commercetools'.
inline bool viaOrchestrator(const Transport *transport)
{
    return transport->config().orchestrator;
}

/// A job that has already failed with ApiError::Kind::Configuration and `message` (a call the backend
/// does not offer).
template<class T>
Job<T> *failedJob(const QString &message)
{
    auto *job = new Job<T>();
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = message;
    job->complete(error);
    return job;
}

/// DELETE `path?version=N`.
HttpRequest deleteRequest(const QString &path, qint64 version);

} // namespace commercedesk::api
