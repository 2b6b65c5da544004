// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/FormEncoding.h"
#include "sandbox/http/HttpMethod.h"
#include "sandbox/http/Principal.h"

#include <QHash>
#include <QJsonDocument>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

// Everything a route handler may look at. Built by HttpServer for one request; handlers may read
// it freely and must not keep references past their return.
struct RequestContext
{
    HttpMethod method = HttpMethod::Get;
    QString path;                       // decoded path, e.g. "/demo/product-projections/key=mug"
    QHash<QString, QString> pathParams; // from the route pattern ({projectKey}, {id}, key={key}, …)
    QueryItems query;                   // query string items, plus form-body items for Form routes
    QueryItems form;                    // form body items (Form routes only)
    QByteArray body;                    // raw body
    QJsonDocument json;                 // parsed body (Json routes only; never malformed)
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<Principal> principal; // set for routes that require a bearer token
    QString correlationId;
    QString baseUrl;           // "http://host:port" as the client addressed us (Host header)
    bool loopbackPeer = false; // the peer's address is a loopback address

    QString param(const QString &name) const { return pathParams.value(name); }
    QString projectKey() const { return pathParams.value(QStringLiteral("projectKey")); }
    // First value of a query item; `fallback` when absent.
    QString queryValue(const QString &name, const QString &fallback = {}) const;
    QStringList queryValues(const QString &name) const;
    bool hasQuery(const QString &name) const;
    QString formValue(const QString &name) const;
    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

} // namespace commercedesk::sandbox
