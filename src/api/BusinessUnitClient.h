// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ResourceQuery.h"
#include "core/BusinessUnit.h"
#include "core/PagedResult.h"

namespace commercedesk::api {

class Transport;

/// The business units the signed-in buyer is an associate of (`/me/business-units`, scope
/// manage_my_business_units); through an orchestrator `/v1/business-units` (the query is not sent) and
/// `/v1/business-units/{key}`. Jobs follow the ApiJob contract.
class BusinessUnitClient
{
public:
    explicit BusinessUnitClient(Transport *transport);

    Job<core::PagedResult<core::BusinessUnit>> *myBusinessUnits(const ResourceQuery &query = {});
    Job<core::BusinessUnit> *myBusinessUnitByKey(const QString &key);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
