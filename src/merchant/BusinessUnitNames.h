// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace commercedesk::api {
class BusinessUnitClient;
class ApiJob;
} // namespace commercedesk::api

namespace commercedesk::merchant {

/// The names of the business units the order desk shows, looked up by key: a seller reads "ACME Industrial
/// GmbH", not "acme-industrial". request() asks for keys not yet known, in one `key in (…)` query per
/// batch of at most kBatch; namesChanged() follows each answer. A key the project does not know, or any
/// answer without names (no view_business_units scope, a failure), is not asked for again in this
/// session: name() then stays empty and the caller shows the key. GUI thread.
class BusinessUnitNames final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatch = 100;

    /// `client` may be null (the identity may not read business units): every name stays empty.
    explicit BusinessUnitNames(api::BusinessUnitClient *client, QObject *parent = nullptr);
    ~BusinessUnitNames() override;

    /// The unit's name, or empty while unknown.
    QString name(const QString &key) const { return m_names.value(key); }
    /// Looks up the keys not asked for yet.
    void request(const QStringList &keys);

Q_SIGNALS:
    void namesChanged();

private:
    void startNext();

    api::BusinessUnitClient *m_client;
    QHash<QString, QString> m_names;
    QSet<QString> m_asked; ///< known, in flight or given up on
    QStringList m_waiting; ///< asked for, not yet sent
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::merchant
