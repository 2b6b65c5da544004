// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"

#include <QJsonObject>

#include <functional>

namespace commercedesk::orchestrator {

class Exchange;
class RouteTable;

/// The signed-in customer's business units: `GET /v1/business-units` lists the units the session's
/// customer is an associate of (commercetools `as-associate/{associateId}/business-units`, the associate
/// taken from the session), each as the address book shows it plus the caller's own associate entry (their
/// roles); the other associates are not shown.
/// B2B address book: `GET /v1/business-units/{businessUnitKey}` answers the unit (name, addresses, default
/// address ids, parent) to its associates only — explicit ones, or associates of a parent when the unit
/// inherits them (`associateMode: ExplicitAndFromParent`, up to 5 levels). Anyone else gets 403
/// AssociateMissingPermission, as the as-associate endpoints would answer.
class BusinessUnitService
{
public:
    explicit BusinessUnitService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void list(Exchange *exchange);
    void get(Exchange *exchange);
    /// Whether `customerId` is an associate of `unit` (following inheritance); `done` runs once.
    void isAssociate(const QJsonObject &unit, const QString &customerId, int depth, Exchange *exchange,
                     std::function<void(bool)> done);

    ServiceContext m_context;
};

} // namespace commercedesk::orchestrator
