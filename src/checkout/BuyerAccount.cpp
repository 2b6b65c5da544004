// SPDX-License-Identifier: MIT
#include "checkout/BuyerAccount.h"

#include "api/BusinessUnitClient.h"
#include "api/CustomerClient.h"
#include "api/OAuthTokenProvider.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/OrchestratorTokenProvider.h"

namespace commercedesk::checkout {

BuyerAccount::BuyerAccount(api::Transport *transport, api::OAuthTokenProvider *auth, BuyerSession *buyer,
                           CartSession *cart, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_auth(auth)
    , m_buyer(buyer)
    , m_cart(cart)
{}

BuyerAccount::BuyerAccount(api::Transport *transport, OrchestratorTokenProvider *sessions,
                           BuyerSession *buyer, CartSession *cart, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_sessions(sessions)
    , m_buyer(buyer)
    , m_cart(cart)
{
    connect(sessions, &OrchestratorTokenProvider::sessionEnded, this, [this](const api::ApiError &) {
        if (!m_buyer->isSignedIn())
            return;
        forgetBuyer(); // signed out elsewhere, or the session expired: the buyer signs in again
        Q_EMIT signedOut();
    });
}

BuyerAccount::~BuyerAccount()
{
    if (m_job)
        m_job->cancel();
}

void BuyerAccount::finishWith(const api::ApiError &error)
{
    m_busy = false;
    Q_EMIT failed(error);
}

void BuyerAccount::signIn(const QString &email, const QString &password)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cart->flush();
    if (m_sessions) {
        m_sessions->signIn(email.trimmed(), password, this, [this](const auto &session) {
            if (!session.ok())
                return finishWith(session.error());
            loadSignedInCustomer();
        });
        return;
    }
    auto *job = api::CustomerClient(m_transport).signIn({email.trimmed(), password});
    m_job = job;
    job->onFinished(this, [this, password](const api::Result<api::CustomerSignInResult> &result) {
        if (!result.ok()) {
            finishWith(result.error());
            return;
        }
        obtainCustomerToken(result.value().customer, password);
    });
}

void BuyerAccount::signUp(const QString &email, const QString &password, const QString &firstName,
                          const QString &lastName)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cart->flush();
    api::CustomerDraft draft;
    draft.email = email.trimmed();
    draft.password = password;
    if (!firstName.trimmed().isEmpty())
        draft.firstName = firstName.trimmed();
    if (!lastName.trimmed().isEmpty())
        draft.lastName = lastName.trimmed();
    if (m_sessions) {
        m_sessions->signUp(draft.email, password, draft.firstName.value_or(QString()),
                           draft.lastName.value_or(QString()), this, [this](const auto &session) {
                               if (!session.ok())
                                   return finishWith(session.error());
                               loadSignedInCustomer();
                           });
        return;
    }
    auto *job = api::CustomerClient(m_transport).signUp(draft);
    m_job = job;
    job->onFinished(this, [this, password](const api::Result<api::CustomerSignInResult> &result) {
        if (!result.ok()) {
            finishWith(result.error());
            return;
        }
        obtainCustomerToken(result.value().customer, password);
    });
}

void BuyerAccount::obtainCustomerToken(const core::Customer &customer, const QString &password)
{
    m_auth->signIn(customer.email, password, this, [this, customer](const auto &token) {
        if (!token.ok()) {
            finishWith(token.error());
            return;
        }
        m_busy = false;
        adopt(customer);
    });
}

void BuyerAccount::loadSignedInCustomer()
{
    auto *job = api::CustomerClient(m_transport).me();
    m_job = job;
    job->onFinished(this, [this](const api::Result<core::Customer> &customer) {
        if (!customer.ok())
            return finishWith(customer.error());
        m_busy = false;
        adopt(customer.value());
    });
}

void BuyerAccount::adopt(const core::Customer &customer)
{
    m_customer = customer;
    m_cart->forget();
    m_buyer->setCustomer(customer.id, customer.email,
                         customer.customerGroup ? customer.customerGroup->id : QString());
    m_cart->load();
    Q_EMIT signedIn(customer.email);
    loadBusinessUnits();
}

void BuyerAccount::resume()
{
    if (m_busy || m_buyer->isSignedIn())
        return;
    m_busy = true;
    api::TokenProvider *tokens = m_sessions ? static_cast<api::TokenProvider *>(m_sessions) : m_auth;
    tokens->requestToken(this, [this](const api::Result<api::AccessToken> &token) {
        const QString customerId = m_sessions ? m_sessions->customerId() : m_auth->customerId();
        if (!token.ok() || customerId.isEmpty()) {
            m_busy = false;
            return;
        }
        auto *job = api::CustomerClient(m_transport).me();
        m_job = job;
        job->onFinished(this, [this](const api::Result<core::Customer> &customer) {
            m_busy = false;
            if (customer.ok() && !m_buyer->isSignedIn())
                adopt(customer.value());
        });
    });
}

void BuyerAccount::signOut()
{
    if (m_busy || !m_buyer->isSignedIn())
        return;
    const auto done = [this] {
        forgetBuyer();
        Q_EMIT signedOut();
    };
    if (m_sessions) {
        m_sessions->signOut(this, [done](const std::optional<api::ApiError> &) { done(); });
        return;
    }
    m_auth->signOut(this, [done](bool, const QString &) { done(); });
}

void BuyerAccount::forgetBuyer()
{
    m_cart->forget();
    m_units.clear();
    m_customer.reset();
    m_buyer->signOut();
}

QList<core::Address> BuyerAccount::savedShippingAddresses() const
{
    QList<core::Address> out;
    const auto addUnique = [&out](const core::Address &address) {
        if (!out.contains(address))
            out.append(address);
    };
    if (m_buyer->actsForBusinessUnit()) {
        for (const core::BusinessUnit &unit : m_units) {
            if (unit.key != m_buyer->businessUnitKey())
                continue;
            if (const auto preferred = unit.defaultShippingAddress())
                addUnique(*preferred);
            const QList<core::Address> shipping = unit.shippingAddresses();
            for (const core::Address &a : shipping.isEmpty() ? unit.addresses : shipping)
                addUnique(a);
        }
    }
    if (m_customer) {
        if (const auto preferred = m_customer->defaultShippingAddress())
            addUnique(*preferred);
        for (const core::Address &a : m_customer->addresses)
            addUnique(a);
    }
    return out;
}

void BuyerAccount::loadBusinessUnits()
{
    if (!m_buyer->isSignedIn())
        return;
    auto *job = api::BusinessUnitClient(m_transport).myBusinessUnits();
    job->onFinished(this, [this](const auto &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        m_units = result.value().results;
        Q_EMIT businessUnitsLoaded();
        if (m_buyer->businessUnitKey().isEmpty() && !m_units.isEmpty()) {
            // The company itself by default; its divisions are one choice away.
            const auto company =
                std::find_if(m_units.cbegin(), m_units.cend(), [](const core::BusinessUnit &u) {
                    return u.unitType == core::BusinessUnitType::Company;
                });
            chooseBusinessUnit(company != m_units.cend() ? company->key : m_units.first().key);
        }
    });
}

void BuyerAccount::chooseBusinessUnit(const QString &key)
{
    for (const core::BusinessUnit &unit : std::as_const(m_units)) {
        if (unit.key != key)
            continue;
        QString role;
        for (const core::Associate &associate : unit.associates) {
            if (associate.customer.id == m_buyer->customerId() && !associate.roleKeys().isEmpty())
                role = associate.roleKeys().first();
        }
        m_buyer->setBusinessUnit(unit.key, unit.name, role); // the cart session follows the new scope
        return;
    }
}

} // namespace commercedesk::checkout
