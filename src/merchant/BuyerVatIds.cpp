// SPDX-License-Identifier: MIT
#include "merchant/BuyerVatIds.h"

#include "api/CustomerClient.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

BuyerVatIds::BuyerVatIds(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_customers(std::make_unique<api::CustomerClient>(transport))
{}

BuyerVatIds::~BuyerVatIds() = default;

void BuyerVatIds::fetch(const QList<core::Order> &orders, QObject *context, Done done)
{
    QStringList ids;
    for (const core::Order &order : orders) {
        if (order.customerId && !ids.contains(*order.customerId))
            ids.append(*order.customerId);
    }
    if (ids.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    auto *job = m_customers->customers(
        api::ResourceQuery().where(u"id in :ids"_s).variable(u"ids"_s, ids).limit(int(ids.size())));
    job->onFinished(context, [orders, done](const api::Result<core::PagedResult<core::Customer>> &result) {
        QHash<QString, QString> vatIds;
        if (result.ok()) {
            QHash<QString, QString> byCustomer;
            for (const core::Customer &customer : result.value().results) {
                if (customer.vatId && !customer.vatId->trimmed().isEmpty())
                    byCustomer.insert(customer.id, customer.vatId->trimmed());
            }
            for (const core::Order &order : orders) {
                if (order.customerId && byCustomer.contains(*order.customerId))
                    vatIds.insert(order.id, byCustomer.value(*order.customerId));
            }
        }
        done(vatIds);
    });
}

} // namespace commercedesk::merchant
