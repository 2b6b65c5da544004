// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// One injected fault: `SERVICE:ROUTE:KIND[:ARG]` on the command line (docs/outside-systems.md).
//  SERVICE  tax | gateway | oms | * (every outside service)
//  ROUTE    a path prefix ("/v1/authorizations", "/extension") or * (every route but /_fault)
//  KIND     latency:MS          answer MS milliseconds late
//           error:CODE[@RATE]   answer CODE (e.g. 500, 502, 503, 409) with probability RATE (default 1)
//           reset[:RATE]        abort the TCP connection without an answer (probability RATE, default 1)
//           timeout             never answer (the connection is held until the client gives up)
//           outage              the whole service is down: 503 on every route; the OMS also stops
//                               writing back to the sandbox until the outage is cleared
// A plain value.
struct FaultRule
{
    enum class Kind { Latency, Error, Reset, Timeout, Outage };

    QString service = QStringLiteral("*");
    QString route = QStringLiteral("*");
    Kind kind = Kind::Error;
    int status = 503;  // Error
    double rate = 1.0; // Error, Reset
    int latencyMs = 0; // Latency

    // nullopt + *error for malformed text.
    static std::optional<FaultRule> parse(const QString &text, QString *error);
    // {"service","route","kind","arg"} (the /_fault admin shape); nullopt + *error when malformed.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    // "SERVICE:ROUTE:KIND[:ARG]".
    QString toString() const;

    bool appliesTo(const QString &serviceName, const QString &path) const;
};

} // namespace commercedesk::sandbox
