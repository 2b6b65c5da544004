// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ApiScope.h"
#include "api/PaymentDraft.h"
#include "api/ResourceQuery.h"
#include "api/UpdateAction.h"
#include "core/PagedResult.h"
#include "core/Payment.h"

namespace commercedesk::api {

class Transport;

/// Payments: admin `/payments` (PaymentDraft) or buyer `/me/payments` (MyPaymentDraft: one transaction).
/// Records what the PSP did; never carries card data. Jobs follow the ApiJob contract. `transport` must
/// outlive the client and its jobs.
class PaymentClient
{
public:
    explicit PaymentClient(Transport *transport, ApiScope scope = ApiScope::admin());

    const ApiScope &scope() const { return m_scope; }

    /// POST — never retried by the transport (a create). Use PaymentDraft::authorized() for the checkout.
    Job<core::Payment> *create(const PaymentDraft &draft);
    Job<core::Payment> *byId(const QString &id);
    Job<core::PagedResult<core::Payment>> *query(const ResourceQuery &query);
    Job<core::Payment> *update(const QString &id, qint64 version, const QList<PaymentUpdateAction> &actions);

private:
    QString paymentPath(const QString &id) const;

    Transport *m_transport;
    ApiScope m_scope;
};

} // namespace commercedesk::api
