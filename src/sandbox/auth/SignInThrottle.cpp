// SPDX-License-Identifier: MIT
#include "sandbox/auth/SignInThrottle.h"

#include <QMutexLocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString clientKey(const QString &clientId)
{
    return u"client:"_s % clientId;
}

QString customerKey(const QString &email)
{
    return u"customer:"_s % email.trimmed().toLower();
}

} // namespace

SignInThrottle::SignInThrottle(std::shared_ptr<const Clock> clock, Limits limits)
    : m_clock(std::move(clock))
    , m_limits(limits)
{}

qsizetype SignInThrottle::prune(const QString &key, const QDateTime &now)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    const QDateTime oldest = now.addSecs(-m_limits.windowSeconds);
    while (!it->isEmpty() && it->first() <= oldest)
        it->removeFirst();
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    return it->size();
}

std::optional<qint64> SignInThrottle::waitFor(const QString &key, int limit, const QDateTime &now)
{
    const qsizetype count = prune(key, now);
    if (count < limit)
        return std::nullopt;
    // Free again when the oldest failure that keeps the key at its limit leaves the window.
    const QDateTime freed = m_failures.value(key).at(count - limit).addSecs(m_limits.windowSeconds);
    return std::max<qint64>(1, (now.msecsTo(freed) + 999) / 1000);
}

std::optional<qint64> SignInThrottle::blocked(const QString &clientId, const QString &email)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock->now();
    const auto client = waitFor(clientKey(clientId), m_limits.perClient, now);
    const auto customer = waitFor(customerKey(email), m_limits.perCustomer, now);
    if (client && customer)
        return std::max(*client, *customer);
    return client ? client : customer;
}

void SignInThrottle::recordFailure(const QString &clientId, const QString &email)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock->now();
    // Bounded memory: a flood of distinct e-mails cannot grow the table without limit.
    if (m_failures.size() > 100000)
        m_failures.clear();
    m_failures[clientKey(clientId)].append(now);
    m_failures[customerKey(email)].append(now);
}

} // namespace commercedesk::sandbox
