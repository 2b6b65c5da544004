// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/BusinessUnit.h"
#include "core/Customer.h"

#include <QObject>
#include <QPointer>

namespace commercedesk::api {
class ApiJob;
class OAuthTokenProvider;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::checkout {

class BuyerSession;
class CartSession;
class OrchestratorTokenProvider;

/// Sign-in, sign-up and sign-out of the buyer (password flow). Sign-in keeps the anonymous cart: first
/// `/me/login` (or `/me/signup`) with the anonymous session's token, which merges the anonymous cart into
/// the customer's, then the password-flow token replaces the session's token; the BuyerSession learns the
/// customer and the CartSession reloads the (merged) active cart. The password lives only in the pending
/// calls' captures and is never logged. Exactly one of signedIn()/failed() per signIn()/signUp() call;
/// calls while one is running are ignored. All pointers must outlive this object.
/// Through an orchestrator (the second constructor): sign-in, sign-up and sign-out are the session
/// provider's (`/v1/sessions/…`, which hands the anonymous cart over), the customer is then read with
/// `/v1/me`, and a customer session the orchestrator ends (sessionEnded) signs the buyer out here too.
class BuyerAccount final : public QObject
{
    Q_OBJECT

public:
    BuyerAccount(api::Transport *transport, api::OAuthTokenProvider *auth, BuyerSession *buyer,
                 CartSession *cart, QObject *parent = nullptr);
    BuyerAccount(api::Transport *transport, OrchestratorTokenProvider *sessions, BuyerSession *buyer,
                 CartSession *cart, QObject *parent = nullptr);
    ~BuyerAccount() override;

    bool isBusy() const { return m_busy; }
    void signIn(const QString &email, const QString &password);
    void signUp(const QString &email, const QString &password, const QString &firstName,
                const QString &lastName);
    void signOut();
    /// Continues a session kept from an earlier run (the token provider's refresh-token store): when the
    /// session's token belongs to a customer, loads that customer (`/me`) and goes on as after signIn()
    /// (signedIn(), the cart reloaded, business units). Otherwise — an anonymous session, or a kept session
    /// the auth server no longer accepts, or a customer that is gone — the buyer stays signed out, without
    /// an error: there was nothing to lose. Ignored while a sign-in runs or a buyer is signed in.
    void resume();
    /// The signed-in buyer's business units (`/me/business-units`) → businessUnitsLoaded(); for B2B the
    /// company unit (else the first) becomes the BuyerSession's unit (with the buyer's first role in it)
    /// unless one is chosen.
    void loadBusinessUnits();
    /// Acts for `unit` (one of businessUnits()).
    void chooseBusinessUnit(const QString &key);
    const QList<core::BusinessUnit> &businessUnits() const { return m_units; }
    /// The signed-in customer as the sign-in answered (addresses included); none when signed out. Nothing
    /// of it survives signOut().
    const std::optional<core::Customer> &customer() const { return m_customer; }
    /// The addresses to offer for shipping, best first: the business unit's (default first) when the buyer
    /// acts for one, then the customer's (default shipping address first).
    QList<core::Address> savedShippingAddresses() const;

Q_SIGNALS:
    void businessUnitsLoaded();
    void signedIn(const QString &email);
    void signedOut();
    void failed(const api::ApiError &error);

private:
    void obtainCustomerToken(const core::Customer &customer, const QString &password);
    /// Orchestrated: the session is the customer's now; read the customer and adopt it.
    void loadSignedInCustomer();
    void forgetBuyer();
    void adopt(const core::Customer &customer);
    void finishWith(const api::ApiError &error);

    api::Transport *m_transport;
    api::OAuthTokenProvider *m_auth = nullptr;
    OrchestratorTokenProvider *m_sessions = nullptr; ///< set instead of m_auth through an orchestrator
    BuyerSession *m_buyer;
    CartSession *m_cart;
    bool m_busy = false;
    QList<core::BusinessUnit> m_units;
    std::optional<core::Customer> m_customer;
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
