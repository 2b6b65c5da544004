// SPDX-License-Identifier: MIT
#include "api/ResourceQuery.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

// QUrlQuery keeps '+', '&', '=' and '#' literal unless they are pre-encoded; predicates hold all of them.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace

ResourceQuery &ResourceQuery::where(const QString &predicate)
{
    if (!predicate.trimmed().isEmpty())
        m_where.append(predicate);
    return *this;
}

ResourceQuery &ResourceQuery::variable(const QString &name, const QString &value)
{
    return variable(name, QStringList{value});
}

ResourceQuery &ResourceQuery::variable(const QString &name, const QStringList &values)
{
    if (!isIdentifier(name)) {
        m_valid = false;
        return *this;
    }
    const auto existing = std::find_if(m_variables.begin(), m_variables.end(),
                                       [&name](const auto &entry) { return entry.first == name; });
    if (existing != m_variables.end())
        existing->second = values;
    else
        m_variables.append({name, values});
    return *this;
}

ResourceQuery &ResourceQuery::sort(const QString &fieldPath, Direction direction)
{
    m_sorts.append(fieldPath + (direction == Direction::Ascending ? u" asc"_s : u" desc"_s));
    return *this;
}

ResourceQuery &ResourceQuery::limit(int limit)
{
    m_limit = std::clamp(limit, 0, kMaxLimit);
    return *this;
}

ResourceQuery &ResourceQuery::offset(int offset)
{
    m_offset = std::clamp(offset, 0, kMaxOffset);
    return *this;
}

ResourceQuery &ResourceQuery::withTotal(bool withTotal)
{
    m_withTotal = withTotal;
    return *this;
}

ResourceQuery &ResourceQuery::expand(const QString &path)
{
    m_expands.append(path);
    return *this;
}

QUrlQuery ResourceQuery::toUrlQuery() const
{
    QUrlQuery query;
    for (const QString &predicate : m_where)
        query.addQueryItem(u"where"_s, encoded(predicate));
    for (const auto &[name, values] : m_variables) {
        for (const QString &value : values)
            query.addQueryItem(u"var."_s + name, encoded(value));
    }
    for (const QString &sort : m_sorts)
        query.addQueryItem(u"sort"_s, encoded(sort));
    if (m_limit)
        query.addQueryItem(u"limit"_s, QString::number(*m_limit));
    if (m_offset)
        query.addQueryItem(u"offset"_s, QString::number(*m_offset));
    if (m_withTotal)
        query.addQueryItem(u"withTotal"_s, *m_withTotal ? u"true"_s : u"false"_s);
    for (const QString &path : m_expands)
        query.addQueryItem(u"expand"_s, encoded(path));
    return query;
}

ResourceQuery ResourceQuery::keysetPage(const std::optional<QString> &lastId, int pageSize) const
{
    ResourceQuery page;
    page.m_where = m_where;
    page.m_variables = m_variables;
    page.m_expands = m_expands;
    page.m_valid = m_valid;
    if (lastId)
        page.where(u"id > "_s + quoted(*lastId));
    return page.sort(u"id"_s).limit(pageSize).withTotal(false);
}

QString ResourceQuery::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace commercedesk::api
