// SPDX-License-Identifier: MIT
#include "api/OrderCreation.h"

#include "api/ClientSupport.h"
#include "api/Logging.h"
#include "api/ResourceQuery.h"
#include "api/json/DraftJson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

bool outcomeUnknown(const ApiError &error)
{
    return error.isTransient() || error.httpStatus >= 500;
}

bool duplicateOrderNumber(const ApiError &error)
{
    return error.httpStatus == 400 && error.code == "DuplicateField"_L1 &&
           error.details.value(u"field"_s).toString() == "orderNumber"_L1;
}

/// docs/orchestrator-api.yaml `OrderDraft`: {cartId, version, orderNumber, purchaseOrderNumber?,
/// authorizationId?}.
QJsonObject orchestratorOrderDraft(const OrderFromCartDraft &draft)
{
    QJsonObject body{{u"cartId"_s, draft.cartId},
                     {u"version"_s, draft.cartVersion},
                     {u"orderNumber"_s, draft.orderNumber}};
    if (draft.purchaseOrderNumber)
        body.insert(u"purchaseOrderNumber"_s, *draft.purchaseOrderNumber);
    if (draft.authorizationId)
        body.insert(u"authorizationId"_s, *draft.authorizationId);
    return body;
}

} // namespace

OrderCreation::OrderCreation(ApiJob *owner, Transport *transport, ApiScope scope, OrderFromCartDraft draft,
                             int timeoutMs, int maxPosts, Done done)
    : ResponseRun(owner, transport, std::move(done))
    , m_scope(std::move(scope))
    , m_draft(std::move(draft))
    , m_timeoutMs(timeoutMs)
    , m_postsLeft(maxPosts)
{}

void OrderCreation::begin()
{
    post();
}

void OrderCreation::post()
{
    --m_postsLeft;
    const QJsonObject body = m_scope.isOrchestrator() ? orchestratorOrderDraft(m_draft)
                             : m_scope.kind() == ApiScope::Kind::Admin
                                 ? json::encodeOrderFromCartDraft(m_draft)
                                 : json::encodeMyOrderFromCartDraft(m_draft);
    HttpRequest request = HttpRequest::post(m_scope.collection(u"orders"_s), jsonBytes(body), false);
    request.timeoutMs = m_timeoutMs;
    send(std::move(request), [this](const Result<HttpResponse> &outcome) { onPosted(outcome); });
}

void OrderCreation::onPosted(const Result<HttpResponse> &outcome)
{
    if (outcome.ok()) {
        finish(outcome);
        return;
    }
    const ApiError &error = outcome.error();
    if (m_scope.isOrchestrator()) {
        // The orchestrator answers a repeated orderNumber with the order the earlier attempt made.
        if (outcomeUnknown(error) && m_postsLeft > 0) {
            qCInfo(lcHttp).noquote() << "order creation outcome unknown (" << error.diagnostic()
                                     << "); repeating the same request";
            post();
            return;
        }
        finish(error);
        return;
    }
    if (outcomeUnknown(error) || duplicateOrderNumber(error)) {
        qCInfo(lcHttp).noquote() << "order creation outcome unknown (" << error.diagnostic()
                                 << "); looking the order up before any retry";
        lookUp(error);
        return;
    }
    finish(error);
}

void OrderCreation::lookUp(const ApiError &postError)
{
    send(lookupRequest(), [this, postError](const Result<HttpResponse> &outcome) {
        if (outcome.ok()) {
            if (std::optional<HttpResponse> order = foundOrder(outcome.value())) {
                finish(*order);
                return;
            }
        } else if (outcome.error().httpStatus != 404) {
            finish(postError); // cannot tell whether the order exists: never POST again blindly
            return;
        }
        if (m_postsLeft <= 0 || duplicateOrderNumber(postError)) {
            finish(postError);
            return;
        }
        post();
    });
}

HttpRequest OrderCreation::lookupRequest() const
{
    if (m_scope.kind() == ApiScope::Kind::Admin) {
        return HttpRequest::get(m_scope.collection(u"orders"_s) + u"/order-number="_s +
                                ApiScope::segment(m_draft.orderNumber));
    }
    const ResourceQuery query = ResourceQuery()
                                    .where(u"cart(id = :cartId)"_s)
                                    .variable(u"cartId"_s, m_draft.cartId)
                                    .limit(1)
                                    .withTotal(false);
    return HttpRequest::get(m_scope.collection(u"orders"_s), query.toUrlQuery());
}

std::optional<HttpResponse> OrderCreation::foundOrder(const HttpResponse &response) const
{
    if (m_scope.kind() == ApiScope::Kind::Admin)
        return response;
    const Result<QJsonValue> parsed = parseJsonBody(response);
    if (!parsed.ok())
        return std::nullopt;
    const QJsonArray results = parsed.value().toObject().value("results"_L1).toArray();
    if (results.isEmpty())
        return std::nullopt;
    HttpResponse order = response;
    order.body = jsonBytes(results.first().toObject());
    return order;
}

} // namespace commercedesk::api
