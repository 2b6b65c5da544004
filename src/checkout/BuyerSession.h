// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiScope.h"
#include "checkout/BuyerContext.h"

#include <QObject>
#include <QString>

namespace commercedesk::checkout {

/// Who is buying, for whom and where: B2C or B2B, country, currency, store, locale, the signed-in customer
/// (or an anonymous session), and for B2B the business unit and the buyer's role in it. A plain state holder
/// with change signals; it does no I/O. Signals fire once per setter call that changed something.
class BuyerSession final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { B2C, B2B };
    Q_ENUM(Mode)

    explicit BuyerSession(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    const QString &country() const { return m_context.country; }
    const QString &currency() const { return m_context.currency; }
    const QString &locale() const { return m_context.locale; }
    const QString &storeKey() const { return m_storeKey; }
    bool isSignedIn() const { return !m_customerId.isEmpty(); }
    const QString &customerId() const { return m_customerId; }
    const QString &customerEmail() const { return m_customerEmail; }
    const QString &businessUnitKey() const { return m_businessUnitKey; }
    const QString &businessUnitName() const { return m_businessUnitName; }
    const QString &roleKey() const { return m_roleKey; }

    /// The price-selection context for catalog searches.
    const BuyerContext &buyerContext() const { return m_context; }
    /// Where the buyer's carts and orders live: `/me/…` for B2C (and B2B without a unit), else
    /// `/as-associate/{customerId}/in-business-unit/key={unit}/…`. Through an orchestrator
    /// (setOrchestrated): `/v1/…`, else `/v1/business-units/{unit}/…` — the associate is then never named
    /// by the app; the orchestrator takes it from the session token.
    api::ApiScope scope() const;
    /// True when the buyer's backend is an orchestrator (docs/deployment.md §4). Set once at composition.
    bool isOrchestrated() const { return m_orchestrated; }
    void setOrchestrated(bool orchestrated) { m_orchestrated = orchestrated; }
    /// B2B with a signed-in associate and a chosen unit.
    bool actsForBusinessUnit() const;

    void setMode(Mode mode);
    void setMarket(const QString &country, const QString &currency);
    /// A language tag ("de", "fr", …); the "C" locale and an empty tag mean English ("en").
    void setLocale(const QString &locale);
    void setStoreKey(const QString &storeKey);
    /// `customerGroupId` (empty: none) is the signed-in customer's group: it selects the group's prices in
    /// the catalog, as the platform selects them for the customer's carts. A changed group also emits
    /// contextChanged().
    void setCustomer(const QString &customerId, const QString &email, const QString &customerGroupId = {});
    void signOut();
    void setBusinessUnit(const QString &key, const QString &name, const QString &roleKey);

Q_SIGNALS:
    /// Mode, market, locale, store, business unit or customer group changed (prices and carts may differ
    /// now).
    void contextChanged();
    /// Signed in, signed out, or another customer.
    void customerChanged();

private:
    Mode m_mode = Mode::B2C;
    bool m_orchestrated = false;
    BuyerContext m_context;
    QString m_storeKey;
    QString m_customerId;
    QString m_customerEmail;
    QString m_businessUnitKey;
    QString m_businessUnitName;
    QString m_roleKey;
};

} // namespace commercedesk::checkout
