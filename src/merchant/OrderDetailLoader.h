// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QObject>

namespace commercedesk::api {
class MessageClient;
class OrderClient;
class PaymentClient;
} // namespace commercedesk::api

namespace commercedesk::merchant {

struct OmsDeliveryLog;
class OmsLogClient;
class OrderDetailLoad;

/// Turns an order id (or an order at hand) into what the seller's detail shows, as values: the order, its
/// payments (by the references in paymentInfo), its message history (`resource(id = :orderId)`, by sequence
/// number, at most 200) and the OMS delivery log. Each call returns a new OrderDetailLoad (see its contract);
/// the caller keeps it to cancel it when another order is wanted. Loads are independent, so several panels
/// may share one loader. The clients (and `omsLog`, which may be null: no OMS log) must outlive the loader.
/// Thread: the clients'.
class OrderDetailLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMessageLimit = 200;

    OrderDetailLoader(api::OrderClient *orders, api::PaymentClient *payments, api::MessageClient *messages,
                      bool canReadMessages, OmsLogClient *omsLog, QObject *parent = nullptr);
    ~OrderDetailLoader() override;

    bool canReadMessages() const { return m_canReadMessages; }
    bool hasOmsLog() const;

    /// The order by id (orderLoaded / orderFailed), then its extras as loadExtras() reads them.
    OrderDetailLoad *load(const QString &orderId);
    /// The extras of `order`: payments, messages, OMS log.
    OrderDetailLoad *loadExtras(const core::Order &order);

private:
    void startExtras(OrderDetailLoad *load, const core::Order &order);

    api::OrderClient *m_orders;
    api::PaymentClient *m_payments;
    api::MessageClient *m_messages;
    bool m_canReadMessages;
    OmsLogClient *m_omsLog;
};

} // namespace commercedesk::merchant
