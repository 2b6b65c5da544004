// SPDX-License-Identifier: MIT
#include "merchant/BusinessUnitNames.h"

#include "api/BusinessUnitClient.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

BusinessUnitNames::BusinessUnitNames(api::BusinessUnitClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BusinessUnitNames::~BusinessUnitNames()
{
    if (m_job)
        m_job->cancel();
}

void BusinessUnitNames::request(const QStringList &keys)
{
    if (!m_client)
        return;
    for (const QString &key : keys) {
        if (key.isEmpty() || m_asked.contains(key))
            continue;
        m_asked.insert(key);
        m_waiting.append(key);
    }
    startNext();
}

void BusinessUnitNames::startNext()
{
    if (m_job || m_waiting.isEmpty())
        return;
    const QStringList batch = m_waiting.mid(0, kBatch);
    m_waiting.remove(0, batch.size());
    api::ResourceQuery query;
    query.where(u"key in :keys"_s).variable(u"keys"_s, batch).limit(kBatch).withTotal(false);
    auto *job = m_client->businessUnits(query);
    m_job = job;
    job->onFinished(this, [this](const api::Result<core::PagedResult<core::BusinessUnit>> &result) {
        m_job.clear();
        if (result.ok()) {
            for (const core::BusinessUnit &unit : result.value().results) {
                if (!unit.name.isEmpty())
                    m_names.insert(unit.key, unit.name);
            }
            Q_EMIT namesChanged();
        }
        startNext();
    });
}

} // namespace commercedesk::merchant
