// SPDX-License-Identifier: MIT
#include "sandbox/orders/CustomerEndpoints.h"

#include "sandbox/auth/PasswordHasher.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/auth/SignInThrottle.h"
#include "sandbox/commerce/BuyerSchemas.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/http/UpdateRequest.h"
#include "sandbox/orders/CustomerSignIn.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QJsonObject withAddressId(QJsonObject address)
{
    if (!address.contains(u"id"_s))
        address.insert(u"id"_s, JsonValues::randomId().left(8));
    return address;
}

HttpResponse invalidCredentials()
{
    return HttpResponse::error(400, u"InvalidCredentials"_s,
                               u"Account with the given credentials not found."_s);
}

} // namespace

CustomerEndpoints::CustomerEndpoints(Database &database, std::shared_ptr<const Clock> clock,
                                     int passwordIterations, SignInThrottle &throttle)
    : m_database(database)
    , m_clock(std::move(clock))
    , m_passwordIterations(passwordIterations)
    , m_throttle(throttle)
{}

void CustomerEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    const RouteOptions read = ScopeRules::read(E::Customers);
    const RouteOptions write = ScopeRules::write(E::Customers);
    const RouteOptions mine = ScopeRules::read(E::MyProfile);
    const RouteOptions mineWrite = ScopeRules::write(E::MyProfile);
    const QString base = u"/{projectKey}/customers"_s;
    router.add(
        HttpMethod::Get, base, [this](RequestContext &c) { return query(c); }, read);
    router.add(
        HttpMethod::Post, base, [this](RequestContext &c) { return create(c, false); }, write);
    router.add(
        HttpMethod::Get, base % u"/{id}"_s, [this](RequestContext &c) { return get(c, false); }, read);
    router.add(
        HttpMethod::Get, base % u"/key={key}"_s, [this](RequestContext &c) { return get(c, true); }, read);
    router.add(
        HttpMethod::Post, u"/{projectKey}/login"_s, [this](RequestContext &c) { return signIn(c, false); },
        write);
    router.add(
        HttpMethod::Get, u"/{projectKey}/me"_s, [this](RequestContext &c) { return me(c); }, mine);
    router.add(
        HttpMethod::Post, u"/{projectKey}/me"_s, [this](RequestContext &c) { return updateMe(c); },
        mineWrite);
    router.add(
        HttpMethod::Post, u"/{projectKey}/me/signup"_s, [this](RequestContext &c) { return create(c, true); },
        mineWrite);
    router.add(
        HttpMethod::Post, u"/{projectKey}/me/login"_s, [this](RequestContext &c) { return signIn(c, true); },
        mineWrite);
}

HttpResponse CustomerEndpoints::query(RequestContext &ctx)
{
    ResourceQuerySpec spec;
    spec.table = u"customers"_s;
    spec.columns = {{u"email"_s, u"email"_s}};
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse CustomerEndpoints::get(RequestContext &ctx, bool byKey)
{
    ResourceTable customers(m_database, u"customers"_s);
    const auto customer = byKey ? customers.byKey(ctx.param(u"key"_s)) : customers.byId(ctx.param(u"id"_s));
    if (!customer)
        return byKey ? ResourceErrors::notFound(u"key"_s, ctx.param(u"key"_s))
                     : ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s));
    return HttpResponse::json(*customer);
}

std::optional<HttpResponse> CustomerEndpoints::insert(const QJsonObject &draft, QJsonObject *customer)
{
    const QString email = draft.value(u"email"_s).toString().trimmed();
    if (email.isEmpty())
        return ResourceErrors::missingValue(u"email"_s);
    const QString password = draft.value(u"password"_s).toString();
    if (password.isEmpty())
        return ResourceErrors::missingValue(u"password"_s);
    if (m_database.scalar(u"SELECT 1 FROM customers WHERE email = ?"_s, {email.toLower()}).isValid())
        return ResourceErrors::duplicateField(u"email"_s, email);
    const QString ts = JsonValues::timestamp(m_clock->now());
    QJsonObject c{{u"id"_s, JsonValues::randomId()},
                  {u"version"_s, 1},
                  {u"createdAt"_s, ts},
                  {u"lastModifiedAt"_s, ts},
                  {u"email"_s, email},
                  {u"isEmailVerified"_s, false},
                  {u"authenticationMode"_s, u"Password"_s},
                  {u"stores"_s, QJsonArray()},
                  {u"customerGroupAssignments"_s, QJsonArray()}};
    for (const QString &field :
         {u"key"_s, u"firstName"_s, u"lastName"_s, u"middleName"_s, u"title"_s, u"salutation"_s,
          u"companyName"_s, u"dateOfBirth"_s, u"vatId"_s, u"locale"_s, u"customerNumber"_s}) {
        if (draft.value(field).isString())
            c.insert(field, draft.value(field));
    }
    QJsonArray addresses;
    for (const QJsonValue &a : draft.value(u"addresses"_s).toArray())
        addresses.append(withAddressId(a.toObject()));
    c.insert(u"addresses"_s, addresses);
    QJsonArray shippingIds, billingIds;
    for (const QString &kind : {u"Shipping"_s, u"Billing"_s}) {
        QJsonArray &ids = kind == u"Shipping"_s ? shippingIds : billingIds;
        for (const QJsonValue &i : draft.value(kind.toLower() % u"Addresses"_s).toArray())
            ids.append(addresses.at(i.toInt()).toObject().value(u"id"_s));
        const QJsonValue def = draft.value(u"default"_s % kind % u"Address"_s);
        if (def.isDouble() && def.toInt() >= 0 && def.toInt() < addresses.size())
            c.insert(u"default"_s % kind % u"AddressId"_s,
                     addresses.at(def.toInt()).toObject().value(u"id"_s));
    }
    c.insert(u"shippingAddressIds"_s, shippingIds);
    c.insert(u"billingAddressIds"_s, billingIds);
    if (!ResourceTable(m_database, u"customers"_s)
             .insert(c, {{u"email"_s, email.toLower()},
                         {u"password_hash"_s, PasswordHasher::hash(password, m_passwordIterations)}})) {
        return ResourceErrors::duplicateField(u"key"_s, c.value(u"key"_s));
    }
    *customer = c;
    return std::nullopt;
}

HttpResponse CustomerEndpoints::create(RequestContext &ctx, bool me)
{
    const QJsonObject draft = ctx.json.object();
    if (me) {
        if (auto refused = BuyerSchemas::checkDraft(u"MyCustomerDraft"_s, draft))
            return *refused;
    }
    QJsonObject customer;
    if (auto error = insert(draft, &customer))
        return *error;
    QJsonObject result{{u"customer"_s, customer}};
    const QString anonymousId =
        me && ctx.principal ? ctx.principal->anonymousId : draft.value(u"anonymousId"_s).toString();
    const auto cart =
        CustomerSignIn(m_database, m_clock->now())
            .activeCart(customer.value(u"id"_s).toString(),
                        me ? QString() : draft.value(u"anonymousCart"_s).toObject().value(u"id"_s).toString(),
                        anonymousId, u"UseAsNewActiveCustomerCart"_s, customer.value(u"email"_s).toString());
    if (cart)
        result.insert(u"cart"_s, *cart);
    return HttpResponse::json(result, 201);
}

HttpResponse CustomerEndpoints::signIn(RequestContext &ctx, bool me)
{
    const QJsonObject body = ctx.json.object();
    // MyCustomerSignin names no anonymous cart: /me/login merges only the caller's own session.
    if (me) {
        if (auto refused = BuyerSchemas::checkDraft(u"MyCustomerSignin"_s, body))
            return *refused;
    }
    const QString email = body.value(u"email"_s).toString().trimmed().toLower();
    const QString clientId = ctx.principal ? ctx.principal->clientId : QString();
    if (const auto wait = m_throttle.blocked(clientId, email)) {
        HttpResponse r = HttpResponse::error(
            429, u"TooManyRequests"_s, u"Too many failed sign-in attempts; try again in %1 s."_s.arg(*wait));
        r.addHeader("Retry-After", QByteArray::number(*wait));
        return r;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, password_hash FROM customers WHERE email = ?"_s);
    q.addBindValue(email);
    const bool found = q.exec() && q.next();
    // Verify against a dummy hash for unknown e-mails so timing does not reveal which accounts exist.
    static const QString dummy = PasswordHasher::hash(u"unused"_s, PasswordHasher::MinimumIterations);
    const QString hash = found ? q.value(1).toString() : dummy;
    if (!PasswordHasher::verify(body.value(u"password"_s).toString(), hash) || !found) {
        m_throttle.recordFailure(clientId, email);
        return invalidCredentials();
    }
    const auto customer = ResourceTable(m_database, u"customers"_s).byId(q.value(0).toString());
    if (!customer)
        return invalidCredentials();
    QString anonymousCartId = me ? QString() : body.value(u"anonymousCartId"_s).toString();
    if (anonymousCartId.isEmpty() && !me)
        anonymousCartId = body.value(u"anonymousCart"_s).toObject().value(u"id"_s).toString();
    const QString anonymousId =
        me && ctx.principal ? ctx.principal->anonymousId : body.value(u"anonymousId"_s).toString();
    const auto cart =
        CustomerSignIn(m_database, m_clock->now())
            .activeCart(customer->value(u"id"_s).toString(), anonymousCartId, anonymousId,
                        body.value(u"activeCartSignInMode"_s).toString(u"MergeWithExistingCustomerCart"_s),
                        customer->value(u"email"_s).toString());
    QJsonObject result{{u"customer"_s, *customer}};
    if (cart)
        result.insert(u"cart"_s, *cart);
    return HttpResponse::json(result);
}

HttpResponse CustomerEndpoints::me(RequestContext &ctx)
{
    if (ctx.principal->customerId.isEmpty())
        return HttpResponse::insufficientScope(u"This endpoint needs a customer (password flow) token."_s);
    const auto customer = ResourceTable(m_database, u"customers"_s).byId(ctx.principal->customerId);
    if (!customer)
        return ResourceErrors::notFound(u"ID"_s, ctx.principal->customerId);
    return HttpResponse::json(*customer);
}

std::optional<HttpResponse> CustomerEndpoints::applyAction(QJsonObject &customer, const QJsonObject &action,
                                                           QString *email)
{
    // What a customer action edits: the customer, and the lower-case email stored beside it.
    struct Edit
    {
        Database &database;
        QJsonObject &customer;
        QString &email;
    };
    const auto setName = [](const QString &field) {
        return [field](Edit &e, const QJsonObject &a) -> std::optional<HttpResponse> {
            if (a.value(field).isString())
                e.customer.insert(field, a.value(field));
            else
                e.customer.remove(field);
            return std::nullopt;
        };
    };
    static const ActionTable<Edit> table(
        {
            {u"setFirstName"_s, setName(u"firstName"_s)},
            {u"setLastName"_s, setName(u"lastName"_s)},
            {u"addAddress"_s,
             [](Edit &e, const QJsonObject &a) -> std::optional<HttpResponse> {
                 const QJsonObject address = a.value(u"address"_s).toObject();
                 if (address.value(u"country"_s).toString().size() != 2)
                     return ResourceErrors::invalidField(u"address.country"_s, address.value(u"country"_s));
                 QJsonArray addresses = e.customer.value(u"addresses"_s).toArray();
                 addresses.append(withAddressId(address));
                 e.customer.insert(u"addresses"_s, addresses);
                 return std::nullopt;
             }},
            {u"changeEmail"_s,
             [](Edit &e, const QJsonObject &a) -> std::optional<HttpResponse> {
                 const QString next = a.value(u"email"_s).toString().trimmed();
                 if (next.isEmpty())
                     return ResourceErrors::missingValue(u"email"_s);
                 if (e.database
                         .scalar(u"SELECT 1 FROM customers WHERE email = ? AND id <> ?"_s,
                                 {next.toLower(), e.customer.value(u"id"_s).toString()})
                         .isValid())
                     return ResourceErrors::duplicateField(u"email"_s, next);
                 e.customer.insert(u"email"_s, next);
                 e.email = next.toLower();
                 return std::nullopt;
             }},
        },
        &ResourceErrors::unknownAction);
    Edit edit{m_database, customer, *email};
    return table.apply(edit, action);
}

HttpResponse CustomerEndpoints::updateMe(RequestContext &ctx)
{
    const HttpResponse found = me(ctx);
    if (!found.isSuccess())
        return found;
    const QJsonObject stored = QJsonDocument::fromJson(found.body).object();
    const QJsonObject body = ctx.json.object();
    if (auto refused = BuyerSchemas::checkUpdate(u"MyCustomerUpdate"_s, u"MyCustomerUpdateAction"_s, body))
        return *refused;
    HttpResponse refused;
    const auto update = UpdateRequest::read(body, stored, &refused);
    if (!update)
        return refused;
    const qint64 current = update->version();
    QJsonObject customer = stored;
    QString email = stored.value(u"email"_s).toString().toLower();
    for (const QJsonValue &a : update->actions()) {
        if (auto error = applyAction(customer, a.toObject(), &email))
            return *error;
    }
    customer.insert(u"version"_s, current + 1);
    customer.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_clock->now()));
    if (!ResourceTable(m_database, u"customers"_s).update(customer, current, {{u"email"_s, email}}))
        return HttpResponse::error(500, u"General"_s, u"Could not store the customer."_s);
    return HttpResponse::json(customer);
}

} // namespace commercedesk::sandbox
