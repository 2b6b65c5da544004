// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderEndpoints.h"

#include "sandbox/auth/BusinessUnitAccess.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/BuyerSchemas.h"
#include "sandbox/orders/OrderColumns.h"
#include "sandbox/orders/OrderFromCart.h"
#include "sandbox/orders/OrderUpdater.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

const QString AssociateBase =
    u"/{projectKey}/as-associate/{associateId}/in-business-unit/key={buKey}/orders"_s;

HttpResponse missingPermission(const RequestContext &ctx, const QStringList &permissions)
{
    return HttpResponse::error(
        403, u"AssociateMissingPermission"_s,
        u"Associate '%1' has no permission to %2 in business unit '%3'."_s.arg(
            ctx.param(u"associateId"_s), permissions.join(u" or "_s), ctx.param(u"buKey"_s)),
        QJsonObject{{u"associate"_s,
                     QJsonObject{{u"typeId"_s, u"customer"_s}, {u"id"_s, ctx.param(u"associateId"_s)}}},
                    {u"businessUnit"_s,
                     QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, ctx.param(u"buKey"_s)}}},
                    {u"permissions"_s, QJsonArray::fromStringList(permissions)}});
}

} // namespace

OrderEndpoints::OrderEndpoints(Database &database, QString projectKey, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_projectKey(std::move(projectKey))
    , m_clock(std::move(clock))
{}

ResourceQuerySpec OrderEndpoints::querySpec()
{
    ResourceQuerySpec spec;
    spec.table = u"orders"_s;
    spec.columns = OrderColumns::queryColumns();
    spec.arrayLengthColumns = OrderColumns::arrayLengthColumns();
    return spec;
}

void OrderEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    // Every GET here only reads (RouteOptions::concurrentRead): a slow order query runs off the server's
    // thread and delays nobody else.
    const RouteOptions read = concurrentRead(ScopeRules::read(E::Orders));
    const RouteOptions write = ScopeRules::write(E::Orders);
    RouteOptions del = write;
    del.body = RouteOptions::Body::None;
    const QString base = u"/{projectKey}/orders"_s;
    router.add(
        HttpMethod::Get, base, [this](RequestContext &c) { return query(c); }, read);
    router.add(
        HttpMethod::Post, base, [this](RequestContext &c) { return create(c); }, write);
    const struct
    {
        QString suffix;
        Lookup lookup;
    } singles[] = {{u"/{id}"_s, Lookup::Id}, {u"/order-number={orderNumber}"_s, Lookup::OrderNumber}};
    for (const auto &s : singles) {
        const Lookup lookup = s.lookup;
        router.add(
            HttpMethod::Get, base % s.suffix, [this, lookup](RequestContext &c) { return get(c, lookup); },
            read);
        router.add(
            HttpMethod::Post, base % s.suffix,
            [this, lookup](RequestContext &c) { return update(c, lookup); }, write);
        router.add(
            HttpMethod::Delete, base % s.suffix,
            [this, lookup](RequestContext &c) { return remove(c, lookup); }, del);
    }
    const RouteOptions mine = concurrentRead(ScopeRules::read(E::MyOrders));
    const RouteOptions mineWrite = ScopeRules::write(E::MyOrders);
    router.add(
        HttpMethod::Get, u"/{projectKey}/me/orders"_s, [this](RequestContext &c) { return myQuery(c); },
        mine);
    router.add(
        HttpMethod::Post, u"/{projectKey}/me/orders"_s, [this](RequestContext &c) { return myCreate(c); },
        mineWrite);
    router.add(
        HttpMethod::Get, u"/{projectKey}/me/orders/{id}"_s, [this](RequestContext &c) { return myGet(c); },
        mine);
    const RouteOptions associate = concurrentRead(ScopeRules::read(E::AssociateOrders));
    const RouteOptions associateWrite = ScopeRules::write(E::AssociateOrders);
    router.add(
        HttpMethod::Get, AssociateBase, [this](RequestContext &c) { return associateQuery(c); }, associate);
    router.add(
        HttpMethod::Post, AssociateBase, [this](RequestContext &c) { return associateCreate(c); },
        associateWrite);
    router.add(
        HttpMethod::Get, AssociateBase % u"/{id}"_s, [this](RequestContext &c) { return associateGet(c); },
        associate);
}

std::optional<HttpResponse> OrderEndpoints::checkBuyer(const RequestContext &ctx) const
{
    if (!ctx.principal || (ctx.principal->customerId.isEmpty() && ctx.principal->anonymousId.isEmpty())) {
        return HttpResponse::insufficientScope(
            u"This endpoint needs a customer (password flow) or anonymous session token."_s);
    }
    return std::nullopt;
}

std::optional<HttpResponse> OrderEndpoints::checkAssociate(const RequestContext &ctx,
                                                           const QStringList &anyPermission,
                                                           bool *seesOthers) const
{
    const QString associateId = ctx.param(u"associateId"_s);
    const bool merchant =
        ctx.principal && ctx.principal->hasAnyScope({u"manage_orders"_s, u"view_orders"_s}, m_projectKey);
    if (!merchant && (!ctx.principal || ctx.principal->customerId != associateId))
        return missingPermission(ctx, anyPermission);
    const auto permissions = BusinessUnitAccess(m_database).permissions(associateId, ctx.param(u"buKey"_s));
    if (!permissions)
        return ResourceErrors::notFound(u"key"_s, ctx.param(u"buKey"_s));
    bool allowed = false;
    for (const QString &p : anyPermission)
        allowed = allowed || permissions->contains(p);
    if (!allowed)
        return missingPermission(ctx, anyPermission);
    if (seesOthers)
        *seesOthers = permissions->contains(u"ViewOthersOrders"_s);
    return std::nullopt;
}

std::optional<QJsonObject> OrderEndpoints::load(const RequestContext &ctx, Lookup lookup) const
{
    if (lookup == Lookup::Id)
        return ResourceTable(m_database, u"orders"_s).byId(ctx.param(u"id"_s));
    const QVariant id =
        m_database.scalar(u"SELECT id FROM orders WHERE order_number = ?"_s, {ctx.param(u"orderNumber"_s)});
    if (!id.isValid())
        return std::nullopt;
    return ResourceTable(m_database, u"orders"_s).byId(id.toString());
}

HttpResponse OrderEndpoints::present(const RequestContext &ctx, const QJsonObject &order, int status) const
{
    const QStringList expand = ctx.queryValues(u"expand"_s);
    return HttpResponse::json(expand.isEmpty() ? order : ResourceQuery::expand(m_database, order, expand),
                              status);
}

HttpResponse OrderEndpoints::create(RequestContext &ctx)
{
    HttpResponse r = OrderFromCart(m_database, m_clock->now()).create(ctx.json.object(), {});
    return r.isSuccess() && ctx.hasQuery(u"expand"_s)
               ? present(ctx, QJsonDocument::fromJson(r.body).object(), 201)
               : r;
}

HttpResponse OrderEndpoints::query(RequestContext &ctx)
{
    return ResourceQuery::run(m_database, querySpec(), ctx);
}

HttpResponse OrderEndpoints::get(RequestContext &ctx, Lookup lookup)
{
    const auto order = load(ctx, lookup);
    if (!order) {
        return lookup == Lookup::Id ? ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s))
                                    : ResourceErrors::notFound(u"orderNumber"_s, ctx.param(u"orderNumber"_s));
    }
    return present(ctx, *order);
}

HttpResponse OrderEndpoints::update(RequestContext &ctx, Lookup lookup)
{
    const auto order = load(ctx, lookup);
    if (!order) {
        return lookup == Lookup::Id ? ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s))
                                    : ResourceErrors::notFound(u"orderNumber"_s, ctx.param(u"orderNumber"_s));
    }
    HttpResponse r = OrderUpdater(m_database, m_clock->now()).update(*order, ctx.json.object());
    return r.isSuccess() && ctx.hasQuery(u"expand"_s) ? present(ctx, QJsonDocument::fromJson(r.body).object())
                                                      : r;
}

HttpResponse OrderEndpoints::remove(RequestContext &ctx, Lookup lookup)
{
    const auto order = load(ctx, lookup);
    if (!order) {
        return lookup == Lookup::Id ? ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s))
                                    : ResourceErrors::notFound(u"orderNumber"_s, ctx.param(u"orderNumber"_s));
    }
    bool ok = false;
    const qint64 expected = ctx.queryValue(u"version"_s).toLongLong(&ok);
    if (!ok)
        return HttpResponse::invalidInput(u"The query parameter 'version' is required."_s);
    const qint64 current = order->value(u"version"_s).toInteger();
    if (expected != current)
        return ResourceErrors::concurrentModification(order->value(u"id"_s).toString(), expected, current);
    if (!ResourceTable(m_database, u"orders"_s).remove(order->value(u"id"_s).toString()))
        return HttpResponse::error(500, u"General"_s, u"Could not delete the order."_s);
    return HttpResponse::json(*order);
}

HttpResponse OrderEndpoints::myCreate(RequestContext &ctx)
{
    if (auto error = checkBuyer(ctx))
        return *error;
    if (auto refused = BuyerSchemas::checkDraft(u"MyOrderFromCartDraft"_s, ctx.json.object()))
        return *refused;
    OrderFromCart::Restriction restriction;
    restriction.customerId = ctx.principal->customerId;
    restriction.anonymousId = ctx.principal->anonymousId;
    restriction.buyerOnly = true;
    return OrderFromCart(m_database, m_clock->now()).create(ctx.json.object(), restriction);
}

HttpResponse OrderEndpoints::myQuery(RequestContext &ctx)
{
    if (auto error = checkBuyer(ctx))
        return *error;
    ResourceQuerySpec spec = querySpec();
    if (!ctx.principal->customerId.isEmpty()) {
        spec.scopeSql = u"customer_id = ?"_s;
        spec.scopeBindings = {ctx.principal->customerId};
    } else {
        spec.scopeSql = u"anonymous_id = ?"_s;
        spec.scopeBindings = {ctx.principal->anonymousId};
    }
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse OrderEndpoints::myGet(RequestContext &ctx)
{
    if (auto error = checkBuyer(ctx))
        return *error;
    const auto order = load(ctx, Lookup::Id);
    const bool own = order && ((!ctx.principal->customerId.isEmpty() &&
                                order->value(u"customerId"_s).toString() == ctx.principal->customerId) ||
                               (!ctx.principal->anonymousId.isEmpty() &&
                                order->value(u"anonymousId"_s).toString() == ctx.principal->anonymousId));
    if (!own)
        return ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s));
    return present(ctx, *order);
}

HttpResponse OrderEndpoints::associateCreate(RequestContext &ctx)
{
    if (auto error =
            checkAssociate(ctx, {u"CreateMyOrdersFromMyCarts"_s, u"CreateOrdersFromOthersCarts"_s}, nullptr))
        return *error;
    if (auto refused = BuyerSchemas::checkDraft(u"OrderFromCartDraft"_s, ctx.json.object()))
        return *refused;
    OrderFromCart::Restriction restriction;
    restriction.businessUnitKey = ctx.param(u"buKey"_s);
    // Without CreateOrdersFromOthersCarts an associate orders only carts of their own.
    const auto permissions =
        BusinessUnitAccess(m_database).permissions(ctx.param(u"associateId"_s), restriction.businessUnitKey);
    if (!permissions || !permissions->contains(u"CreateOrdersFromOthersCarts"_s)) {
        restriction.customerId = ctx.param(u"associateId"_s);
        restriction.buyerOnly = true;
    }
    return OrderFromCart(m_database, m_clock->now()).create(ctx.json.object(), restriction);
}

HttpResponse OrderEndpoints::associateQuery(RequestContext &ctx)
{
    bool others = false;
    if (auto error = checkAssociate(ctx, {u"ViewMyOrders"_s, u"ViewOthersOrders"_s}, &others))
        return *error;
    ResourceQuerySpec spec = querySpec();
    spec.scopeSql = u"business_unit_key = ?"_s;
    spec.scopeBindings = {ctx.param(u"buKey"_s)};
    if (!others) {
        spec.scopeSql += u" AND customer_id = ?"_s;
        spec.scopeBindings.append(ctx.param(u"associateId"_s));
    }
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse OrderEndpoints::associateGet(RequestContext &ctx)
{
    bool others = false;
    if (auto error = checkAssociate(ctx, {u"ViewMyOrders"_s, u"ViewOthersOrders"_s}, &others))
        return *error;
    const auto order = load(ctx, Lookup::Id);
    const bool visible =
        order &&
        order->value(u"businessUnit"_s).toObject().value(u"key"_s).toString() == ctx.param(u"buKey"_s) &&
        (others || order->value(u"customerId"_s).toString() == ctx.param(u"associateId"_s));
    if (!visible)
        return ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s));
    return present(ctx, *order);
}

} // namespace commercedesk::sandbox
