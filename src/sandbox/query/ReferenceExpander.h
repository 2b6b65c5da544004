// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace commercedesk::sandbox {

class Database;

// Reference expansion (commercetools `expand`): for each path ("cart", "paymentInfo.payments[*]",
// "shippingInfo.shippingMethod", …) the Reference or KeyReference found there gets an `obj` with
// the referenced resource, loaded from its table by id (or by key for KeyReferences). Paths that
// lead nowhere, unknown typeIds and missing resources leave the JSON unchanged. Same thread as the
// Database; read-only.
class ReferenceExpander
{
public:
    explicit ReferenceExpander(Database &database);

    QJsonObject expand(const QJsonObject &resource, const QStringList &paths) const;
    // The table that stores a typeId ("payment" → "payments"); empty when not expandable.
    static QString tableFor(const QString &typeId);

private:
    QJsonValue expandAt(const QJsonValue &value, const QStringList &segments, qsizetype index) const;
    QJsonObject resolve(const QJsonObject &reference) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
