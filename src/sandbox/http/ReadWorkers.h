// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QMutex>
#include <QObject>

#include <deque>
#include <functional>
#include <unordered_map>
#include <vector>

class QThreadPool;

namespace commercedesk::sandbox {

// The sandbox's read workers (HttpServer::setReadWorkers): run(job, done) runs `job` on one of `count`
// long-lived pool threads and then `done` with its answer on the thread that owns this object.
//
// Hand-offs go through one QMutex-guarded mailbox in each direction, never through a lambda captured into
// Qt's thread pool or posted to an event loop: that is what lets ThreadSanitizer check the workers
// (scripts/test-sanitizers). Debian's Qt is not built with it, so it cannot see the queues inside QThreadPool
// and the event loop, and would report every captured value as a race; QMutex's lock and unlock are inline
// in Qt's headers and annotated for it.
//
// Threading: run() and the `done` callbacks on the owner's thread; `job` on a worker, with nothing of the
// owner's thread but what it captured. The destructor drops queued jobs (their `done` never runs) and waits
// for running ones.
class ReadWorkers final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<HttpResponse()>;
    using Done = std::function<void(const HttpResponse &)>;

    ReadWorkers(int count, QObject *parent = nullptr);
    ~ReadWorkers() override;

    void run(Job job, Done done);

private:
    Q_INVOKABLE void deliver();
    void runOne();

    QThreadPool *m_pool; // child
    QMutex m_mutex;      // guards m_queued and m_finished
    std::deque<std::pair<quint64, Job>> m_queued;
    std::vector<std::pair<quint64, HttpResponse>> m_finished;
    std::unordered_map<quint64, Done> m_waiting; // owner's thread only
    quint64 m_nextId = 0;                        // owner's thread only
};

} // namespace commercedesk::sandbox
