// SPDX-License-Identifier: MIT
#include "sandbox/catalog/ProductIndexer.h"

#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

ProductIndexer::ProductIndexer(Database &database)
    : m_database(database)
    , m_name(database.connection())
    , m_category(database.connection())
    , m_attribute(database.connection())
    , m_price(database.connection())
    , m_sku(database.connection())
    , m_text(database.connection())
{
    m_name.prepare(u"INSERT INTO product_names (product_id, projection, locale, name) VALUES (?, ?, ?, ?)"_s);
    m_category.prepare(
        u"INSERT OR IGNORE INTO product_categories (product_id, projection, category_id) VALUES (?, ?, ?)"_s);
    m_attribute.prepare(u"INSERT INTO product_attributes (product_id, projection, variant_id, name, value) "
                        u"VALUES (?, ?, ?, ?, ?)"_s);
    m_price.prepare(u"INSERT INTO product_prices (product_id, projection, variant_id, currency, country, "
                    u"customer_group_id, channel_id, cent_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_sku.prepare(u"INSERT OR REPLACE INTO product_skus (sku, product_id, variant_id) VALUES (?, ?, ?)"_s);
    m_text.prepare(u"INSERT INTO product_text (body, product_id, projection, locale) VALUES (?, ?, ?, ?)"_s);
}

bool ProductIndexer::run(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

QString ProductIndexer::attributeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isObject() && value.toObject().contains(u"key"_s))
        return value.toObject().value(u"key"_s).toString();
    return {};
}

bool ProductIndexer::removeIndex(const QString &productId)
{
    const QVariantList id{productId};
    return m_database.exec(u"DELETE FROM product_names WHERE product_id = ?"_s, id) &&
           m_database.exec(u"DELETE FROM product_categories WHERE product_id = ?"_s, id) &&
           m_database.exec(u"DELETE FROM product_attributes WHERE product_id = ?"_s, id) &&
           m_database.exec(u"DELETE FROM product_prices WHERE product_id = ?"_s, id) &&
           m_database.exec(u"DELETE FROM product_skus WHERE product_id = ?"_s, id) &&
           m_database.exec(u"DELETE FROM product_text WHERE product_id = ?"_s, id);
}

bool ProductIndexer::put(const QJsonObject &product, bool fresh)
{
    const QString id = product.value(u"id"_s).toString();
    const QJsonObject master = product.value(u"masterData"_s).toObject();
    const QString key = product.value(u"key"_s).toString();
    const bool ok = (fresh || removeIndex(id)) &&
                    m_database.exec(u"INSERT OR REPLACE INTO products (id, key, version, created_at, "
                                    u"last_modified_at, doc, published) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                    {id, nullIfEmpty(key), product.value(u"version"_s).toInteger(),
                                     product.value(u"createdAt"_s).toString(),
                                     product.value(u"lastModifiedAt"_s).toString(),
                                     QJsonDocument(product).toJson(QJsonDocument::Compact),
                                     master.value(u"published"_s).toBool() ? 1 : 0});
    if (!ok) {
        m_error = m_database.errorString();
        return false;
    }
    return indexProjection(id, 0, master.value(u"current"_s).toObject()) &&
           indexProjection(
               id, 1, master.value(master.contains(u"staged"_s) ? u"staged"_s : u"current"_s).toObject());
}

bool ProductIndexer::indexVariant(const QString &productId, int projection, const QJsonObject &variant,
                                  QStringList *skus)
{
    const int variantId = variant.value(u"id"_s).toInt();
    const QString sku = variant.value(u"sku"_s).toString();
    if (!sku.isEmpty()) {
        skus->append(sku);
        if (projection == 1 && !run(m_sku, {sku, productId, variantId}))
            return false;
    }
    for (const QJsonValue &a : variant.value(u"attributes"_s).toArray()) {
        const QJsonObject attr = a.toObject();
        const QString text = attributeText(attr.value(u"value"_s));
        if (!text.isEmpty() &&
            !run(m_attribute, {productId, projection, variantId, attr.value(u"name"_s).toString(), text}))
            return false;
    }
    for (const QJsonValue &p : variant.value(u"prices"_s).toArray()) {
        const QJsonObject price = p.toObject();
        const QJsonObject value = price.value(u"value"_s).toObject();
        if (!run(m_price, {productId, projection, variantId, value.value(u"currencyCode"_s).toString(),
                           nullIfEmpty(price.value(u"country"_s).toString()),
                           nullIfEmpty(price.value(u"customerGroup"_s).toObject().value(u"id"_s).toString()),
                           nullIfEmpty(price.value(u"channel"_s).toObject().value(u"id"_s).toString()),
                           value.value(u"centAmount"_s).toInteger()})) {
            return false;
        }
    }
    return true;
}

bool ProductIndexer::indexProjection(const QString &productId, int projection, const QJsonObject &data)
{
    QStringList skus;
    if (!indexVariant(productId, projection, data.value(u"masterVariant"_s).toObject(), &skus))
        return false;
    for (const QJsonValue &v : data.value(u"variants"_s).toArray()) {
        if (!indexVariant(productId, projection, v.toObject(), &skus))
            return false;
    }
    for (const QJsonValue &c : data.value(u"categories"_s).toArray()) {
        if (!run(m_category, {productId, projection, c.toObject().value(u"id"_s).toString()}))
            return false;
    }
    const QJsonObject names = data.value(u"name"_s).toObject();
    const QJsonObject descriptions = data.value(u"description"_s).toObject();
    const QJsonObject keywords = data.value(u"searchKeywords"_s).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString locale = it.key();
        if (!run(m_name, {productId, projection, locale, it.value().toString()}))
            return false;
        QStringList body{it.value().toString(), descriptions.value(locale).toString()};
        for (const QJsonValue &k : keywords.value(locale).toArray())
            body.append(k.toObject().value(u"text"_s).toString());
        body.append(skus);
        if (!run(m_text, {body.join(u' '), productId, projection, locale}))
            return false;
    }
    return true;
}

} // namespace commercedesk::sandbox
