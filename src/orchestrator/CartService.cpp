// SPDX-License-Identifier: MIT
#include "orchestrator/CartService.h"

#include "orchestrator/CartRules.h"
#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorConfig.h"
#include "orchestrator/OrchestratorLogging.h"
#include "orchestrator/OwnershipCache.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/ServiceSupport.h"
#include "orchestrator/Upstream.h"

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

CartService::CartService(ServiceContext context)
    : m_context(std::move(context))
{}

void CartService::registerRoutes(RouteTable &routes)
{
    using A = RouteTable::Access;
    for (const QString &base : {u"/v1"_s, u"/v1/business-units/{businessUnitKey}"_s}) {
        const A access = base == u"/v1"_s ? A::Session : A::Customer;
        routes.add("POST", base % u"/carts"_s, access, true, [this](Exchange *e) { create(e); });
        routes.add("GET", base % u"/carts/active"_s, access, false, [this](Exchange *e) { active(e); });
        routes.add("GET", base % u"/carts/{id}"_s, access, false, [this](Exchange *e) { get(e); });
        routes.add("POST", base % u"/carts/{id}"_s, access, true, [this](Exchange *e) { update(e); });
        routes.add("GET", base % u"/carts/{id}/shipping-methods"_s, access, false,
                   [this](Exchange *e) { shippingMethods(e); });
    }
}

void CartService::create(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    if (!scope)
        return;
    QJsonObject draft;
    if (auto error = CartRules::checkDraft(exchange->json(), m_context.config->taxMode,
                                           scope->businessUnitKey(), &draft))
        return exchange->fail(*error);
    scope->addOwner(&draft);
    m_context.upstream->post(scope->carts(), draft, false, exchange,
                             [owners = m_context.owners, nowMs = m_context.nowMs, buyer = *scope,
                              exchange](const api::Result<QJsonObject> &result) {
                                 if (!result.ok())
                                     return exchange->fail(OrchestratorError::fromApi(result.error()));
                                 // Read from commercetools: the next update or order needs no ownership read.
                                 if (buyer.owns(result.value()))
                                     owners->remember(result.value().value(u"id"_s).toString(),
                                                      buyer.ownerKey(), nowMs());
                                 exchange->answer(201, result.value());
                             });
}

void CartService::active(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    if (!scope)
        return;
    const SessionClaims &session = *exchange->session();
    QUrlQuery query;
    const QString owner = session.isCustomer() ? u"customerId = \"%1\""_s.arg(session.customerId)
                                               : u"anonymousId = \"%1\""_s.arg(session.anonymousId);
    query.addQueryItem(u"where"_s, u"cartState = \"Active\" and "_s % owner);
    query.addQueryItem(u"sort"_s, u"lastModifiedAt desc"_s);
    query.addQueryItem(u"limit"_s, u"20"_s);
    m_context.upstream->get(scope->carts(), query, exchange,
                            [exchange, buyer = *scope](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                for (const QJsonValue &cart : result.value().value(u"results"_s).toArray()) {
                                    if (buyer.owns(cart.toObject()))
                                        return exchange->answer(200, cart.toObject());
                                }
                                exchange->fail({404, u"NoActiveCart"_s, u"You have no active cart."_s, {}});
                            });
}

void CartService::get(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString id = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, id, u"id"_s))
        return;
    loadOwned(m_context.upstream, *scope, scope->cart(id), exchange,
              [owners = m_context.owners, nowMs = m_context.nowMs, owner = scope->ownerKey(), id,
               exchange](const QJsonObject &cart) {
                  owners->remember(id, owner, nowMs());
                  exchange->answer(200, cart);
              });
}

void CartService::update(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString id = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, id, u"id"_s))
        return;
    QJsonObject body;
    if (auto error = CartRules::checkUpdate(exchange->json(), &body))
        return exchange->fail(*error);
    Upstream *upstream = m_context.upstream;
    OwnershipCache *owners = m_context.owners;
    const auto nowMs = m_context.nowMs;
    const QString path = scope->cart(id);
    const QString owner = scope->ownerKey();
    const auto send = [upstream, owners, nowMs, path, body, exchange, id, owner, buyer = *scope] {
        upstream->post(path, body, true, exchange,
                       [owners, nowMs, exchange, id, owner, buyer](const api::Result<QJsonObject> &result) {
                           if (!result.ok() && result.error().httpStatus == 404) // not in this unit, or gone
                               return exchange->fail(
                                   OrchestratorError::notFound(u"There is no such cart or order for you."_s));
                           if (!result.ok())
                               return exchange->fail(OrchestratorError::fromApi(result.error()));
                           if (!buyer.owns(result.value())) {
                               qCCritical(lcService).noquote()
                                   << "cart" << id << "changed owner while it was updated";
                               return exchange->fail(
                                   OrchestratorError::notFound(u"There is no such cart or order for you."_s));
                           }
                           owners->remember(id, owner, nowMs());
                           exchange->answer(200, result.value());
                       });
    };
    if (scope->isB2B() || owners->knows(id, owner, nowMs()))
        return send();
    // Ownership first: the trusted client could change anyone's cart.
    loadOwned(upstream, *scope, path, exchange, [owners, nowMs, id, owner, send](const QJsonObject &) {
        owners->remember(id, owner, nowMs());
        send();
    });
}

void CartService::shippingMethods(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString id = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, id, u"id"_s))
        return;
    Upstream *upstream = m_context.upstream;
    loadOwned(upstream, *scope, scope->cart(id), exchange, [upstream, id, exchange](const QJsonObject &) {
        QUrlQuery query;
        query.addQueryItem(u"cartId"_s, id);
        upstream->get(u"/shipping-methods/matching-cart"_s, query, exchange,
                      [exchange](const api::Result<QJsonObject> &result) {
                          if (!result.ok())
                              return exchange->fail(OrchestratorError::fromApi(result.error()));
                          exchange->answer(200, result.value());
                      });
    });
}

} // namespace commercedesk::orchestrator
