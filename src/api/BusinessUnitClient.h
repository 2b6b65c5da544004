// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ResourceQuery.h"
#include "core/BusinessUnit.h"
#include "core/PagedResult.h"

namespace commercedesk::api {

class Transport;

/// Business units: those the signed-in buyer is an associate of (`/me/business-units`, scope
/// manage_my_business_units; through an orchestrator `/v1/business-units` (the query is not sent) and
/// `/v1/business-units/{key}`), and for staff every unit of the project (`/business-units`, scope
/// view_business_units). Jobs follow the ApiJob contract.
class BusinessUnitClient
{
public:
    explicit BusinessUnitClient(Transport *transport);

    Job<core::PagedResult<core::BusinessUnit>> *myBusinessUnits(const ResourceQuery &query = {});
    Job<core::BusinessUnit> *myBusinessUnitByKey(const QString &key);
    /// Query Business Units of the project (staff only).
    Job<core::PagedResult<core::BusinessUnit>> *businessUnits(const ResourceQuery &query);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
