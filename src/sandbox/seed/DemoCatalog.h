// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace commercedesk::sandbox {

// The deterministic reference data of the demo project: category tree (a B2C retail range and a B2B
// industrial range), tax categories with rates per country, product types, the "b2b" customer
// group and the "store-berlin" distribution channel. Every id is derived from the key
// (JsonValues::seededId), so two sandboxes agree on them. Stateless apart from the timestamp.
class DemoCatalog
{
public:
    explicit DemoCatalog(QDateTime now);

    QList<QJsonObject> categories() const; // parents before children
    QList<QJsonObject> taxCategories() const;
    QList<QJsonObject> productTypes() const;
    QList<QJsonObject> customerGroups() const;
    QList<QJsonObject> channels() const;
    // Project settings for GET /{projectKey}.
    QJsonObject project(const QString &projectKey) const;

    static QString categoryId(const QString &key);
    static QString taxCategoryId(const QString &key);
    static QString productTypeId(const QString &key);
    static QString customerGroupId(const QString &key);
    static QString channelId(const QString &key);

private:
    QJsonObject resource(const QString &typeId, const QString &key) const;

    QDateTime m_now;
};

} // namespace commercedesk::sandbox
