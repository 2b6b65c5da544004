// SPDX-License-Identifier: MIT
#include "OrdersTestSupport.h"

#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::test {

namespace {

QJsonObject money(const QString &currency, qint64 cents)
{
    return JsonValues::money(currency, cents);
}

QJsonObject taxRate(double amount)
{
    return QJsonObject{{u"name"_s, u"standard VAT"_s},
                       {u"amount"_s, amount},
                       {u"includedInPrice"_s, true},
                       {u"country"_s, u"DE"_s},
                       {u"subRates"_s, QJsonArray()}};
}

QJsonObject taxedPrice(const QString &currency, qint64 gross, qint64 tax)
{
    return QJsonObject{{u"totalNet"_s, money(currency, gross - tax)},
                       {u"totalGross"_s, money(currency, gross)},
                       {u"totalTax"_s, money(currency, tax)},
                       {u"taxPortions"_s, QJsonArray{QJsonObject{{u"rate"_s, 0.19},
                                                                 {u"amount"_s, money(currency, tax)},
                                                                 {u"name"_s, u"standard VAT"_s}}}}};
}

QJsonObject address()
{
    return QJsonObject{
        {u"firstName"_s, u"Ada"_s},  {u"lastName"_s, u"Lovelace"_s}, {u"streetName"_s, u"Lindenallee"_s},
        {u"streetNumber"_s, u"5"_s}, {u"postalCode"_s, u"20095"_s},  {u"city"_s, u"Hamburg"_s},
        {u"country"_s, u"DE"_s}};
}

} // namespace

bool OrdersFixture::start(const QString &projectKey, QString *error, bool outsideSystems)
{
    m_projectKey = projectKey;
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    SandboxConfig config;
    config.dataDir = m_dir.filePath(u"data"_s);
    config.projectKey = projectKey;
    config.outside.enabled = outsideSystems;
    m_sandbox = std::make_unique<Sandbox>(config);
    if (!m_sandbox->start(error))
        return false;
    m_credentials = m_sandbox->credentials();
    m_http = std::make_unique<TestHttp>(m_credentials.apiUrl);
    if (!m_database.open(m_dir.filePath(u"data/sandbox.sqlite"_s))) {
        *error = m_database.errorString();
        return false;
    }
    return true;
}

QJsonObject OrdersFixture::insertCart(const CartSpec &spec)
{
    const QString ts = JsonValues::timestamp(QDateTime::currentDateTimeUtc());
    const QString c = spec.currency;
    QJsonObject line{
        {u"id"_s, JsonValues::randomId()},
        {u"productId"_s, JsonValues::randomId()},
        {u"productKey"_s, u"mug"_s},
        {u"name"_s, QJsonObject{{u"en"_s, u"Mug"_s}}},
        {u"productType"_s, JsonValues::reference(u"product-type"_s, JsonValues::randomId())},
        {u"variant"_s, QJsonObject{{u"id"_s, 1}, {u"sku"_s, u"MUG-001"_s}}},
        {u"price"_s, QJsonObject{{u"id"_s, JsonValues::randomId()}, {u"value"_s, money(c, 1190)}}},
        {u"quantity"_s, 2},
        {u"totalPrice"_s, money(c, 2380)},
        {u"discountedPricePerQuantity"_s, QJsonArray()},
        {u"state"_s, QJsonArray()},
        {u"priceMode"_s, u"Platform"_s},
        {u"lineItemMode"_s, u"Standard"_s}};
    if (spec.lineTaxRate) {
        line.insert(u"taxRate"_s, taxRate(0.19));
        line.insert(u"taxedPrice"_s, taxedPrice(c, 2380, 380));
    }
    QJsonObject cart{{u"id"_s, JsonValues::randomId()},
                     {u"version"_s, 1},
                     {u"createdAt"_s, ts},
                     {u"lastModifiedAt"_s, ts},
                     {u"cartState"_s, u"Active"_s},
                     {u"lineItems"_s, QJsonArray{line}},
                     {u"customLineItems"_s, QJsonArray()},
                     {u"totalLineItemQuantity"_s, 2},
                     {u"totalPrice"_s, money(c, 2875)},
                     {u"taxMode"_s, spec.taxMode},
                     {u"taxRoundingMode"_s, u"HalfEven"_s},
                     {u"taxCalculationMode"_s, u"LineItemLevel"_s},
                     {u"inventoryMode"_s, u"None"_s},
                     {u"shippingMode"_s, u"Single"_s},
                     {u"shipping"_s, QJsonArray()},
                     {u"itemShippingAddresses"_s, QJsonArray()},
                     {u"discountCodes"_s, QJsonArray()},
                     {u"directDiscounts"_s, QJsonArray()},
                     {u"refusedGifts"_s, QJsonArray()},
                     {u"origin"_s, u"Customer"_s},
                     {u"country"_s, u"DE"_s},
                     {u"customerEmail"_s, u"ada@example.com"_s}};
    if (spec.shippingAddress) {
        cart.insert(u"shippingAddress"_s, address());
        cart.insert(u"billingAddress"_s, address());
    }
    if (spec.shippingInfo) {
        QJsonObject info{
            {u"shippingMethodName"_s, u"Standard"_s},
            {u"price"_s, money(c, 495)},
            {u"shippingRate"_s, QJsonObject{{u"price"_s, money(c, 495)}, {u"tiers"_s, QJsonArray()}}},
            {u"shippingMethod"_s, JsonValues::reference(u"shipping-method"_s, JsonValues::randomId())},
            {u"shippingMethodState"_s, u"MatchesCart"_s}};
        if (spec.shippingTaxRate) {
            info.insert(u"taxRate"_s, taxRate(0.19));
            info.insert(u"taxedPrice"_s, taxedPrice(c, 495, 79));
        }
        cart.insert(u"shippingInfo"_s, info);
    }
    if (spec.lineTaxRate && spec.shippingTaxRate)
        cart.insert(u"taxedPrice"_s, taxedPrice(c, 2875, 459));
    const QList<std::pair<QString, QString>> optional{{u"customerId"_s, spec.customerId},
                                                      {u"anonymousId"_s, spec.anonymousId},
                                                      {u"purchaseOrderNumber"_s, spec.purchaseOrderNumber}};
    for (const auto &[field, value] : optional) {
        if (!value.isEmpty())
            cart.insert(field, value);
    }
    if (!spec.businessUnitKey.isEmpty())
        cart.insert(u"businessUnit"_s, JsonValues::keyReference(u"business-unit"_s, spec.businessUnitKey));
    if (!spec.storeKey.isEmpty())
        cart.insert(u"store"_s, JsonValues::keyReference(u"store"_s, spec.storeKey));
    if (!spec.paymentId.isEmpty()) {
        cart.insert(
            u"paymentInfo"_s,
            QJsonObject{{u"payments"_s, QJsonArray{JsonValues::reference(u"payment"_s, spec.paymentId)}}});
    }
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    ResourceTable(m_database, u"carts"_s)
        .insert(cart, {{u"customer_id"_s, nullable(spec.customerId)},
                       {u"anonymous_id"_s, nullable(spec.anonymousId)},
                       {u"business_unit_key"_s, nullable(spec.businessUnitKey)},
                       {u"store_key"_s, nullable(spec.storeKey)},
                       {u"cart_state"_s, u"Active"_s}});
    return cart;
}

QString OrdersFixture::insertPayment()
{
    const QString ts = JsonValues::timestamp(QDateTime::currentDateTimeUtc());
    const QJsonObject payment{{u"id"_s, JsonValues::randomId()},
                              {u"version"_s, 1},
                              {u"createdAt"_s, ts},
                              {u"lastModifiedAt"_s, ts},
                              {u"amountPlanned"_s, money(u"EUR"_s, 2875)},
                              {u"transactions"_s, QJsonArray()}};
    ResourceTable(m_database, u"payments"_s).insert(payment);
    return payment.value(u"id"_s).toString();
}

QByteArray OrdersFixture::clientToken(const QString &clientName)
{
    if (!m_clientTokens.contains(clientName))
        m_clientTokens.insert(clientName, m_http->clientToken(m_credentials, clientName));
    return m_clientTokens.value(clientName);
}

QByteArray OrdersFixture::customerToken(const QString &email, const QString &password)
{
    const SandboxClient *client = m_credentials.client(u"storefront"_s);
    const HttpResult r = m_http->token(
        path(u"/customers/token"_s).prepend(u"/oauth"_s), client->clientId, client->clientSecret,
        {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, password}});
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

QByteArray OrdersFixture::anonymousToken(QString *anonymousId)
{
    const SandboxClient *client = m_credentials.client(u"storefront"_s);
    const HttpResult r = m_http->token(path(u"/anonymous/token"_s).prepend(u"/oauth"_s), client->clientId,
                                       client->clientSecret, {{u"grant_type"_s, u"client_credentials"_s}});
    for (const QString &scope : r.json.value(u"scope"_s).toString().split(u' ')) {
        if (scope.startsWith(u"anonymous_id:"_s))
            *anonymousId = scope.mid(13);
    }
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

HttpResult OrdersFixture::post(const QString &p, const QJsonObject &body, const QByteArray &bearer)
{
    return m_http->send("POST", p, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                        {{"Authorization", "Bearer " + bearer}});
}

HttpResult OrdersFixture::get(const QString &p, const QByteArray &bearer,
                              const QList<QPair<QString, QString>> &query)
{
    return m_http->get(p, query, bearer);
}

HttpResult OrdersFixture::orderFromCart(const QJsonObject &cart, const QString &orderNumber)
{
    QJsonObject draft{{u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString())},
                      {u"version"_s, cart.value(u"version"_s)}};
    if (!orderNumber.isEmpty())
        draft.insert(u"orderNumber"_s, orderNumber);
    return post(path(u"/orders"_s), draft, clientToken(u"admin"_s));
}

} // namespace commercedesk::sandbox::test
