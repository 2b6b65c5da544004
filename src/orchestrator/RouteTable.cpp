// SPDX-License-Identifier: MIT
#include "orchestrator/RouteTable.h"

namespace commercedesk::orchestrator {

void RouteTable::add(QByteArray method, QString pattern, Access access, bool jsonBody, Handler handler)
{
    Route route{std::move(method), std::move(pattern), access, jsonBody, std::move(handler), {}};
    route.segments = route.pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
}

RouteTable::Match RouteTable::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; ok && i < parts.size(); ++i) {
            const QString &segment = route.segments[i];
            if (segment.startsWith(u'{') && segment.endsWith(u'}'))
                params.insert(segment.mid(1, segment.size() - 2), parts[i]);
            else
                ok = segment == parts[i];
        }
        if (!ok)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}

} // namespace commercedesk::orchestrator
