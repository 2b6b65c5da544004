// SPDX-License-Identifier: MIT
#include "sandbox/http/Router.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

void Router::add(HttpMethod method, const QString &pattern, RouteHandler handler, RouteOptions options)
{
    Entry entry{Route{method, pattern, std::move(handler), std::move(options)}, {}};
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype open = part.indexOf(u'{');
        if (open >= 0 && part.endsWith(u'}'))
            entry.segments.append(Segment{part.left(open), part.mid(open + 1, part.size() - open - 2)});
        else
            entry.segments.append(Segment{part, QString()});
    }
    m_entries.append(std::move(entry));
}

QList<Router::Route> Router::routes() const
{
    QList<Route> result;
    for (const Entry &entry : m_entries)
        result.append(entry.route);
    return result;
}

// Returns -1 when the path does not fit, else a specificity score (higher is more specific).
int Router::score(const QList<Segment> &segments, const QStringList &parts, QHash<QString, QString> *params)
{
    if (segments.size() != parts.size())
        return -1;
    int total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Segment &seg = segments.at(i);
        const QString &part = parts.at(i);
        if (seg.param.isEmpty()) {
            if (part != seg.literal)
                return -1;
            total += 3;
        } else if (!seg.literal.isEmpty()) {
            if (!part.startsWith(seg.literal) || part.size() == seg.literal.size())
                return -1;
            params->insert(seg.param, part.mid(seg.literal.size()));
            total += 2;
        } else {
            if (part.isEmpty())
                return -1;
            params->insert(seg.param, part);
            total += 1;
        }
    }
    return total;
}

Router::Match Router::match(HttpMethod method, const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    Match best;
    int bestScore = -1;
    int bestAnyScore = -1;
    QList<HttpMethod> allowed;
    for (const Entry &entry : m_entries) {
        QHash<QString, QString> params;
        const int s = score(entry.segments, parts, &params);
        if (s < 0)
            continue;
        if (s > bestAnyScore) {
            bestAnyScore = s;
            allowed.clear();
        }
        if (s == bestAnyScore && !allowed.contains(entry.route.method))
            allowed.append(entry.route.method);
        const bool methodFits = entry.route.method == method ||
                                (method == HttpMethod::Head && entry.route.method == HttpMethod::Get);
        if (methodFits && s > bestScore) {
            bestScore = s;
            best.kind = Match::Kind::Found;
            best.route = &entry.route;
            best.params = std::move(params);
        }
    }
    if (best.kind == Match::Kind::Found && bestScore >= bestAnyScore)
        return best;
    if (bestAnyScore >= 0) {
        Match m;
        m.kind = Match::Kind::MethodNotAllowed;
        m.allowed = allowed;
        return m;
    }
    return best;
}

} // namespace commercedesk::sandbox
