// SPDX-License-Identifier: MIT
#include "merchant/MerchantContext.h"

#include "api/MessageClient.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "merchant/OrderActionService.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

MerchantContext::MerchantContext(api::Transport *transport, QStringList grantedScopes, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_orders(std::make_unique<api::OrderClient>(transport))
    , m_messages(std::make_unique<api::MessageClient>(transport))
    , m_payments(std::make_unique<api::PaymentClient>(transport))
    , m_actions(new OrderActionService(m_orders.get(), this))
    , m_canAct(scopesAllowActions(grantedScopes))
    , m_canReadMessages(grantedScopes.contains(u"view_messages"_s) ||
                        grantedScopes.contains(u"manage_project"_s))
{}

MerchantContext::~MerchantContext()
{
    delete m_actions; // cancels its jobs before the clients go
}

bool MerchantContext::scopesAllowActions(const QStringList &scopes)
{
    return scopes.contains(u"manage_orders"_s) || scopes.contains(u"manage_project"_s);
}

} // namespace commercedesk::merchant
