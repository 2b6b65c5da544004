// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/BuyerSchemas.h"
#include "sandbox/commerce/CartAccess.h"
#include "sandbox/commerce/CartFactory.h"
#include "sandbox/commerce/CartUpdater.h"
#include "sandbox/commerce/ExtensionInvoker.h"
#include "sandbox/http/UpdateRequest.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

ScopeRules::Endpoint endpointOf(CartSurface surface)
{
    switch (surface) {
    case CartSurface::Me:
        return ScopeRules::Endpoint::MyCarts;
    case CartSurface::Associate:
        return ScopeRules::Endpoint::AssociateCarts;
    case CartSurface::Admin:
        break;
    }
    return ScopeRules::Endpoint::Carts;
}

// The buyer surfaces take exactly what their schemas allow (BuyerSchemas); the admin surface is trusted.
ActionResult checkDraft(CartSurface surface, const QJsonObject &draft)
{
    switch (surface) {
    case CartSurface::Me:
        return BuyerSchemas::checkDraft(u"MyCartDraft"_s, draft);
    case CartSurface::Associate:
        return BuyerSchemas::checkDraft(u"CartDraft"_s, draft);
    case CartSurface::Admin:
        break;
    }
    return std::nullopt;
}

ActionResult checkUpdate(CartSurface surface, const QJsonObject &body)
{
    switch (surface) {
    case CartSurface::Me:
        return BuyerSchemas::checkUpdate(u"MyCartUpdate"_s, u"MyCartUpdateAction"_s, body);
    case CartSurface::Associate:
        return BuyerSchemas::checkUpdate(u"CartUpdate"_s, u"CartUpdateAction"_s, body,
                                         BuyerSchemas::associateCartActions());
    case CartSurface::Admin:
        break;
    }
    return std::nullopt;
}

} // namespace

CartEndpoints::CartEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

QVariantMap CartEndpoints::columnsOf(const CartDocument &cart)
{
    return {{u"customer_id"_s, nullable(cart.customerId())},
            {u"anonymous_id"_s, nullable(cart.anonymousId())},
            {u"business_unit_key"_s, nullable(cart.businessUnitKey())},
            {u"store_key"_s, nullable(cart.storeKey())},
            {u"cart_state"_s, cart.cartState()}};
}

void CartEndpoints::registerRoutes(Router &router)
{
    registerSurface(router, u"/{projectKey}/carts"_s, CartSurface::Admin);
    registerSurface(router, u"/{projectKey}/me/carts"_s, CartSurface::Me);
    registerSurface(
        router, u"/{projectKey}/as-associate/{associateId}/in-business-unit/key={businessUnitKey}/carts"_s,
        CartSurface::Associate);
    registerSurface(router,
                    u"/{projectKey}/as-associate/{associateId}/business-units/key={businessUnitKey}/carts"_s,
                    CartSurface::Associate);
    router.add(
        HttpMethod::Get, u"/{projectKey}/me/active-cart"_s,
        [this](RequestContext &c) { return activeCart(c); }, ScopeRules::read(ScopeRules::Endpoint::MyCarts));
}

void CartEndpoints::registerSurface(Router &router, const QString &base, CartSurface surface)
{
    const RouteOptions read = ScopeRules::read(endpointOf(surface));
    const RouteOptions write = ScopeRules::write(endpointOf(surface));
    RouteOptions remove = write;
    remove.body = RouteOptions::Body::None;
    router.add(
        HttpMethod::Get, base, [this, surface](RequestContext &c) { return query(c, surface); }, read);
    router.add(
        HttpMethod::Post, base, [this, surface](RequestContext &c) { return create(c, surface); }, write);
    for (const bool byKey : {false, true}) {
        const QString path = base % (byKey ? u"/key={key}"_s : u"/{id}"_s);
        router.add(
            HttpMethod::Get, path,
            [this, surface, byKey](RequestContext &c) { return get(c, surface, byKey); }, read);
        router.add(
            HttpMethod::Post, path,
            [this, surface, byKey](RequestContext &c) { return update(c, surface, byKey); }, write);
        router.add(
            HttpMethod::Delete, path,
            [this, surface, byKey](RequestContext &c) { return this->remove(c, surface, byKey); }, remove);
    }
}

HttpResponse CartEndpoints::present(const RequestContext &ctx, const CartDocument &cart, int status) const
{
    const QStringList expand = ctx.queryValues(u"expand"_s);
    const QJsonObject json = cart.toJson();
    return HttpResponse::json(expand.isEmpty() ? json : ResourceQuery::expand(m_database, json, expand),
                              status);
}

std::optional<CartDocument> CartEndpoints::load(const RequestContext &ctx, const CartAccess &access,
                                                bool byKey, HttpResponse *error) const
{
    ResourceTable carts(m_database, u"carts"_s);
    const QString value = byKey ? ctx.param(u"key"_s) : ctx.param(u"id"_s);
    const auto json = byKey ? carts.byKey(value) : carts.byId(value);
    if (!json || !access.canSee(CartDocument::fromJson(*json))) {
        *error = HttpResponse::notFound(
            u"The Cart with %1 '%2' was not found."_s.arg(byKey ? u"key"_s : u"ID"_s, value));
        return std::nullopt;
    }
    return CartDocument::fromJson(*json);
}

HttpResponse CartEndpoints::query(RequestContext &ctx, CartSurface surface)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, surface, ctx, &error);
    if (!access)
        return error;
    if (surface == CartSurface::Associate) {
        CartDocument own;
        own.setCustomerId(access->customerId());
        if (auto denied = access->check(CartAccess::Operation::View, own))
            return *denied;
    }
    ResourceQuerySpec spec;
    spec.table = u"carts"_s;
    spec.columns = {{u"customerId"_s, u"customer_id"_s},
                    {u"anonymousId"_s, u"anonymous_id"_s},
                    {u"businessUnit.key"_s, u"business_unit_key"_s},
                    {u"store.key"_s, u"store_key"_s},
                    {u"cartState"_s, u"cart_state"_s}};
    access->restrict(spec);
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse CartEndpoints::create(RequestContext &ctx, CartSurface surface)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, surface, ctx, &error);
    if (!access)
        return error;
    if (auto denied = access->check(CartAccess::Operation::Create, {}))
        return *denied;
    if (auto refused = checkDraft(surface, ctx.json.object()))
        return *refused;
    const CartActionContext actionContext{m_database, m_clock->now(), surface, access->customerId(),
                                          access->anonymousId()};
    auto cart = CartFactory(actionContext).create(ctx.json.object(), *access, &error);
    if (!cart)
        return error;
    const CartUpdater updater(actionContext);
    if (auto failed = ExtensionInvoker(m_database).run(u"cart"_s, u"Create"_s, *cart, updater))
        return *failed;
    if (!ResourceTable(m_database, u"carts"_s).insert(cart->toJson(), columnsOf(*cart)))
        return HttpResponse::error(500, u"General"_s, u"The cart could not be stored."_s);
    return present(ctx, *cart, 201);
}

HttpResponse CartEndpoints::get(RequestContext &ctx, CartSurface surface, bool byKey)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, surface, ctx, &error);
    if (!access)
        return error;
    const auto cart = load(ctx, *access, byKey, &error);
    if (!cart)
        return error;
    return present(ctx, *cart);
}

HttpResponse CartEndpoints::update(RequestContext &ctx, CartSurface surface, bool byKey)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, surface, ctx, &error);
    if (!access)
        return error;
    auto cart = load(ctx, *access, byKey, &error);
    if (!cart)
        return error;
    const QJsonObject body = ctx.json.object();
    const auto update = UpdateRequest::read(body, cart->toJson(), &error);
    if (!update)
        return error;
    const qint64 current = update->version();
    if (auto denied = access->check(CartAccess::Operation::Update, *cart))
        return *denied;
    if (auto refused = checkUpdate(surface, body))
        return *refused;
    const CartDocument before = *cart;
    const CartActionContext actionContext{m_database, m_clock->now(), surface, access->customerId(),
                                          access->anonymousId()};
    const CartUpdater updater(actionContext);
    if (auto failed = updater.apply(*cart, update->actions()))
        return *failed;
    if (auto failed = updater.finish(*cart))
        return *failed;
    if (auto failed = ExtensionInvoker(m_database).run(u"cart"_s, u"Update"_s, *cart, updater))
        return *failed;
    if (*cart == before)
        return present(ctx, *cart);
    cart->markModified(actionContext.now);
    if (!ResourceTable(m_database, u"carts"_s).update(cart->toJson(), current, columnsOf(*cart)))
        return HttpResponse::error(500, u"General"_s, u"The cart could not be stored."_s);
    return present(ctx, *cart);
}

HttpResponse CartEndpoints::remove(RequestContext &ctx, CartSurface surface, bool byKey)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, surface, ctx, &error);
    if (!access)
        return error;
    const auto cart = load(ctx, *access, byKey, &error);
    if (!cart)
        return error;
    bool ok = false;
    const qint64 version = ctx.queryValue(u"version"_s).toLongLong(&ok);
    if (!ok)
        return CommerceErrors::requiredField(u"version"_s);
    const qint64 current = cart->version();
    if (version != current)
        return CommerceErrors::concurrentModification(cart->id(), version, current);
    if (auto denied = access->check(CartAccess::Operation::Delete, *cart))
        return *denied;
    if (!ResourceTable(m_database, u"carts"_s).remove(cart->id()))
        return HttpResponse::error(500, u"General"_s, u"The cart could not be deleted."_s);
    return present(ctx, *cart);
}

HttpResponse CartEndpoints::activeCart(RequestContext &ctx)
{
    HttpResponse error;
    const auto access = CartAccess::forRequest(m_database, CartSurface::Me, ctx, &error);
    if (!access)
        return error;
    ResourceQuerySpec spec;
    access->restrict(spec);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT doc FROM carts WHERE "_s % spec.scopeSql %
              u" AND cart_state = 'Active' ORDER BY last_modified_at DESC, id DESC LIMIT 1"_s);
    for (const QVariant &b : std::as_const(spec.scopeBindings))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return HttpResponse::notFound(u"No active cart exists."_s);
    return present(ctx, CartDocument::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
}

} // namespace commercedesk::sandbox
