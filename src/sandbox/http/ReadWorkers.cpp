// SPDX-License-Identifier: MIT
#include "sandbox/http/ReadWorkers.h"

#include <QMutexLocker>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ReadWorkers::ReadWorkers(int count, QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setObjectName(u"commercedesk-sandbox-reads"_s);
    m_pool->setMaxThreadCount(count);
    // Long-lived workers: each keeps its own read connection (Database) until the server goes.
    m_pool->setExpiryTimeout(-1);
}

ReadWorkers::~ReadWorkers()
{
    m_pool->clear();
    m_pool->waitForDone();
    // Taking the lock once more orders what the workers left behind before its destruction here (the wait
    // above does too, but inside Qt, where ThreadSanitizer cannot see it).
    const QMutexLocker lock(&m_mutex);
    m_queued.clear();
    m_finished.clear();
}

void ReadWorkers::run(Job job, Done done)
{
    const quint64 id = ++m_nextId;
    m_waiting.emplace(id, std::move(done));
    {
        const QMutexLocker lock(&m_mutex);
        m_queued.emplace_back(id, std::move(job));
    }
    // One pool task per job; each takes the oldest queued job, so the captured `this` is all that passes
    // through Qt's queue.
    m_pool->start([this] { runOne(); });
}

void ReadWorkers::runOne()
{
    std::pair<quint64, Job> next;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_queued.empty())
            return;
        next = std::move(m_queued.front());
        m_queued.pop_front();
    }
    HttpResponse response = next.second();
    next.second = nullptr; // what the job captured goes here, on the worker
    const QMutexLocker lock(&m_mutex);
    m_finished.emplace_back(next.first, std::move(response));
    // By name, so no functor crosses the thread: the event carries nothing but the call. Under the lock, so
    // that the destructor's last lock orders this use of `this` before the object goes.
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void ReadWorkers::deliver()
{
    std::vector<std::pair<quint64, HttpResponse>> finished;
    {
        const QMutexLocker lock(&m_mutex);
        finished.swap(m_finished);
    }
    for (auto &[id, response] : finished) {
        const auto waiting = m_waiting.find(id);
        if (waiting == m_waiting.end())
            continue;
        const Done done = std::move(waiting->second);
        m_waiting.erase(waiting);
        done(response);
    }
}

} // namespace commercedesk::sandbox
