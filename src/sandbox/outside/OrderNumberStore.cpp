// SPDX-License-Identifier: MIT
#include "sandbox/outside/OrderNumberStore.h"

#include "sandbox/storage/Database.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

OrderNumberStore::OrderNumberStore() = default;
OrderNumberStore::~OrderNumberStore() = default;

bool OrderNumberStore::open(const QString &filePath, QString *error)
{
    auto db = std::make_unique<Database>();
    const bool ok = db->open(filePath) && db->exec(u"CREATE TABLE IF NOT EXISTS sequences ("
                                                   u"year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"_s);
    if (!ok) {
        if (error)
            *error = u"order-number store: "_s % db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

std::optional<qint64> OrderNumberStore::take(int year)
{
    if (!m_db || !m_db->begin())
        return std::nullopt;
    const bool ok = m_db->exec(u"INSERT INTO sequences (year, last) VALUES (?, 1) "
                               u"ON CONFLICT(year) DO UPDATE SET last = last + 1"_s,
                               {year});
    const QVariant last =
        ok ? m_db->scalar(u"SELECT last FROM sequences WHERE year = ?"_s, {year}) : QVariant();
    if (!last.isValid() || !m_db->commit()) {
        m_db->rollback();
        return std::nullopt;
    }
    return last.toLongLong();
}

} // namespace commercedesk::sandbox
