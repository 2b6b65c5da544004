// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <optional>

namespace commercedesk::core {

// One page of a query response ({limit, offset, count, total?, results}).
template<typename T>
struct PagedResult
{
    qint64 limit = 0;
    qint64 offset = 0;
    qint64 count = 0;
    std::optional<qint64> total; // only with withTotal=true
    QList<T> results;

    // True when more results may follow: by total when known, else when the page was full.
    bool hasMore() const { return total ? offset + count < *total : (limit > 0 && count >= limit); }

    friend bool operator==(const PagedResult &, const PagedResult &) = default;
};

} // namespace commercedesk::core
