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
    for (const QString &field : {u"id"_s,
                                 u"key"_s,
                                 u"version"_s,
                                 u"name"_s,
                                 u"unitType"_s,
                                 u"status"_s,
                                 u"contactEmail"_s,
                                 u"addresses"_s,
                                 u"shippingAddressIds"_s,
                                 u"billingAddressIds"_s,
                                 u"defaultShippingAddressId"_s,
                                 u"defaultBillingAddressId"_s,
                                 u"parentUnit"_s,
                                 u"topLevelUnit"_s,
                                 u"storeMode"_s,
                                 u"stores"_s,
                                 u"associateMode"_s,
                                 u"approvalRuleMode"_s,
                                 u"createdAt"_s,
                                 u"lastModifiedAt"_s}) {
        if (unit.contains(field))
            out.insert(field, unit.value(field));
    }
    return out;
}

/// publicUnit() plus the caller's own associate entry (their roles in the unit decide what the pane
/// offers); the other associates stay hidden.
QJsonObject unitForAssociate(const QJsonObject &unit, const QString &customerId)
{
    QJsonObject out = publicUnit(unit);
    QJsonArray own;
    for (const QJsonValue &a : unit.value(u"associates"_s).toArray()) {
        if (a.toObject().value(u"customer"_s).toObject().value(u"id"_s).toString() == customerId)
            own.append(a);
    }
    out.insert(u"associates"_s, own);
    return out;
}

} // namespace

BusinessUnitService::BusinessUnitService(ServiceContext context)
    : m_context(std::move(context))
{}

void BusinessUnitService::registerRoutes(RouteTable &routes)
{
    routes.add("GET", u"/v1/business-units"_s, RouteTable::Access::Customer, false,
               [this](Exchange *e) { list(e); });
    routes.add("GET", u"/v1/business-units/{businessUnitKey}"_s, RouteTable::Access::Customer, false,
               [this](Exchange *e) { get(e); });
}

void BusinessUnitService::list(Exchange *exchange)
{
    if (!exchange->query().isEmpty())
        return exchange->fail(OrchestratorError::invalidField(
            exchange->query().queryItems().constFirst().first, u"This list takes no parameters."_s));
    // The associate is the session's customer, never a request value.
    const QString customerId = exchange->session()->customerId;
    if (!BuyerScope::isSafeSegment(customerId))
        return exchange->fail(OrchestratorError::notFound(u"There are no business units for you."_s));
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    m_context.upstream->get(u"/as-associate/"_s % customerId % u"/business-units"_s, query, exchange,
                            [customerId, exchange](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                QJsonArray units;
                                for (const QJsonValue &v : result.value().value(u"results"_s).toArray())
                                    units.append(unitForAssociate(v.toObject(), customerId));
                                exchange->answer(200, QJsonObject{{u"limit"_s, 500},
                                                                  {u"offset"_s, 0},
                                                                  {u"count"_s, units.size()},
                                                                  {u"total"_s, units.size()},
                                                                  {u"results"_s, units}});
                            });
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
