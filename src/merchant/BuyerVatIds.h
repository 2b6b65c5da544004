// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace commercedesk::api {
class CustomerClient;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::merchant {

/// The buyers' VAT ids for invoices: the `vatId` of each order's customer (api.yaml: Customer.vatId; the
/// demo's B2B buyers carry their company's), read in one query per call. A buyer without one, an order
/// without a customer, or a seller's client that may not read customers (no view_customers: the invoice
/// then goes out without the buyer's VAT id, as for a consumer) gives no entry.
///
/// Contract: `done` runs exactly once, never synchronously, through `context` (not at all when `context`
/// is gone), with order id → VAT id. `transport` must outlive this object. Thread: the transport's.
class BuyerVatIds final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QHash<QString, QString> &)>;

    explicit BuyerVatIds(api::Transport *transport, QObject *parent = nullptr);
    ~BuyerVatIds() override;

    void fetch(const QList<core::Order> &orders, QObject *context, Done done);

private:
    std::unique_ptr<api::CustomerClient> m_customers;
};

} // namespace commercedesk::merchant
