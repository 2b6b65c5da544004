// SPDX-License-Identifier: MIT
#include "sandbox/catalog/ProductSearch.h"

#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    m.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        m.append(u"?"_s);
    return m.join(u", "_s);
}

QVariantList toVariants(const QStringList &values)
{
    QVariantList out;
    for (const QString &v : values)
        out.append(v);
    return out;
}

// FTS5 expression: each word becomes a quoted phrase with a prefix marker; AND (or OR when fuzzy).
QString ftsExpression(const QString &text, bool fuzzy)
{
    QStringList phrases;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        bool meaningful = false;
        for (QChar c : word)
            meaningful = meaningful || c.isLetterOrNumber();
        if (!meaningful)
            continue;
        word.replace(u'"', u"\"\""_s);
        phrases.append(u'"' % word % u"\"*"_s);
    }
    return phrases.join(fuzzy ? u" OR "_s : u" AND "_s);
}

// "(x >= ? AND x <= ?) OR …" for inclusive ranges.
QString rangeCondition(const QString &column, const QList<SearchTerm::Range> &ranges, QVariantList *binds)
{
    QStringList parts;
    for (const SearchTerm::Range &r : ranges) {
        QStringList bounds;
        if (r.from) {
            bounds.append(column % u" >= ?"_s);
            binds->append(*r.from);
        }
        if (r.to) {
            bounds.append(column % u" <= ?"_s);
            binds->append(*r.to);
        }
        parts.append(bounds.isEmpty() ? u"1"_s : u'(' % bounds.join(u" AND "_s) % u')');
    }
    return u'(' % parts.join(u" OR "_s) % u')';
}

QSqlQuery execute(Database &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return q;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        *error = q.lastError().text();
    return q;
}

} // namespace

void ProductSearch::Sql::add(const QString &condition, const QVariantList &binds)
{
    where.append(condition);
    whereBinds.append(binds);
}

ProductSearch::ProductSearch(Database &database)
    : m_database(database)
{}

bool ProductSearch::addTerm(Sql &sql, const SearchTerm &term, int projection)
{
    const QVariantList values = toVariants(term.values);
    switch (term.field) {
    case SearchTerm::Field::Id:
        sql.add(u"p.id IN ("_s % marks(values.size()) % u')', values);
        return true;
    case SearchTerm::Field::Key:
        sql.add(u"p.key IN ("_s % marks(values.size()) % u')', values);
        return true;
    case SearchTerm::Field::Sku:
        sql.add(u"p.id IN (SELECT product_id FROM product_skus WHERE sku IN ("_s % marks(values.size()) %
                    u"))"_s,
                values);
        return true;
    case SearchTerm::Field::CategoryId: {
        QStringList parts;
        QVariantList binds{projection};
        if (!values.isEmpty()) {
            parts.append(u"category_id IN ("_s % marks(values.size()) % u')');
            binds.append(values);
        }
        for (const QString &root : term.subtrees) {
            parts.append(
                u"category_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM categories c "
                u"JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)"_s);
            binds.append(root);
        }
        sql.add(u"p.id IN (SELECT product_id FROM product_categories WHERE projection = ? AND ("_s %
                    parts.join(u" OR "_s) % u"))"_s,
                binds);
        return true;
    }
    case SearchTerm::Field::Attribute: {
        QVariantList binds{term.attribute, projection};
        QString condition;
        if (!term.ranges.isEmpty()) {
            condition = rangeCondition(u"CAST(value AS INTEGER)"_s, term.ranges, &binds);
        } else {
            condition = u"value IN ("_s % marks(values.size()) % u')';
            binds.append(values);
        }
        sql.add(
            u"p.id IN (SELECT product_id FROM product_attributes WHERE name = ? AND projection = ? AND "_s %
                condition % u')',
            binds);
        return true;
    }
    case SearchTerm::Field::PriceCentAmount: {
        QVariantList binds{projection};
        QString condition;
        if (!term.ranges.isEmpty()) {
            condition = rangeCondition(u"cent_amount"_s, term.ranges, &binds);
        } else {
            condition = u"cent_amount IN ("_s % marks(values.size()) % u')';
            for (const QString &v : term.values)
                binds.append(v.toLongLong());
        }
        sql.add(u"p.id IN (SELECT product_id FROM product_prices WHERE projection = ? AND "_s % condition %
                    u')',
                binds);
        return true;
    }
    }
    return false;
}

ProductSearch::Sql ProductSearch::baseQuery(const SearchRequest &request, bool withScore) const
{
    Sql sql;
    const int projection = request.staged ? 1 : 0;
    const QString fts = ftsExpression(request.text, request.fuzzy);
    if (!fts.isEmpty()) {
        // CROSS JOIN pins the FTS hits as the outer loop: products are then looked up by id.
        sql.from =
            u"(SELECT product_id AS tid, "_s % (withScore ? u"bm25(product_text)"_s : u"0"_s) %
            u" AS score FROM product_text WHERE product_text MATCH ? AND locale = ? AND projection = ?) t "
            u"CROSS JOIN products p ON p.id = t.tid"_s;
        sql.joinBinds = {fts, request.textLocale, projection};
    } else if (!request.text.trimmed().isEmpty()) {
        sql.add(u"0"_s); // only punctuation: nothing can match
    }
    if (!request.staged)
        sql.add(u"p.published = 1"_s);
    for (const SearchTerm &term : request.filterQuery)
        addTerm(sql, term, projection);
    return sql;
}

QString ProductSearch::orderBy(const SearchRequest &request, Sql &sql, QVariantList *orderBinds) const
{
    const int projection = request.staged ? 1 : 0;
    const bool hasText = !sql.joinBinds.isEmpty();
    QStringList order;
    int nameJoins = 0;
    for (const SearchSort &s : request.sorts) {
        const QString dir = s.descending ? u" DESC"_s : u" ASC"_s;
        switch (s.field) {
        case SearchSort::Field::Name: {
            const QString alias = u"sn"_s % QString::number(nameJoins++);
            sql.joins += u" LEFT JOIN product_names "_s % alias % u" ON "_s % alias %
                         u".product_id = p.id AND "_s % alias % u".projection = ? AND "_s % alias %
                         u".locale = ?"_s;
            sql.joinBinds.append({projection, s.locale});
            order.append(alias % u".name"_s % dir);
            break;
        }
        case SearchSort::Field::CreatedAt:
            order.append(u"p.created_at"_s % dir);
            break;
        case SearchSort::Field::LastModifiedAt:
            order.append(u"p.last_modified_at"_s % dir);
            break;
        case SearchSort::Field::Id:
            order.append(u"p.id"_s % dir);
            break;
        case SearchSort::Field::Score:
            if (hasText)
                order.append(u"t.score"_s % (s.descending ? u" ASC"_s : u" DESC"_s)); // bm25: lower = better
            break;
        case SearchSort::Field::Price: {
            QString sub = u"(SELECT "_s % (s.descending ? u"MAX"_s : u"MIN"_s) %
                          u"(pp.cent_amount) FROM product_prices pp INDEXED BY product_prices_product "
                          u"WHERE pp.product_id = p.id AND pp.projection = ?"_s;
            orderBinds->append(projection);
            if (request.prices.isActive()) {
                sub +=
                    u" AND pp.currency = ? AND (pp.country IS NULL OR pp.country = ?) AND "
                    u"(pp.customer_group_id IS "
                    u"NULL OR pp.customer_group_id = ?) AND (pp.channel_id IS NULL OR pp.channel_id = ?)"_s;
                orderBinds->append({request.prices.currency, request.prices.country,
                                    request.prices.customerGroupId, request.prices.channelId});
            }
            order.append(sub % u')' % dir);
            break;
        }
        }
    }
    if (order.isEmpty())
        order.append(hasText ? u"t.score ASC"_s : u"p.created_at ASC"_s);
    order.append(u"p.id ASC"_s);
    return order.join(u", "_s);
}

ProductSearch::Result ProductSearch::run(const SearchRequest &request) const
{
    Result result;
    const int projection = request.staged ? 1 : 0;
    const Sql base = baseQuery(request, true);
    Sql sql = base;
    for (const SearchTerm &term : request.filter)
        addTerm(sql, term, projection);
    const QString where = sql.where.isEmpty() ? QString() : u" WHERE "_s % sql.where.join(u" AND "_s);

    QSqlQuery count = execute(m_database, u"SELECT COUNT(*) FROM "_s % sql.from % sql.joins % where,
                              sql.joinBinds + sql.whereBinds, &result.error);
    if (!result.error.isEmpty())
        return result;
    result.total = count.next() ? count.value(0).toLongLong() : 0;

    QVariantList orderBinds;
    Sql sorted = sql;
    const QString order = orderBy(request, sorted, &orderBinds);
    QSqlQuery page = execute(m_database,
                             u"SELECT p.id FROM "_s % sorted.from % sorted.joins % where % u" ORDER BY "_s %
                                 order % u" LIMIT ? OFFSET ?"_s,
                             sorted.joinBinds + sorted.whereBinds + orderBinds +
                                 QVariantList{request.paging.limit, request.paging.offset},
                             &result.error);
    while (result.error.isEmpty() && page.next())
        result.ids.append(page.value(0).toString());

    Sql facetScope = baseQuery(request, false);
    for (const SearchTerm &term : request.filterFacets)
        addTerm(facetScope, term, projection);
    for (const SearchTerm &f : request.facets)
        result.facets.insert(f.alias.isEmpty() ? f.expression : f.alias, facet(request, f, facetScope));
    return result;
}

QJsonObject ProductSearch::facet(const SearchRequest &request, const SearchTerm &f, const Sql &scope) const
{
    const QString idSet = u"SELECT p.id FROM "_s % scope.from % scope.joins %
                          (scope.where.isEmpty() ? QString() : u" WHERE "_s % scope.where.join(u" AND "_s));
    const QVariantList binds = scope.joinBinds + scope.whereBinds;
    const int projection = request.staged ? 1 : 0;
    if (f.field == SearchTerm::Field::PriceCentAmount && !f.ranges.isEmpty())
        return rangeFacet(f, idSet, binds, projection);
    return termsFacet(f, idSet, binds, projection);
}

QJsonObject ProductSearch::termsFacet(const SearchTerm &f, const QString &idSet, const QVariantList &binds,
                                      int projection) const
{
    QString table, column, extra;
    QVariantList pre{projection};
    QString dataType = u"text"_s;
    switch (f.field) {
    case SearchTerm::Field::Attribute:
        table = u"product_attributes"_s, column = u"value"_s, extra = u" AND name = ?"_s;
        pre.append(f.attribute);
        break;
    case SearchTerm::Field::CategoryId:
        table = u"product_categories"_s, column = u"category_id"_s;
        break;
    case SearchTerm::Field::PriceCentAmount:
        table = u"product_prices"_s, column = u"cent_amount"_s, dataType = u"number"_s;
        break;
    default:
        return QJsonObject{{u"type"_s, u"terms"_s}, {u"dataType"_s, dataType}, {u"missing"_s, 0},
                           {u"total"_s, 0},         {u"other"_s, 0},           {u"terms"_s, QJsonArray()}};
    }
    QString error;
    QSqlQuery q = execute(m_database,
                          u"SELECT "_s % column % u", COUNT(*), COUNT(DISTINCT product_id) FROM "_s % table %
                              u" WHERE projection = ?"_s % extra % u" AND product_id IN ("_s % idSet %
                              u") GROUP BY "_s % column % u" ORDER BY COUNT(*) DESC, "_s % column,
                          pre + binds, &error);
    constexpr int MaxTerms = 100;
    QJsonArray terms;
    qint64 total = 0, other = 0;
    while (error.isEmpty() && q.next()) {
        const qint64 n = q.value(1).toLongLong();
        total += n;
        if (terms.size() >= MaxTerms) {
            other += n;
            continue;
        }
        QJsonObject t{{u"term"_s, q.value(0).toString()}, {u"count"_s, n}};
        if (f.countProducts)
            t.insert(u"productCount"_s, q.value(2).toLongLong());
        terms.append(t);
    }
    return QJsonObject{{u"type"_s, u"terms"_s}, {u"dataType"_s, dataType}, {u"missing"_s, 0},
                       {u"total"_s, total},     {u"other"_s, other},       {u"terms"_s, terms}};
}

QJsonObject ProductSearch::rangeFacet(const SearchTerm &f, const QString &idSet, const QVariantList &binds,
                                      int projection) const
{
    QJsonArray ranges;
    for (const SearchTerm::Range &r : f.ranges) {
        QVariantList all{projection};
        QString condition;
        if (r.from) {
            condition += u" AND cent_amount >= ?"_s;
            all.append(*r.from);
        }
        if (r.to) {
            condition += u" AND cent_amount < ?"_s; // facet ranges: lower bound inclusive, upper exclusive
            all.append(*r.to);
        }
        QString error;
        QSqlQuery q = execute(m_database,
                              u"SELECT COUNT(*), MIN(cent_amount), MAX(cent_amount), SUM(cent_amount), "
                              u"COUNT(DISTINCT product_id) FROM product_prices WHERE projection = ?"_s %
                                  condition % u" AND product_id IN ("_s % idSet % u')',
                              all + binds, &error);
        const bool ok = error.isEmpty() && q.next();
        const qint64 n = ok ? q.value(0).toLongLong() : 0;
        const qint64 sum = ok ? q.value(3).toLongLong() : 0;
        QJsonObject o{{u"from"_s, r.from ? double(*r.from) : 0.0},
                      {u"fromStr"_s, r.from ? QString::number(*r.from) : QString()},
                      {u"to"_s, r.to ? double(*r.to) : 0.0},
                      {u"toStr"_s, r.to ? QString::number(*r.to) : QString()},
                      {u"count"_s, n},
                      {u"totalCount"_s, n},
                      {u"total"_s, double(sum)},
                      {u"min"_s, ok ? q.value(1).toDouble() : 0.0},
                      {u"max"_s, ok ? q.value(2).toDouble() : 0.0},
                      {u"mean"_s, n > 0 ? double(sum) / double(n) : 0.0}};
        if (f.countProducts)
            o.insert(u"productCount"_s, ok ? q.value(4).toLongLong() : 0);
        ranges.append(o);
    }
    return QJsonObject{{u"type"_s, u"range"_s}, {u"dataType"_s, u"number"_s}, {u"ranges"_s, ranges}};
}

} // namespace commercedesk::sandbox
