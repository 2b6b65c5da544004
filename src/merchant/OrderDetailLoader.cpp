// SPDX-License-Identifier: MIT
#include "merchant/OrderDetailLoader.h"

#include "api/MessageClient.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "merchant/OmsLogClient.h"
#include "merchant/OrderDetailLoad.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

OrderDetailLoader::OrderDetailLoader(api::OrderClient *orders, api::PaymentClient *payments,
                                     api::MessageClient *messages, bool canReadMessages, OmsLogClient *omsLog,
                                     QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_payments(payments)
    , m_messages(messages)
    , m_canReadMessages(canReadMessages)
    , m_omsLog(omsLog)
{}

OrderDetailLoader::~OrderDetailLoader() = default;

bool OrderDetailLoader::hasOmsLog() const
{
    return m_omsLog && m_omsLog->isConfigured();
}

OrderDetailLoad *OrderDetailLoader::load(const QString &orderId)
{
    auto *load = new OrderDetailLoad(this);
    auto *job = m_orders->byId(orderId);
    load->expect(job);
    job->onFinished(load, [this, load](const api::Result<core::Order> &result) {
        if (load->isCancelled())
            return;
        if (!result.ok()) {
            if (result.error().kind != api::ApiError::Kind::Cancelled)
                Q_EMIT load->orderFailed(result.error());
            load->done();
            return;
        }
        Q_EMIT load->orderLoaded(result.value());
        if (!load->isCancelled())
            startExtras(load, result.value());
        load->done();
    });
    return load;
}

OrderDetailLoad *OrderDetailLoader::loadExtras(const core::Order &order)
{
    auto *load = new OrderDetailLoad(this);
    load->expect(); // held until the extras are started, so finished() cannot come first
    startExtras(load, order);
    QMetaObject::invokeMethod(load, &OrderDetailLoad::done, Qt::QueuedConnection);
    return load;
}

void OrderDetailLoader::startExtras(OrderDetailLoad *load, const core::Order &order)
{
    for (const core::Reference &reference : order.paymentInfo.payments) {
        auto *job = m_payments->byId(reference.id);
        load->expect(job);
        job->onFinished(load, [load](const api::Result<core::Payment> &result) {
            if (load->isCancelled())
                return;
            if (result.ok())
                Q_EMIT load->paymentLoaded(result.value());
            load->done();
        });
    }
    if (m_canReadMessages) {
        const api::ResourceQuery query = api::ResourceQuery()
                                             .where(u"resource(id = :orderId)"_s)
                                             .variable(u"orderId"_s, order.id)
                                             .sort(u"sequenceNumber"_s)
                                             .limit(kMessageLimit)
                                             .withTotal(false);
        auto *job = m_messages->query(query);
        load->expect(job);
        job->onFinished(load, [load](const api::Result<core::PagedResult<core::Message>> &result) {
            if (load->isCancelled())
                return;
            if (result.ok())
                Q_EMIT load->messagesLoaded(result.value().results);
            load->done();
        });
    }
    if (hasOmsLog() && order.orderNumber) {
        load->expect();
        m_omsLog->fetch(*order.orderNumber, load, [load](const api::Result<OmsDeliveryLog> &result) {
            if (load->isCancelled())
                return;
            if (result.ok())
                Q_EMIT load->omsLogLoaded(result.value());
            else
                Q_EMIT load->omsLogFailed(result.error());
            load->done();
        });
    }
}

} // namespace commercedesk::merchant
