// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// The payment gateway's own SQLite file (gateway.sqlite in the data dir): authorizations as JSON
// (brand, last4, expiry — the caller never hands it a card number or CVC) and the idempotency
// records that make a retried request return the stored answer, also after a restart.
// Same thread as its creator (one Qt SQL connection).
class GatewayStore
{
public:
    struct Replay
    {
        QString fingerprint;
        int status = 0;
        QByteArray body;
    };

    GatewayStore();
    ~GatewayStore();

    // Opens/creates the file and its tables. False + *error on failure.
    bool open(const QString &filePath, QString *error);

    std::optional<QJsonObject> authorization(const QString &id) const;
    // The answer recorded for (key, operation), if any.
    std::optional<Replay> replay(const QString &key, const QString &operation) const;
    // Stores `authorization` (insert or replace by id) and, when `key` is not empty, the answer under
    // (key, operation) — in one transaction. False on SQL failure.
    bool save(const QJsonObject &authorization, const QString &key, const QString &operation,
              const Replay &answer, const QString &createdAt);
    // Adds authorizations made elsewhere (the demo store's, sandbox/orders/DemoPayments) in one
    // transaction; an id the store holds already is left as it is. False on SQL failure (nothing added).
    bool import(const QList<QJsonObject> &authorizations, const QString &createdAt);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace commercedesk::sandbox
