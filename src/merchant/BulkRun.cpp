// SPDX-License-Identifier: MIT
#include "merchant/BulkRun.h"

namespace commercedesk::merchant {

void BulkRun::record(BulkItemResult result)
{
    m_results.append(std::move(result));
    Q_EMIT itemFinished(int(m_results.size()) - 1, m_results.last());
    Q_EMIT progress(int(m_results.size()), int(m_orders.size()));
}

void BulkRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    int applied = 0;
    int failed = 0;
    for (const BulkItemResult &result : std::as_const(m_results)) {
        if (result.status == BulkItemResult::Status::Applied)
            ++applied;
        else if (result.status != BulkItemResult::Status::Skipped &&
                 result.status != BulkItemResult::Status::NothingToCapture)
            ++failed;
    }
    Q_EMIT finished(applied, failed);
}

} // namespace commercedesk::merchant
