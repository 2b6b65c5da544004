// SPDX-License-Identifier: MIT
#include "api/ApiJob.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
{}

ApiJob::~ApiJob() = default;

void ApiJob::cancel()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = u"The request was cancelled."_s;
    storeCancellation(error);
    markFinished();
    if (auto abort = std::exchange(m_abort, {}))
        abort();
}

bool ApiJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_abort = {};
    // Queued, so finished() never fires inside the call that completed or created the job.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace commercedesk::api
