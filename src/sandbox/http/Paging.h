// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QJsonArray>

#include <optional>

namespace commercedesk::sandbox {

// limit (default 20, 0..500), offset (default 0, 0..10000), withTotal (default true), as the
// real API validates them (docs/fidelity-limits.md).
struct Paging
{
    static constexpr int MaxLimit = 500;
    static constexpr int MaxOffset = 10000;

    int limit = 20;
    int offset = 0;
    bool withTotal = true;

    // nullopt + *error (400 InvalidInput) for non-numeric or out-of-range values.
    static std::optional<Paging> parse(const RequestContext &ctx, HttpResponse *error);
    // The PagedQueryResponse envelope around `results`.
    QJsonObject envelope(const QJsonArray &results, qint64 total) const;
    // The same envelope as compact JSON around resources that are already serialised (each one a JSON
    // object), so a list is answered without parsing its resources.
    QByteArray envelope(const QList<QByteArray> &serialisedResults, qint64 total) const;
};

} // namespace commercedesk::sandbox
