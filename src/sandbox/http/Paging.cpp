// SPDX-License-Identifier: MIT
#include "sandbox/http/Paging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool parseBounded(const RequestContext &ctx, const QString &name, int max, int *out, HttpResponse *error)
{
    if (!ctx.hasQuery(name))
        return true;
    bool ok = false;
    const QString text = ctx.queryValue(name);
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        *error = HttpResponse::invalidInput(
            u"The value '%1' is not valid for field '%2'. Allowed: 0 to %3."_s.arg(text, name).arg(max));
        return false;
    }
    *out = static_cast<int>(value);
    return true;
}

} // namespace

std::optional<Paging> Paging::parse(const RequestContext &ctx, HttpResponse *error)
{
    Paging p;
    if (!parseBounded(ctx, u"limit"_s, MaxLimit, &p.limit, error) ||
        !parseBounded(ctx, u"offset"_s, MaxOffset, &p.offset, error)) {
        return std::nullopt;
    }
    const QString withTotal = ctx.queryValue(u"withTotal"_s, u"true"_s);
    if (withTotal != u"true"_s && withTotal != u"false"_s) {
        *error = HttpResponse::invalidInput(
            u"The value '%1' is not valid for field 'withTotal'."_s.arg(withTotal));
        return std::nullopt;
    }
    p.withTotal = withTotal == u"true"_s;
    return p;
}

QJsonObject Paging::envelope(const QJsonArray &results, qint64 total) const
{
    QJsonObject o{
        {u"limit"_s, limit}, {u"offset"_s, offset}, {u"count"_s, results.size()}, {u"results"_s, results}};
    if (withTotal && total >= 0)
        o.insert(u"total"_s, total);
    return o;
}

QByteArray Paging::envelope(const QList<QByteArray> &serialisedResults, qint64 total) const
{
    qsizetype size = 96;
    for (const QByteArray &result : serialisedResults)
        size += result.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"limit\":" + QByteArray::number(limit) + ",\"offset\":" + QByteArray::number(offset) +
           ",\"count\":" + QByteArray::number(serialisedResults.size());
    if (withTotal && total >= 0)
        out += ",\"total\":" + QByteArray::number(total);
    out += ",\"results\":[";
    for (qsizetype i = 0; i < serialisedResults.size(); ++i) {
        if (i > 0)
            out += ',';
        out += serialisedResults.at(i).trimmed();
    }
    out += "]}";
    return out;
}

} // namespace commercedesk::sandbox
