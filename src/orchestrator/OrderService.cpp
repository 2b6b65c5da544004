// SPDX-License-Identifier: MIT
#include "orchestrator/OrderService.h"

#include "orchestrator/CartRules.h"
#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorConfig.h"
#include "orchestrator/OrchestratorLogging.h"
#include "orchestrator/OwnershipCache.h"
#include "orchestrator/PaymentService.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/ServiceSupport.h"
#include "orchestrator/Upstream.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

bool validOrderNumber(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_\\-]{3,63}$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

/// The validated listing of `GET /v1/orders`, or the error to answer.
std::optional<OrchestratorError> readListing(const QUrlQuery &in, OrderListing *listing)
{
    static const QRegularExpression sortPattern(u"^(createdAt|lastModifiedAt|id|orderNumber) (asc|desc)$"_s);
    static const QRegularExpression poPattern(u"^[A-Za-z0-9][A-Za-z0-9_./\\-]{0,99}$"_s);
    QStringList sort;
    for (const auto &[name, value] : in.queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (name == u"limit"_s && ok && number >= 1 && number <= 100) {
            listing->limit = number;
        } else if (name == u"offset"_s && ok && number >= 0 && number <= 10000) {
            listing->offset = number;
        } else if (name == u"withTotal"_s && (value == u"true"_s || value == u"false"_s)) {
            listing->withTotal = value == u"true"_s;
        } else if (name == u"sort"_s && sort.size() < 3 && sortPattern.match(value).hasMatch()) {
            sort << value;
        } else if (name == u"purchaseOrderNumber"_s && poPattern.match(value).hasMatch()) {
            listing->purchaseOrderNumber = value;
        } else {
            return OrchestratorError::invalidField(
                name, u"Accepted: limit (1-100), offset (0-10000), withTotal, up to 3 sort "
                      u"('createdAt|lastModifiedAt|id|orderNumber asc|desc') and purchaseOrderNumber."_s);
        }
    }
    if (!sort.isEmpty())
        listing->sort = sort;
    return std::nullopt;
}

/// The buyer's cart draft that buys an order's line items again.
QJsonObject reorderDraft(const QJsonObject &order)
{
    QJsonArray items;
    for (const QJsonValue &v : order.value(u"lineItems"_s).toArray()) {
        const QJsonObject line = v.toObject();
        const QJsonObject variant = line.value(u"variant"_s).toObject();
        QJsonObject item{{u"quantity"_s, line.value(u"quantity"_s)}};
        if (variant.contains(u"sku"_s)) {
            item.insert(u"sku"_s, variant.value(u"sku"_s));
        } else {
            item.insert(u"productId"_s, line.value(u"productId"_s));
            item.insert(u"variantId"_s, variant.value(u"id"_s));
        }
        items.append(item);
    }
    QJsonObject draft{{u"currency"_s, order.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s)},
                      {u"lineItems"_s, items}};
    const QString country =
        order.value(u"country"_s)
            .toString(order.value(u"shippingAddress"_s).toObject().value(u"country"_s).toString());
    if (!country.isEmpty())
        draft.insert(u"country"_s, country);
    return draft;
}

} // namespace

OrderService::OrderService(ServiceContext context, PaymentService *payments)
    : m_context(std::move(context))
    , m_payments(payments)
{}

void OrderService::registerRoutes(RouteTable &routes)
{
    using A = RouteTable::Access;
    for (const QString &base : {u"/v1"_s, u"/v1/business-units/{businessUnitKey}"_s}) {
        const A access = base == u"/v1"_s ? A::Session : A::Customer;
        routes.add("POST", base % u"/orders"_s, access, true, [this](Exchange *e) { place(e); });
        routes.add("GET", base % u"/orders"_s, access, false, [this](Exchange *e) { history(e); });
        routes.add("GET", base % u"/orders/{id}"_s, access, false, [this](Exchange *e) { get(e); });
        routes.add("POST", base % u"/orders/{id}/reorder"_s, access, false,
                   [this](Exchange *e) { reorder(e); });
    }
}

void OrderService::place(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    if (!scope)
        return;
    const QJsonObject &in = exchange->json();
    for (auto it = in.begin(); it != in.end(); ++it) {
        static const QStringList allowed{u"cartId"_s, u"version"_s, u"orderNumber"_s,
                                         u"purchaseOrderNumber"_s, u"authorizationId"_s};
        if (!allowed.contains(it.key()))
            return exchange->fail(OrchestratorError::invalidField(it.key(), u"Unknown field."_s));
    }
    const QString cartId = in.value(u"cartId"_s).toString();
    const QJsonValue version = in.value(u"version"_s);
    if (!in.value(u"cartId"_s).isString() || !requireSegment(exchange, cartId, u"cartId"_s))
        return exchange->isAnswered()
                   ? void()
                   : exchange->fail(OrchestratorError::invalidField(u"cartId"_s, u"'cartId' is required."_s));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()))
        return exchange->fail(
            OrchestratorError::invalidField(u"version"_s, u"'version' must be an integer."_s));
    if (!validOrderNumber(in.value(u"orderNumber"_s)))
        return exchange->fail(OrchestratorError::invalidField(
            u"orderNumber"_s, u"'orderNumber' must be 4 to 64 letters, digits, '-' or '_'."_s));
    const QJsonValue po = in.value(u"purchaseOrderNumber"_s);
    if (in.contains(u"purchaseOrderNumber"_s) &&
        (!po.isString() || po.toString().isEmpty() || po.toString().size() > 100))
        return exchange->fail(
            OrchestratorError::invalidField(u"purchaseOrderNumber"_s, u"Must be a non-empty string."_s));
    const QJsonValue authorization = in.value(u"authorizationId"_s);
    if (in.contains(u"authorizationId"_s) &&
        (!authorization.isString() ||
         !requireSegment(exchange, authorization.toString(), u"authorizationId"_s)))
        return exchange->isAnswered()
                   ? void()
                   : exchange->fail(OrchestratorError::invalidField(
                         u"authorizationId"_s, u"Must be the gateway's authorization id."_s));
    const QString orderNumber = in.value(u"orderNumber"_s).toString();
    QJsonObject draft{{u"cart"_s, QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, cartId}}},
                      {u"version"_s, version.toInteger()},
                      {u"orderNumber"_s, orderNumber}};
    if (po.isString())
        draft.insert(u"purchaseOrderNumber"_s, po);
    const Placement placement{*scope, draft, orderNumber, cartId, authorization.toString()};
    // B2B reads first: a retry of an order already made would otherwise meet a version conflict, which the
    // as-associate order endpoint does not document (api.yaml), before the state that explains it. A card
    // authorization is checked against the cart, so that path reads it too.
    if (!scope->isB2B() && placement.authorizationId.isEmpty() &&
        m_context.owners->knows(cartId, scope->ownerKey(), m_context.nowMs()))
        return placeKnown(placement, exchange);
    placeChecked(placement, exchange);
}

void OrderService::placeKnown(const Placement &placement, Exchange *exchange)
{
    // The owner is known (this replica saw the cart's owner), so the order is made without reading the cart
    // first. An answer that may mean "the cart is no longer active" or "the order exists already" takes the
    // checked path, which tells them apart.
    m_context.upstream->post(
        placement.buyer.orders(), placement.draft, false, exchange,
        [this, placement, exchange](const api::Result<QJsonObject> &result) {
            if (result.ok()) {
                if (placement.buyer.owns(result.value()))
                    return exchange->answer(201, result.value());
                qCCritical(lcService).noquote()
                    << "cart" << placement.cartId << "was ordered for another owner";
                return exchange->fail(
                    OrchestratorError::notFound(u"There is no such cart or order for you."_s));
            }
            const api::ApiError &error = result.error();
            if (error.code == u"DuplicateField"_s || error.isTransient() ||
                error.code == u"InvalidOperation"_s || error.code == u"ConcurrentModification"_s)
                return placeChecked(placement, exchange);
            if (error.httpStatus == 404)
                return exchange->fail(
                    OrchestratorError::notFound(u"There is no such cart or order for you."_s));
            exchange->fail(OrchestratorError::fromApi(error));
        });
}

void OrderService::placeChecked(const Placement &placement, Exchange *exchange)
{
    loadOwned(m_context.upstream, placement.buyer, placement.buyer.cart(placement.cartId), exchange,
              [this, placement, exchange](const QJsonObject &cart) {
                  if (cart.value(u"cartState"_s).toString() != u"Active"_s)
                      return answerExisting(placement.buyer, placement.orderNumber, placement.cartId,
                                            exchange,
                                            {409,
                                             u"CartAlreadyOrdered"_s,
                                             u"This cart was already ordered under another order number."_s,
                                             {}});
                  if (placement.authorizationId.isEmpty())
                      return submit(placement, exchange);
                  payWith(placement, cart, exchange);
              });
}

void OrderService::payWith(const Placement &placement, const QJsonObject &cart, Exchange *exchange)
{
    // The version the buyer saw must be the cart's; a retry after the payment was recorded (the buyer's view
    // predates it) is the exception: the authorization's amount check then vouches for what is ordered.
    const bool paid = !cart.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray().isEmpty();
    if (!paid && cart.value(u"version"_s).toInteger() != placement.draft.value(u"version"_s).toInteger())
        return exchange->fail({409, u"ConcurrentModification"_s,
                               u"The cart changed since you saw it; review it and place the order again."_s,
                               QJsonObject{{u"currentVersion"_s, cart.value(u"version"_s)}}});
    m_payments->recordAuthorization(placement.buyer, cart, placement.authorizationId, exchange,
                                    [this, placement, exchange](const QJsonObject &withPayment) {
                                        Placement next = placement;
                                        next.draft.insert(u"version"_s, withPayment.value(u"version"_s));
                                        submit(next, exchange);
                                    });
}

void OrderService::submit(const Placement &placement, Exchange *exchange)
{
    m_context.upstream->post(placement.buyer.orders(), placement.draft, false, exchange,
                             [this, placement, exchange](const api::Result<QJsonObject> &result) {
                                 if (result.ok())
                                     return exchange->answer(201, result.value());
                                 const api::ApiError &error = result.error();
                                 // The order may exist although this answer is an error: a duplicate number
                                 // (an earlier attempt went through) or a lost answer. Look before telling
                                 // the buyer anything.
                                 if (error.code == u"DuplicateField"_s || error.isTransient() ||
                                     error.code == u"InvalidOperation"_s)
                                     return answerExisting(placement.buyer, placement.orderNumber,
                                                           placement.cartId, exchange,
                                                           OrchestratorError::fromApi(error));
                                 exchange->fail(OrchestratorError::fromApi(error));
                             });
}

void OrderService::answerExisting(const BuyerScope &scope, const QString &orderNumber, const QString &cartId,
                                  Exchange *exchange, const OrchestratorError &otherwise)
{
    m_context.upstream->get(scope.orders(), scope.byOrderNumber(orderNumber), exchange,
                            [scope, cartId, exchange, otherwise](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                for (const QJsonValue &v : result.value().value(u"results"_s).toArray()) {
                                    const QJsonObject order = v.toObject();
                                    if (scope.owns(order) &&
                                        order.value(u"cart"_s).toObject().value(u"id"_s).toString() == cartId)
                                        return exchange->answer(200, order);
                                }
                                exchange->fail(otherwise);
                            });
}

void OrderService::history(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    if (!scope)
        return;
    OrderListing listing;
    if (auto error = readListing(exchange->query(), &listing))
        return exchange->fail(*error);
    m_context.upstream->get(scope->orders(), scope->history(listing), exchange,
                            [buyer = *scope, exchange](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                QJsonObject page = result.value();
                                QJsonArray mine;
                                for (const QJsonValue &order : page.value(u"results"_s).toArray()) {
                                    if (buyer.owns(order.toObject()))
                                        mine.append(order);
                                }
                                page.insert(u"results"_s, mine);
                                page.insert(u"count"_s, mine.size());
                                exchange->answer(200, page);
                            });
}

void OrderService::get(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString id = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, id, u"id"_s))
        return;
    loadOwned(m_context.upstream, *scope, scope->order(id), exchange,
              [exchange](const QJsonObject &order) { exchange->answer(200, order); });
}

void OrderService::reorder(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString id = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, id, u"id"_s))
        return;
    loadOwned(m_context.upstream, *scope, scope->order(id), exchange,
              [this, buyer = *scope, exchange](const QJsonObject &order) {
                  QJsonObject draft;
                  if (auto error =
                          CartRules::checkDraft(reorderDraft(order), m_context.config->taxMode, {}, &draft))
                      return exchange->fail(*error);
                  buyer.addOwner(&draft);
                  m_context.upstream->post(buyer.carts(), draft, false, exchange,
                                           [exchange](const api::Result<QJsonObject> &result) {
                                               if (!result.ok())
                                                   return exchange->fail(
                                                       OrchestratorError::fromApi(result.error()));
                                               exchange->answer(201, result.value());
                                           });
              });
}

} // namespace commercedesk::orchestrator
