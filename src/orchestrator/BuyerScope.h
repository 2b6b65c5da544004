// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/SessionClaims.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace commercedesk::orchestrator {

/// A validated listing of the buyer's orders (`GET /v1/orders`): the predicate is built from these values
/// server-side; the buyer never sends a `where`.
struct OrderListing
{
    int limit = 20;
    int offset = 0;
    QStringList sort{QStringLiteral("createdAt desc")}; ///< "<field> asc|desc", fields from a fixed list
    QString purchaseOrderNumber;                        ///< empty = any
    bool withTotal = true;
};

/// On whose behalf a request runs, and where on commercetools its carts and orders live:
/// - B2C: the admin endpoints (`/carts`, `/orders`) with the session's customer (or anonymous) id written
///   into every draft and checked on every resource read — the orchestrator is the gate;
/// - B2B: `/as-associate/{associateId}/in-business-unit/key={key}/…` with the associate taken from the
///   session (never from the request) and the business unit from the path — the platform's permission
///   gate applies (AssociateMissingPermission, foreign units) and the orchestrator additionally checks
///   that what it returns belongs to that business unit.
/// A cheap value.
class BuyerScope
{
public:
    static BuyerScope consumer(const SessionClaims &session);
    static BuyerScope associate(const SessionClaims &session, const QString &businessUnitKey);

    /// True for a value usable as one path segment (ids, keys, order numbers): letters, digits, `-_.`.
    static bool isSafeSegment(const QString &value);

    bool isB2B() const { return !m_businessUnitKey.isEmpty(); }
    const QString &businessUnitKey() const { return m_businessUnitKey; }
    const QString &customerId() const { return m_customerId; }

    QString carts() const;
    QString cart(const QString &id) const;
    QString orders() const;
    QString order(const QString &id) const;

    /// Whether a cart or order read with the trusted client may be shown to this buyer.
    bool owns(const QJsonObject &resource) const;
    /// Adds the owner to a cart draft (B2C: customerId or anonymousId; B2B: the path carries it).
    void addOwner(QJsonObject *cartDraft) const;
    /// B2C: "c:<customerId>" or "a:<anonymousId>" (for OwnershipCache); B2B: empty (the platform checks).
    QString ownerKey() const;
    /// The query of the buyer's orders (B2C: only the session's customer's or anonymous session's; B2B:
    /// the as-associate endpoint decides what the associate's role shows).
    QUrlQuery history(const OrderListing &listing) const;
    /// The query of this buyer's order with that number (for idempotent order placement).
    QUrlQuery byOrderNumber(const QString &orderNumber) const;

private:
    QString m_customerId;
    QString m_anonymousId;
    QString m_businessUnitKey;
};

} // namespace commercedesk::orchestrator
