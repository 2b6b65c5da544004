// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace commercedesk::api {

/// One request to the commercetools API, before transport policy (token, correlation id, retries) is applied.
struct HttpRequest
{
    enum class Method { Get, Head, Post, Delete };

    /// Which host serves it: the API (`apiUrl`) or the Checkout API (ConnectionConfig::checkoutEndpoint).
    enum class Host { Api, Checkout };

    Method method = Method::Get;
    Host host = Host::Api;
    /// Path below `{apiUrl}/{projectKey}`, starting with '/', e.g. "/product-projections/search".
    QString path;
    QUrlQuery query;
    /// JSON body for POST; empty otherwise.
    QByteArray body;
    /// Whether sending it twice is harmless. Only idempotent requests are retried after a transient failure;
    /// a create (POST) never is. Defaults to true for GET/HEAD/DELETE, false for POST.
    bool idempotent = true;
    /// Transfer timeout for one attempt, in milliseconds.
    int timeoutMs = 30000;

    static HttpRequest get(QString path, QUrlQuery query = {})
    {
        HttpRequest request;
        request.path = std::move(path);
        request.query = std::move(query);
        return request;
    }

    static HttpRequest post(QString path, QByteArray jsonBody, bool idempotent = false)
    {
        HttpRequest request;
        request.method = Method::Post;
        request.path = std::move(path);
        request.body = std::move(jsonBody);
        request.idempotent = idempotent;
        return request;
    }
};

/// A complete HTTP answer (any status). Bodies may be large; they are moved, not copied.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString correlationId;
};

QByteArray methodName(HttpRequest::Method method);

} // namespace commercedesk::api
