// SPDX-License-Identifier: MIT
#include "checkout/BuyerSession.h"

namespace commercedesk::checkout {

BuyerSession::BuyerSession(QObject *parent)
    : QObject(parent)
{}

api::ApiScope BuyerSession::scope() const
{
    if (m_orchestrated) {
        return actsForBusinessUnit() ? api::ApiScope::orchestratorBusinessUnit(m_businessUnitKey)
                                     : api::ApiScope::orchestrator();
    }
    if (actsForBusinessUnit())
        return api::ApiScope::asAssociate(m_customerId, m_businessUnitKey);
    return api::ApiScope::me();
}

bool BuyerSession::actsForBusinessUnit() const
{
    return m_mode == Mode::B2B && isSignedIn() && !m_businessUnitKey.isEmpty();
}

void BuyerSession::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT contextChanged();
}

void BuyerSession::setMarket(const QString &country, const QString &currency)
{
    if (country == m_context.country && currency == m_context.currency)
        return;
    m_context.country = country;
    m_context.currency = currency;
    Q_EMIT contextChanged();
}

void BuyerSession::setLocale(const QString &requested)
{
    // The "C" locale (a system without LANG) and an empty tag name no language: English, the default.
    const QString locale = requested.isEmpty() || requested == u"C" ? QStringLiteral("en") : requested;
    if (locale == m_context.locale)
        return;
    m_context.locale = locale;
    Q_EMIT contextChanged();
}

void BuyerSession::setStoreKey(const QString &storeKey)
{
    if (storeKey == m_storeKey)
        return;
    m_storeKey = storeKey;
    Q_EMIT contextChanged();
}

void BuyerSession::setCustomer(const QString &customerId, const QString &email,
                               const QString &customerGroupId)
{
    const bool groupChanged = customerGroupId != m_context.customerGroupId;
    if (customerId == m_customerId && email == m_customerEmail && !groupChanged)
        return;
    m_customerId = customerId;
    m_customerEmail = email;
    m_context.customerGroupId = customerGroupId;
    Q_EMIT customerChanged();
    if (groupChanged)
        Q_EMIT contextChanged();
}

void BuyerSession::signOut()
{
    const bool contextChanges = !m_businessUnitKey.isEmpty() || !m_context.customerGroupId.isEmpty();
    m_businessUnitKey.clear();
    m_businessUnitName.clear();
    m_roleKey.clear();
    m_context.customerGroupId.clear();
    const bool customerChanges = !m_customerId.isEmpty() || !m_customerEmail.isEmpty();
    m_customerId.clear();
    m_customerEmail.clear();
    if (customerChanges)
        Q_EMIT customerChanged();
    if (contextChanges)
        Q_EMIT contextChanged();
}

void BuyerSession::setBusinessUnit(const QString &key, const QString &name, const QString &roleKey)
{
    if (key == m_businessUnitKey && name == m_businessUnitName && roleKey == m_roleKey)
        return;
    m_businessUnitKey = key;
    m_businessUnitName = name;
    m_roleKey = roleKey;
    Q_EMIT contextChanged();
}

} // namespace commercedesk::checkout
