// SPDX-License-Identifier: MIT
#include "orchestrator/BusinessUnitService.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/ServiceSupport.h"
#include "orchestrator/Upstream.h"

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

QJsonObject publicUnit(const QJsonObject &unit)
{
    QJsonObject out;
    for (const QString &field :
         {u"id"_s, u"key"_s, u"version"_s, u"name"_s, u"unitType"_s, u"status"_s, u"contactEmail"_s,
          u"addresses"_s, u"shippingAddressIds"_s, u"billingAddressIds"_s, u"defaultShippingAddressId"_s,
          u"defaultBillingAddressId"_s, u"parentUnit"_s, u"topLevelUnit"_s, u"storeMode"_s, u"stores"_s}) {
        if (unit.contains(field))
            out.insert(field, unit.value(field));
    }
    return out;
}

} // namespace

BusinessUnitService::BusinessUnitService(ServiceContext context)
    : m_context(std::move(context))
{}

void BusinessUnitService::registerRoutes(RouteTable &routes)
{
    routes.add("GET", u"/v1/business-units/{businessUnitKey}"_s, RouteTable::Access::Customer, false,
               [this](Exchange *e) { get(e); });
}

void BusinessUnitService::get(Exchange *exchange)
{
    const QString key = exchange->param(u"businessUnitKey"_s);
    if (!requireSegment(exchange, key, u"businessUnitKey"_s))
        return;
    const QString customerId = exchange->session()->customerId;
    m_context.upstream->get(
        u"/business-units/key="_s % key, {}, exchange,
        [this, key, customerId, exchange](const api::Result<QJsonObject> &result) {
            if (!result.ok())
                return exchange->fail(OrchestratorError::fromApi(result.error()));
            const QJsonObject unit = result.value();
            isAssociate(unit, customerId, 0, exchange, [unit, key, exchange](bool member) {
                if (!member) {
                    return exchange->fail({403, u"AssociateMissingPermission"_s,
                                           u"You are not an associate of the business unit '%1'."_s.arg(key),
                                           QJsonObject{{u"businessUnit"_s, key}}});
                }
                exchange->answer(200, publicUnit(unit));
            });
        });
}

void BusinessUnitService::isAssociate(const QJsonObject &unit, const QString &customerId, int depth,
                                      Exchange *exchange, std::function<void(bool)> done)
{
    for (const QJsonValue &a : unit.value(u"associates"_s).toArray()) {
        if (a.toObject().value(u"customer"_s).toObject().value(u"id"_s).toString() == customerId)
            return done(true);
    }
    const QString parent = unit.value(u"parentUnit"_s).toObject().value(u"key"_s).toString();
    if (depth >= 5 || parent.isEmpty() ||
        unit.value(u"associateMode"_s).toString() != u"ExplicitAndFromParent"_s ||
        !BuyerScope::isSafeSegment(parent))
        return done(false);
    m_context.upstream->get(
        u"/business-units/key="_s % parent, {}, exchange,
        [this, customerId, depth, exchange, done](const api::Result<QJsonObject> &result) {
            if (!result.ok())
                return done(false);
            isAssociate(result.value(), customerId, depth + 1, exchange, done);
        });
}

} // namespace commercedesk::orchestrator
