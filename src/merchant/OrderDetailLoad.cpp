// SPDX-License-Identifier: MIT
#include "merchant/OrderDetailLoad.h"

#include "api/ApiJob.h"

#include <QTimer>

namespace commercedesk::merchant {

OrderDetailLoad::OrderDetailLoad(QObject *parent)
    : QObject(parent)
{}

OrderDetailLoad::~OrderDetailLoad()
{
    for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void OrderDetailLoad::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_pending = 0;
    // Answers still queued are dropped (isCancelled()); finished() follows on the event loop.
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        Q_EMIT finished();
        deleteLater();
    });
}

void OrderDetailLoad::expect(api::ApiJob *job)
{
    ++m_pending;
    if (job)
        m_jobs.append(job);
}

void OrderDetailLoad::done()
{
    if (m_cancelled || m_finished)
        return;
    if (--m_pending > 0)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace commercedesk::merchant
