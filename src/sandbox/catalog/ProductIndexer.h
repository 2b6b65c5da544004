// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSqlQuery>

namespace commercedesk::sandbox {

class Database;

// Stores Product documents and keeps their search side tables in step (skus, names per locale,
// categories, attribute values, price rows, full-text rows) for both projections (0 = current,
// 1 = staged). A document may omit masterData.staged while it equals masterData.current; staged is
// then indexed from current (ProductProjector reads it the same way). Call inside the caller's transaction.
// Holds prepared statements, so reuse one indexer for bulk loads. Same thread as its Database.
class ProductIndexer
{
public:
    explicit ProductIndexer(Database &database);

    // Inserts or replaces the product and its index rows. False + errorString() on failure.
    // `fresh` = the product is known not to exist yet (bulk seeding): skips clearing old rows.
    bool put(const QJsonObject &product, bool fresh = false);
    QString errorString() const { return m_error; }

    // The text a value contributes to attribute filters/facets: strings as-is, numbers and booleans
    // printed, enums by key; empty for values that are not filterable here.
    static QString attributeText(const QJsonValue &value);

private:
    bool removeIndex(const QString &productId);
    bool indexProjection(const QString &productId, int projection, const QJsonObject &data);
    bool indexVariant(const QString &productId, int projection, const QJsonObject &variant,
                      QStringList *skus);
    bool run(QSqlQuery &query, const QVariantList &binds);

    Database &m_database;
    QString m_error;
    QSqlQuery m_name, m_category, m_attribute, m_price, m_sku, m_text;
};

} // namespace commercedesk::sandbox
