// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/outside/FaultRule.h"

#include <QList>
#include <QMutex>

#include <optional>

namespace commercedesk::sandbox {

// The active fault rules of the outside services (see FaultRule for the grammar).
// Thread-safe: the services consult it on their thread while tests or the /_fault admin endpoint
// change it from any thread. Shared by the services of one OutsideSystems (std::shared_ptr).
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
    };

    void add(const FaultRule &rule);
    // Removes every rule of `service` ("*" = all rules). Returns how many were removed.
    int clear(const QString &service = QStringLiteral("*"));
    QList<FaultRule> rules() const;

    // Rates are drawn here, so two calls may differ for rules with rate < 1.
    Decision decide(const QString &service, const QString &path) const;
    bool isOutage(const QString &service) const;

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace commercedesk::sandbox
