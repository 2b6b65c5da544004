// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faults/FaultRule.h"

#include <QList>
#include <QMutex>

#include <optional>

namespace commercedesk::sandbox {

// The one home of fault injection: the active fault rules (see FaultRule for the grammar) of the
// sandbox's own API (service "api") and of every outside service ("tax", "gateway", "oms", "numbers",
// "subscriptions", …). One injector (std::shared_ptr) is shared by the sandbox's HttpServer and the
// ServiceServers of its OutsideSystems; each server puts a FaultGate with its service name in front of
// its routes, so both apply a decision the same way (see FaultGate.h).
// The /_fault admin contract, the same on every one of those servers (FaultAdmin implements it):
//  - it exists only after enableAdmin() with a non-empty token (--fault-admin /
//    OutsideSystemsConfig::faultAdmin); otherwise every method answers 404, as for any unknown path;
//  - it answers loopback peers only (403 otherwise) and is never itself faulted;
//  - every request must carry `Authorization: Bearer <token>` (compared in constant time) → otherwise
//    401 invalid_token; a POST must be `Content-Type: application/json` → otherwise 415 (a browser's
//    cross-site form post can send neither);
//  GET    /_fault                     → 200 {"rules":[FaultRule::toJson()…]}
//  POST   /_fault {"service"?,"route","method"?,"kind","arg"?} → 201 the rule (service defaults to
//         the server's own); 400 invalid_fault when malformed
//  DELETE /_fault[?service=S|*]       → 200 {"removed":N} (S defaults to the server's own)
//  other methods → 405, other paths under /_fault → 404; errors in the server's own error shape.
// Thread-safe: the servers consult it on their threads while tests or /_fault change it from any thread.
class FaultInjector
{
public:
    // What a service does with one request, all rules that apply combined.
    struct Decision
    {
        int latencyMs = 0;         // summed over every latency rule
        std::optional<int> status; // first error rule that fired
        bool reset = false;        // a reset rule fired
        bool timeout = false;      // a timeout rule applies
        bool outage = false;       // the service is in an outage
        bool garbage = false;      // a garbage rule fired: answer 200 with a body that is not JSON

        bool any() const { return latencyMs > 0 || status || reset || timeout || outage || garbage; }
    };

    void add(const FaultRule &rule);
    // Removes every rule of `service` ("*" = all rules). Returns how many were removed.
    int clear(const QString &service = QStringLiteral("*"));
    QList<FaultRule> rules() const;

    // Rates are drawn here, so two calls may differ for rules with rate < 1.
    // `method`: "GET", "POST", … (empty: rules limited to a method do not apply).
    Decision decide(const QString &service, const QString &path, const QString &method = {}) const;
    bool isOutage(const QString &service) const;

    // The /_fault admin endpoint (FaultAdmin) exists only after enableAdmin() with a non-empty token,
    // and then answers only requests that carry it (Authorization: Bearer <token>).
    void enableAdmin(const QByteArray &token);
    QByteArray adminToken() const;

private:
    mutable QMutex m_mutex;
    QByteArray m_adminToken;
    QList<FaultRule> m_rules;
};

} // namespace commercedesk::sandbox
