// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/Message.h"
#include "core/Order.h"
#include "core/Payment.h"
#include "merchant/OmsLogClient.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace commercedesk::api {
class ApiJob;
}

namespace commercedesk::merchant {

/// One load of an order's detail, started by OrderDetailLoader: the order (when loaded by id), then its
/// payments, its message history and its OMS delivery log, each delivered as a value the moment it arrives.
///
/// Contract: orderLoaded() or orderFailed() at most once, first (not for OrderDetailLoader::loadExtras);
/// then, in any order, paymentLoaded() once per payment that could be read, messagesLoaded() once (only when
/// the client may read messages), omsLogLoaded() or omsLogFailed() once (only for an order with a number when
/// an OMS is configured); then finished() exactly once, after which the object deletes itself later. Payments
/// or messages that cannot be read are left out (the order still shows). cancel() cancels what is in flight;
/// no signal but finished() follows it. Never emits synchronously inside the call that created it.
/// Thread: the loader's.
class OrderDetailLoad final : public QObject
{
    Q_OBJECT

public:
    explicit OrderDetailLoad(QObject *parent = nullptr);
    ~OrderDetailLoad() override;

    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void orderLoaded(const commercedesk::core::Order &order);
    void orderFailed(const commercedesk::api::ApiError &error);
    void paymentLoaded(const commercedesk::core::Payment &payment);
    void messagesLoaded(const QList<commercedesk::core::Message> &messages);
    void omsLogLoaded(const commercedesk::merchant::OmsDeliveryLog &log);
    void omsLogFailed(const commercedesk::api::ApiError &error);
    void finished();

private:
    friend class OrderDetailLoader;
    /// Counts one more answer to wait for; done() counts it in.
    void expect(api::ApiJob *job = nullptr);
    void done();

    QList<QPointer<api::ApiJob>> m_jobs;
    int m_pending = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace commercedesk::merchant
