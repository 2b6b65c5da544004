// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faults/FaultRule.h"

#include <QList>
#include <QMutex>

#include <optional>

namespace commercedesk::sandbox {

// The active fault rules of the outside services and the sandbox API (see FaultRule for the grammar).
// Thread-safe: the services consult it on their thread while tests or the /_fault admin endpoint
// change it from any thread. Shared by the sandbox's HttpServer and the services of its OutsideSystems
// (std::shared_ptr).
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
