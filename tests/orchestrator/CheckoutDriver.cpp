// SPDX-License-Identifier: MIT
#include "CheckoutDriver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace commercedesk::testsupport {

namespace {

QJsonObject germanAddress()
{
    return {{u"firstName"_s, u"Ada"_s},  {u"lastName"_s, u"Lovelace"_s}, {u"streetName"_s, u"Hafenweg"_s},
            {u"streetNumber"_s, u"3"_s}, {u"postalCode"_s, u"13599"_s},  {u"city"_s, u"Berlin"_s},
            {u"country"_s, u"DE"_s}};
}

QJsonObject update(qint64 version, const QJsonObject &action)
{
    return {{u"version"_s, version}, {u"actions"_s, QJsonArray{action}}};
}

} // namespace

CheckoutDriver::CheckoutDriver(OrchestratorHarness &harness, std::function<QUrl()> next)
    : m_harness(harness)
    , m_next(std::move(next))
{}

bool CheckoutDriver::step(const HttpResult &result, int expectedStatus, const char *what)
{
    if (result.status == expectedStatus)
        return true;
    qWarning().noquote() << what << "answered" << result.status << result.body.left(600);
    return false;
}

bool CheckoutDriver::prepareCart(const QString &base, const QJsonObject &draft)
{
    HttpResult r = m_harness.call(m_next(), "POST", base % u"/carts"_s, draft, m_token);
    if (!step(r, 201, "create cart"))
        return false;
    m_cartId = r.json.value(u"id"_s).toString();
    r = m_harness.call(m_next(), "POST", base % u"/carts/"_s % m_cartId,
                       update(r.json.value(u"version"_s).toInteger(),
                              {{u"action"_s, u"setShippingAddress"_s}, {u"address"_s, germanAddress()}}),
                       m_token);
    if (!step(r, 200, "set shipping address"))
        return false;
    if (r.json.value(u"taxedPrice"_s).isUndefined()) {
        qWarning() << "the cart is not taxed after the address";
        return false;
    }
    m_version = r.json.value(u"version"_s).toInteger();
    r = m_harness.call(m_next(), "GET", base % u"/carts/"_s % m_cartId % u"/shipping-methods"_s, {}, m_token);
    if (!step(r, 200, "shipping methods") || r.json.value(u"results"_s).toArray().isEmpty())
        return false;
    const QString method = r.json.value(u"results"_s).toArray().first().toObject().value(u"id"_s).toString();
    r = m_harness.call(m_next(), "POST", base % u"/carts/"_s % m_cartId,
                       update(m_version, {{u"action"_s, u"setShippingMethod"_s},
                                          {u"shippingMethod"_s, QJsonObject{{u"id"_s, method}}}}),
                       m_token);
    if (!step(r, 200, "set shipping method"))
        return false;
    m_version = r.json.value(u"version"_s).toInteger();
    return true;
}

QJsonObject CheckoutDriver::b2cCardCheckout(const QString &orderNumber)
{
    HttpResult r = m_harness.call(m_next(), "POST", u"/v1/sessions/anonymous"_s);
    if (!step(r, 201, "anonymous session"))
        return {};
    m_token = r.json.value(u"accessToken"_s).toString().toLatin1();
    const QString sku = m_harness.someSku(m_next(), m_token);
    r = m_harness.call(m_next(), "POST", u"/v1/carts"_s,
                       {{u"currency"_s, u"EUR"_s},
                        {u"country"_s, u"DE"_s},
                        {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 2}}}}},
                       m_token);
    if (!step(r, 201, "anonymous cart"))
        return {};
    const QString anonymousCart = r.json.value(u"id"_s).toString();
    const BuyerLogin login = OrchestratorHarness::shopper();
    r = m_harness.call(m_next(), "POST", u"/v1/sessions/sign-in"_s,
                       {{u"email"_s, login.email}, {u"password"_s, login.password}}, m_token);
    if (!step(r, 200, "sign-in"))
        return {};
    m_token = r.json.value(u"accessToken"_s).toString().toLatin1();
    r = m_harness.call(m_next(), "GET", u"/v1/carts/active"_s, {}, m_token);
    if (!step(r, 200, "active cart after sign-in"))
        return {};
    m_cartId = r.json.value(u"id"_s).toString();
    if (r.json.value(u"lineItems"_s).toArray().isEmpty() || m_cartId != anonymousCart) {
        // A shopper with an older cart gets the anonymous lines merged into it; either way they are kept.
        bool kept = false;
        for (const QJsonValue &line : r.json.value(u"lineItems"_s).toArray())
            kept = kept || line.toObject().value(u"variant"_s).toObject().value(u"sku"_s).toString() == sku;
        if (!kept) {
            qWarning() << "the anonymous cart's line was lost on sign-in";
            return {};
        }
    }
    // Continue on the active cart (address, tax, shipping).
    HttpResult a = m_harness.call(
        m_next(), "POST", u"/v1/carts/"_s % m_cartId,
        {{u"version"_s, r.json.value(u"version"_s)},
         {u"actions"_s,
          QJsonArray{QJsonObject{{u"action"_s, u"setShippingAddress"_s}, {u"address"_s, germanAddress()}}}}},
        m_token);
    if (!step(a, 200, "address"))
        return {};
    HttpResult s =
        m_harness.call(m_next(), "GET", u"/v1/carts/"_s % m_cartId % u"/shipping-methods"_s, {}, m_token);
    if (!step(s, 200, "shipping methods") || s.json.value(u"results"_s).toArray().isEmpty())
        return {};
    const QString method = s.json.value(u"results"_s).toArray().first().toObject().value(u"id"_s).toString();
    a = m_harness.call(m_next(), "POST", u"/v1/carts/"_s % m_cartId,
                       update(a.json.value(u"version"_s).toInteger(),
                              {{u"action"_s, u"setShippingMethod"_s},
                               {u"shippingMethod"_s, QJsonObject{{u"id"_s, method}}}}),
                       m_token);
    if (!step(a, 200, "shipping method"))
        return {};
    const QJsonObject total = a.json.value(u"totalPrice"_s).toObject();
    const QString authorization = m_harness.authorizeCard(m_cartId, total.value(u"centAmount"_s).toInteger(),
                                                          total.value(u"currencyCode"_s).toString());
    a = m_harness.call(m_next(), "POST", u"/v1/carts/"_s % m_cartId % u"/payments"_s,
                       {{u"authorizationId"_s, authorization}}, m_token);
    if (!step(a, 200, "record card payment"))
        return {};
    if (a.json.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray().size() != 1) {
        qWarning() << "the cart has no payment";
        return {};
    }
    m_version = a.json.value(u"version"_s).toInteger();
    r = m_harness.call(m_next(), "POST", u"/v1/orders"_s,
                       {{u"cartId"_s, m_cartId}, {u"version"_s, m_version}, {u"orderNumber"_s, orderNumber}},
                       m_token);
    if (!step(r, 201, "place order"))
        return {};
    return r.json;
}

bool CheckoutDriver::prepareB2bCart()
{
    const BuyerLogin login = OrchestratorHarness::b2bBuyer();
    HttpResult r = m_harness.call(m_next(), "POST", u"/v1/sessions/sign-in"_s,
                                  {{u"email"_s, login.email}, {u"password"_s, login.password}});
    if (!step(r, 200, "B2B sign-in"))
        return false;
    m_token = r.json.value(u"accessToken"_s).toString().toLatin1();
    const QString sku = m_harness.someSku(m_next(), m_token);
    return prepareCart(u"/v1/business-units/acme-industrial"_s,
                       {{u"currency"_s, u"EUR"_s},
                        {u"country"_s, u"DE"_s},
                        {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 5}}}}});
}

QJsonObject CheckoutDriver::b2bPurchaseOrderCheckout(const QString &orderNumber, const QString &poNumber)
{
    if (!prepareB2bCart())
        return {};
    const QString base = u"/v1/business-units/acme-industrial"_s;
    const HttpResult r = m_harness.call(m_next(), "POST", base % u"/orders"_s,
                                        {{u"cartId"_s, m_cartId},
                                         {u"version"_s, m_version},
                                         {u"orderNumber"_s, orderNumber},
                                         {u"purchaseOrderNumber"_s, poNumber}},
                                        m_token);
    if (!step(r, 201, "place B2B order"))
        return {};
    return r.json;
}

} // namespace commercedesk::testsupport
