// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace commercedesk::api {
class BusinessUnitClient;
class MessageClient;
class OrderClient;
class PaymentClient;
class PaymentIntentClient;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::merchant {

class BulkCapture;
class BusinessUnitNames;
class OmsLogClient;
class OrderActionService;
class OrderDesk;
class OrderDetailLoader;
class PaymentDesk;

/// The merchant API identity's clients and the services of the order desk (OrderActionService, OrderDesk,
/// OrderDetailLoader), built once by the composition root (or a test) for one transport and handed to the
/// merchant pane — widgets never build them. `grantedScopes` are the scope names the client was given
/// (without project suffix); without `manage_orders` canAct() is false and no action is offered (the
/// backend refuses them anyway); without `manage_checkout_payment_intents` canCapture() is false. `omsLog`
/// (may be null) reads the OMS delivery log for the detail; `settings` (may be null: the application's
/// QSettings) keeps the desk's saved views and preferences. `transport`, `omsLog` and `settings` must outlive
/// this object. Thread: the transport's.
class MerchantContext final : public QObject
{
    Q_OBJECT

public:
    MerchantContext(api::Transport *transport, const QStringList &grantedScopes, QObject *parent = nullptr,
                    OmsLogClient *omsLog = nullptr, QSettings *settings = nullptr);
    ~MerchantContext() override;

    api::Transport *transport() const { return m_transport; }
    api::OrderClient *orders() const { return m_orders.get(); }
    api::MessageClient *messages() const { return m_messages.get(); }
    api::PaymentClient *payments() const { return m_payments.get(); }
    OrderActionService *actions() const { return m_actions; }
    OrderDesk *desk() const { return m_desk; }
    OrderDetailLoader *detailLoader() const { return m_detailLoader; }
    /// The Payment Intents client (captures through the Checkout API) and the bulk capture over orders.
    api::PaymentIntentClient *paymentIntents() const { return m_intents.get(); }
    BulkCapture *bulkCapture() const { return m_bulkCapture; }
    /// A capture run of its own (e.g. capture on shipment beside a bulk run), owned by `parent`.
    BulkCapture *newCapture(QObject *parent) const;
    /// Capture, refund and release card payments (PaymentDesk; canAct() only with
    /// manage_checkout_payment_intents).
    PaymentDesk *paymentDesk() const { return m_paymentDesk; }
    /// Business-unit names for the desk (empty names without view_business_units).
    BusinessUnitNames *unitNames() const { return m_unitNames; }

    bool canAct() const { return m_canAct; }
    bool canReadMessages() const { return m_canReadMessages; }
    /// The client may capture, refund and cancel payments (Payment Intents API).
    bool canCapture() const { return m_canCapture; }
    /// True when `scopes` let a client change orders.
    static bool scopesAllowActions(const QStringList &scopes);
    /// True when `scopes` let a client send payment intents (checkout.yaml).
    static bool scopesAllowPaymentIntents(const QStringList &scopes);

private:
    api::Transport *m_transport;
    std::unique_ptr<api::OrderClient> m_orders;
    std::unique_ptr<api::MessageClient> m_messages;
    std::unique_ptr<api::PaymentClient> m_payments;
    std::unique_ptr<api::BusinessUnitClient> m_units;
    std::unique_ptr<api::PaymentIntentClient> m_intents;
    OrderActionService *m_actions;
    bool m_canAct;
    bool m_canReadMessages;
    OrderDesk *m_desk;
    OrderDetailLoader *m_detailLoader;
    BusinessUnitNames *m_unitNames;
    bool m_canCapture;
    BulkCapture *m_bulkCapture;
    PaymentDesk *m_paymentDesk;
};

} // namespace commercedesk::merchant
