// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/GatewayAuthorization.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace commercedesk::checkout {

/// What the checkout must remember about one cart's card authorization between the payment gateway and the
/// commerce API, so that a retry — also after the app was closed or crashed in between — never authorizes
/// the card a second time and never leaves an approved authorization behind (issue 22, item 6).
///
/// Once the Payment is on the cart, the Payment itself is the record (its Authorization transaction names the
/// PSP reference); the journal covers only the gap before that: the Idempotency-Key of an authorization
/// whose answer is not known yet (a replay with it returns the first answer), and the approved
/// authorization until its Payment is on the cart. It holds no card data: PSP reference, authorization code,
/// brand, last four digits and amount. Entries are written to disk before the call they protect
/// (QSettings::sync()), keyed by cart id. An empty path keeps them in memory (tests). One thread.
class AuthorizationJournal
{
public:
    struct Entry
    {
        QString idempotencyKey;                       ///< the key of the last authorization attempt
        std::optional<GatewayAuthorization> approved; ///< set once the gateway approved
        QString paymentId; ///< the Payment recording `approved`, once created (not yet on the cart)
    };

    explicit AuthorizationJournal(const QString &filePath);
    ~AuthorizationJournal();

    /// The default file: checkout-journal.ini under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    std::optional<Entry> entry(const QString &cartId) const;
    void rememberKey(const QString &cartId, const QString &idempotencyKey);
    void rememberApproved(const QString &cartId, const GatewayAuthorization &authorization);
    void rememberPayment(const QString &cartId, const QString &paymentId);
    /// Drops the cart's entry. The Idempotency-Key that created its approved authorization is kept (see
    /// creatorKey()): a later total change may still have to release that hold.
    void forget(const QString &cartId);
    /// The Idempotency-Key of the authorize request that created `authorizationId` (the gateway lets its
    /// creator void it), as long as this journal approved it; empty otherwise. The last 50 are kept.
    QString creatorKey(const QString &authorizationId) const;

private:
    QString group(const QString &cartId) const;
    void persist();

    std::unique_ptr<QSettings> m_settings; ///< null: memory only
    QHash<QString, Entry> m_memory;
    QHash<QString, QString> m_creatorsInMemory;
};

} // namespace commercedesk::checkout
