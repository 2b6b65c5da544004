// SPDX-License-Identifier: MIT
#include "sandbox/query/QuerySort.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// The value at `path` (the first element where the path crosses an array); undefined if missing.
QJsonValue valueAt(const QJsonObject &doc, const QStringList &path)
{
    QJsonValue v = doc;
    for (const QString &segment : path) {
        while (v.isArray())
            v = v.toArray().isEmpty() ? QJsonValue(QJsonValue::Undefined) : v.toArray().first();
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(segment);
    }
    while (v.isArray())
        v = v.toArray().isEmpty() ? QJsonValue(QJsonValue::Undefined) : v.toArray().first();
    return v;
}

// Orders missing < bool < number < string; same types by value.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const auto rank = [](const QJsonValue &v) {
        return v.isBool() ? 1 : v.isDouble() ? 2 : v.isString() ? 3 : 0;
    };
    const int ra = rank(a), rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (ra) {
    case 1:
        return int(a.toBool()) - int(b.toBool());
    case 2:
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    case 3: {
        const int c = a.toString().compare(b.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    default:
        return 0;
    }
}

} // namespace

std::optional<QuerySort> QuerySort::parse(const QStringList &expressions,
                                          const QHash<QString, QString> &columns, QString *error)
{
    static const QRegularExpression syntax(
        u"^\\s*([A-Za-z_][A-Za-z0-9_\\-]*(?:\\.[A-Za-z_][A-Za-z0-9_\\-]*)*)(?:\\s+(asc|desc))?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QuerySort sort;
    for (const QString &expression : expressions) {
        const auto m = syntax.match(expression);
        if (!m.hasMatch()) {
            *error = u"Malformed parameter: sort: '%1' is not a valid sort expression (expected "
                     u"'<field.path> asc|desc')."_s.arg(expression);
            return std::nullopt;
        }
        Key key;
        key.path = m.captured(1).split(u'.');
        key.descending = m.captured(2).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
        key.column = columns.value(m.captured(1));
        sort.m_inMemory = sort.m_inMemory || key.column.isEmpty();
        sort.m_keys.append(key);
    }
    return sort;
}

QString QuerySort::orderBy() const
{
    QStringList terms;
    bool hasId = false;
    for (const Key &key : m_keys) {
        terms.append(key.column % (key.descending ? u" DESC"_s : u" ASC"_s));
        hasId = hasId || key.column == u"id"_s;
    }
    if (!hasId)
        terms.append(tieBreakerDescending() ? u"id DESC"_s : u"id ASC"_s);
    return terms.join(u", "_s);
}

QStringList QuerySort::columns() const
{
    QStringList names;
    for (const Key &key : m_keys) {
        if (!names.contains(key.column))
            names.append(key.column);
    }
    if (!names.contains(u"id"_s))
        names.append(u"id"_s);
    return names;
}

bool QuerySort::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    return lessThanKeys(keysOf(a), keysOf(b));
}

QJsonArray QuerySort::keysOf(const QJsonObject &doc) const
{
    QJsonArray keys;
    for (const Key &key : m_keys) {
        const QJsonValue v = valueAt(doc, key.path);
        keys.append(v.isUndefined() ? QJsonValue(QJsonValue::Null) : v); // missing sorts as null (first)
    }
    keys.append(doc.value(u"id"_s).toString());
    return keys;
}

bool QuerySort::lessThanKeys(const QJsonArray &a, const QJsonArray &b) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const int c = compareValues(a.at(i), b.at(i));
        if (c != 0)
            return m_keys.at(i).descending ? c > 0 : c < 0;
    }
    const QString idA = a.last().toString(), idB = b.last().toString();
    return tieBreakerDescending() ? idB < idA : idA < idB;
}

} // namespace commercedesk::sandbox
