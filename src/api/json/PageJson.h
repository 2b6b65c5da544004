// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"
#include "core/PagedResult.h"

#include <QJsonObject>

#include <optional>

namespace commercedesk::api::json {

/// A query or search response {limit, offset, count, total?, results:[...]}, each result read by `readItem`
/// (a `std::optional<T>(const JsonCursor &)` reader). Search extras such as "facets" are ignored. Errors
/// inside a result carry its index: "results[3].lineItems[0].price.value.centAmount: expected integer".
template<class F>
auto readPage(const JsonCursor &cursor, F readItem)
    -> std::optional<core::PagedResult<typename std::invoke_result_t<F, const JsonCursor &>::value_type>>
{
    const JsonReader r(cursor);
    core::PagedResult<typename std::invoke_result_t<F, const JsonCursor &>::value_type> page;
    page.limit = r.integer(u"limit");
    page.offset = r.integer(u"offset");
    page.count = r.integer(u"count");
    page.total = r.optionalInteger(u"total");
    page.results = r.requiredList(u"results", readItem);
    return r.finish(std::move(page));
}

template<class T, class F>
QJsonObject encodePage(const core::PagedResult<T> &page, F encodeItem)
{
    JsonWriter w;
    w.set(u"limit", page.limit);
    w.set(u"offset", page.offset);
    w.set(u"count", page.count);
    w.setOptional(u"total", page.total);
    w.setList(u"results", page.results, encodeItem);
    return w.take();
}

} // namespace commercedesk::api::json
