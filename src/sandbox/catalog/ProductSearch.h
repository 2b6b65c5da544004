// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/catalog/SearchRequest.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

namespace commercedesk::sandbox {

class Database;

// Runs a SearchRequest against the product side tables with SQL that only touches indexes
// (FTS5 for text, b-trees for skus, categories, attributes, prices, names). Produces the ordered
// page of product ids, the total, and the facet results. Same thread as its Database.
//
// Text search: every word of text.{locale} must match (prefix match on the last token of each
// word) in name, description, searchKeywords or skus of that locale; fuzzy=true relaxes this to
// "any word". Relevance (bm25) orders results when no sort is given.
// Price sort uses, per product, the lowest (asc) or highest (desc) centAmount among the prices
// whose scope fits the price selection (all prices when there is none).
class ProductSearch
{
public:
    struct Result
    {
        QStringList ids;
        qint64 total = 0;
        QJsonObject facets;
        QString error; // non-empty when the query failed
    };

    explicit ProductSearch(Database &database);
    Result run(const SearchRequest &request) const;

private:
    struct Sql
    {
        QString from = QStringLiteral("products p");
        QString joins;
        QVariantList joinBinds;
        QStringList where;
        QVariantList whereBinds;
        void add(const QString &condition, const QVariantList &binds = {});
    };

    Sql baseQuery(const SearchRequest &request, bool withScore) const;
    static bool addTerm(Sql &sql, const SearchTerm &term, int projection);
    QString orderBy(const SearchRequest &request, Sql &sql, QVariantList *orderBinds) const;
    QJsonObject facet(const SearchRequest &request, const SearchTerm &facet, const Sql &scope) const;
    QJsonObject termsFacet(const SearchTerm &facet, const QString &idSet, const QVariantList &binds,
                           int projection) const;
    QJsonObject rangeFacet(const SearchTerm &facet, const QString &idSet, const QVariantList &binds,
                           int projection) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
