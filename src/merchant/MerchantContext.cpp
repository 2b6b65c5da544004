// SPDX-License-Identifier: MIT
#include "merchant/MerchantContext.h"

#include "api/BusinessUnitClient.h"
#include "api/MessageClient.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "merchant/BulkCapture.h"
#include "merchant/BusinessUnitNames.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderDetailLoader.h"
#include "merchant/PaymentDesk.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

MerchantContext::MerchantContext(api::Transport *transport, const QStringList &grantedScopes, QObject *parent,
                                 OmsLogClient *omsLog, QSettings *settings)
    : QObject(parent)
    , m_transport(transport)
    , m_orders(std::make_unique<api::OrderClient>(transport))
    , m_messages(std::make_unique<api::MessageClient>(transport))
    , m_payments(std::make_unique<api::PaymentClient>(transport))
    , m_units(std::make_unique<api::BusinessUnitClient>(transport))
    , m_intents(std::make_unique<api::PaymentIntentClient>(transport))
    , m_actions(new OrderActionService(m_orders.get(), this))
    , m_canAct(scopesAllowActions(grantedScopes))
    , m_canReadMessages(grantedScopes.contains(u"view_messages"_s) ||
                        grantedScopes.contains(u"manage_project"_s))
    , m_desk(new OrderDesk(transport, m_orders.get(), m_actions, m_canAct, settings, this))
    , m_detailLoader(new OrderDetailLoader(m_orders.get(), m_payments.get(), m_messages.get(),
                                           m_canReadMessages, omsLog, this))
    , m_unitNames(new BusinessUnitNames(grantedScopes.contains(u"view_business_units"_s) ||
                                                grantedScopes.contains(u"manage_business_units"_s) ||
                                                grantedScopes.contains(u"manage_project"_s)
                                            ? m_units.get()
                                            : nullptr,
                                        this))
    , m_canCapture(scopesAllowPaymentIntents(grantedScopes))
    , m_bulkCapture(new BulkCapture(m_payments.get(), m_intents.get(), m_actions, this))
    , m_paymentDesk(new PaymentDesk(m_intents.get(), m_payments.get(), m_actions,
                                    scopesAllowPaymentIntents(grantedScopes), this))
{}

MerchantContext::~MerchantContext()
{
    // The services cancel their jobs before the clients go; the desk uses the action service.
    delete m_bulkCapture;
    delete m_paymentDesk;
    delete m_unitNames;
    delete m_detailLoader;
    delete m_desk;
    delete m_actions;
}

bool MerchantContext::scopesAllowActions(const QStringList &scopes)
{
    return scopes.contains(u"manage_orders"_s) || scopes.contains(u"manage_project"_s);
}

BulkCapture *MerchantContext::newCapture(QObject *parent) const
{
    return new BulkCapture(m_payments.get(), m_intents.get(), m_actions, parent);
}

bool MerchantContext::scopesAllowPaymentIntents(const QStringList &scopes)
{
    return scopes.contains(u"manage_checkout_payment_intents"_s) || scopes.contains(u"manage_project"_s) ||
           scopes.contains(u"manage_projects"_s);
}

} // namespace commercedesk::merchant
