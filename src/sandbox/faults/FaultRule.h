// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// One injected fault: `SERVICE:ROUTE:KIND[:ARG]` on the command line (docs/outside-systems.md).
//  SERVICE  tax | gateway | oms | numbers (order-number service) | * (every outside service) | api
//           (the sandbox's own HTTP API; only rules naming api apply to it)
//  ROUTE    [METHOD ]PATH or * (every route but /_fault). PATH is a prefix by whole segments in which
//           a `*` segment matches any one segment ("/v1/authorizations", "/orders/*"); for api it is
//           relative to /{projectKey} (paths outside the project, e.g. /oauth/token, as they are).
//           METHOD (GET, POST, DELETE, …) limits the rule to that method: "POST /orders/*".
//  KIND     latency:MS          answer MS milliseconds late
//           error:CODE[@RATE]   answer CODE (e.g. 500, 502, 503, 409) with probability RATE (default 1)
//           reset[:RATE]        abort the TCP connection without an answer (probability RATE, default 1)
//           timeout             never answer (the connection is held until the client gives up)
//           garbage[:RATE]      answer 200 with a body that is not JSON (probability RATE, default 1)
//           outage              the whole service is down: 503 on every route; the OMS also stops
//                               writing back to the sandbox until the outage is cleared
// On api, error:409 answers ConcurrentModification with the resource's currentVersion, other
// statuses the commercetools error shape (500 General, 502 BadGateway, 503 ServiceUnavailable, …).
// A plain value.
struct FaultRule
{
    enum class Kind { Latency, Error, Reset, Timeout, Outage, Garbage };

    QString service = QStringLiteral("*");
    QString route = QStringLiteral("*"); // the PATH part ("*" or starting with /)
    QString method;                      // upper case; empty = every method
    Kind kind = Kind::Error;
    int status = 503;  // Error
    double rate = 1.0; // Error, Reset, Garbage
    int latencyMs = 0; // Latency

    // nullopt + *error for malformed text.
    static std::optional<FaultRule> parse(const QString &text, QString *error);
    // {"service","route","method"?,"kind","arg"} (the /_fault admin shape; "route" may also carry the
    // method: "POST /orders/*"); nullopt + *error when malformed.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    // "SERVICE:ROUTE:KIND[:ARG]".
    QString toString() const;

    // `method` empty: rules with a method do not apply.
    bool appliesTo(const QString &serviceName, const QString &path, const QString &method = {}) const;
};

} // namespace commercedesk::sandbox
