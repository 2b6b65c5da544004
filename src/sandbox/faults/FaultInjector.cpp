// SPDX-License-Identifier: MIT
#include "sandbox/faults/FaultInjector.h"

#include <QMutexLocker>
#include <QRandomGenerator>

namespace commercedesk::sandbox {

namespace {

bool fires(double rate)
{
    return rate >= 1.0 || (rate > 0.0 && QRandomGenerator::global()->generateDouble() < rate);
}

} // namespace

void FaultInjector::add(const FaultRule &rule)
{
    const QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

int FaultInjector::clear(const QString &service)
{
    const QMutexLocker lock(&m_mutex);
    const qsizetype before = m_rules.size();
    m_rules.removeIf([&service](const FaultRule &r) { return service == u'*' || r.service == service; });
    return static_cast<int>(before - m_rules.size());
}

QList<FaultRule> FaultInjector::rules() const
{
    const QMutexLocker lock(&m_mutex);
    return m_rules;
}

FaultInjector::Decision FaultInjector::decide(const QString &service, const QString &path,
                                              const QString &method) const
{
    const QMutexLocker lock(&m_mutex);
    Decision d;
    for (const FaultRule &rule : m_rules) {
        if (!rule.appliesTo(service, path, method))
            continue;
        switch (rule.kind) {
        case FaultRule::Kind::Latency:
            d.latencyMs += rule.latencyMs;
            break;
        case FaultRule::Kind::Error:
            if (!d.status && fires(rule.rate))
                d.status = rule.status;
            break;
        case FaultRule::Kind::Reset:
            d.reset = d.reset || fires(rule.rate);
            break;
        case FaultRule::Kind::Timeout:
            d.timeout = true;
            break;
        case FaultRule::Kind::Outage:
            d.outage = true;
            break;
        case FaultRule::Kind::Garbage:
            d.garbage = d.garbage || fires(rule.rate);
            break;
        }
    }
    return d;
}

bool FaultInjector::isOutage(const QString &service) const
{
    const QMutexLocker lock(&m_mutex);
    for (const FaultRule &rule : m_rules) {
        if (rule.kind == FaultRule::Kind::Outage &&
            (rule.service == service || (rule.service == u'*' && service != u"api")))
            return true;
    }
    return false;
}

void FaultInjector::enableAdmin(const QByteArray &token)
{
    QMutexLocker lock(&m_mutex);
    m_adminToken = token;
}

QByteArray FaultInjector::adminToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_adminToken;
}

} // namespace commercedesk::sandbox
