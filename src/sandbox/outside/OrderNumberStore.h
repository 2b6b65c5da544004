// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// The order-number service's own SQLite file (order-numbers.sqlite in the data dir): the last
// sequence number handed out per year. take() commits the new value before it returns, so a
// restarted service never hands out a number twice (numbers an order did not use stay unused).
// Same thread as its creator (one Qt SQL connection).
class OrderNumberStore
{
public:
    OrderNumberStore();
    ~OrderNumberStore();

    // Opens/creates the file and its table. False + *error on failure.
    bool open(const QString &filePath, QString *error);
    // The next sequence number of `year` (1, 2, …), durably taken; nullopt on SQL failure.
    std::optional<qint64> take(int year);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace commercedesk::sandbox
