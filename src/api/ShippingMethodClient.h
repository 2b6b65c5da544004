// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ResourceQuery.h"
#include "core/PagedResult.h"
#include "core/ShippingMethod.h"

namespace commercedesk::api {

class Transport;

/// Shipping methods: the ones that match a cart (`/shipping-methods/matching-cart?cartId=`), by id, query.
/// Jobs follow the ApiJob contract. `transport` must outlive the client and its jobs.
class ShippingMethodClient
{
public:
    explicit ShippingMethodClient(Transport *transport);

    Job<core::PagedResult<core::ShippingMethod>> *matchingCart(const QString &cartId);
    Job<core::ShippingMethod> *byId(const QString &id);
    Job<core::PagedResult<core::ShippingMethod>> *query(const ResourceQuery &query);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
