// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/RequestContext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariantMap>

#include <functional>

namespace commercedesk::sandbox {

class Database;

// The common read/update/delete mechanics of the simple commerce resources (shipping methods,
// zones, payments, extensions) on one table: by id or key, visibility filter (invisible = 404),
// versioned update {version, actions} applied in memory and written once with version+1 (409
// ConcurrentModification with currentVersion on a stale version), DELETE ?version. Same thread as
// the Database. Stateless apart from the references it holds for one request.
class StoredResources
{
public:
    using Visible = std::function<bool(const QJsonObject &)>;
    using ApplyAction = std::function<ActionResult(QJsonObject &resource, const QJsonObject &action)>;
    using Columns = std::function<QVariantMap(const QJsonObject &)>;

    StoredResources(Database &database, QString table, QString typeName);

    // id, version 1, createdAt, lastModifiedAt added to `draftDoc`; inserted with `columns`.
    HttpResponse create(QJsonObject doc, const QDateTime &now, const Columns &columns = {}) const;
    HttpResponse get(const RequestContext &ctx, bool byKey, const Visible &visible = {}) const;
    HttpResponse update(const RequestContext &ctx, bool byKey, const QDateTime &now, const ApplyAction &apply,
                        const Visible &visible = {}, const Columns &columns = {}) const;
    HttpResponse remove(const RequestContext &ctx, bool byKey, const Visible &visible = {}) const;

private:
    std::optional<QJsonObject> load(const RequestContext &ctx, bool byKey, const Visible &visible,
                                    HttpResponse *error) const;

    Database &m_database;
    QString m_table;
    QString m_typeName;
};

} // namespace commercedesk::sandbox
