// SPDX-License-Identifier: MIT
// The account-side clients against the REAL sandbox on loopback (label client): the buyer's customer account
// (`/me/signup`, `/me/login`, `/me`), the business units of a B2B associate (`/me/business-units`), and carts
// and orders on the as-associate path, including what the path must refuse. Together with
// TestClientAgainstSandbox, TestTokenFlows and TestClientAgainstSandboxPaging this covers every call of the
// resource clients.
#include "FakeBackend.h"
#include "SandboxFixture.h"
#include "api/BusinessUnitClient.h"
#include "api/CartClient.h"
#include "api/CustomerClient.h"
#include "api/OrderClient.h"
#include "api/ProductProjectionClient.h"
#include "api/ShippingMethodClient.h"
#include "api/actions/CartActions.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using Grant = api::OAuthTokenProvider::Grant;
using api::CartActions;

#define CHECK_OK(result)                                                                                     \
    QVERIFY2((result).ok(),                                                                                  \
             qPrintable((result).ok() ? QString()                                                            \
                                      : (result).error().diagnostic() + u" "_s + (result).error().message))

namespace {

constexpr auto kCompany = "acme-industrial";
constexpr auto kDivision = "acme-industrial-berlin";

core::Address berlin()
{
    core::Address address;
    address.country = u"DE"_s;
    address.firstName = u"Bea"_s;
    address.lastName = u"Buyer"_s;
    address.streetName = u"Werkstraße"_s;
    address.streetNumber = u"12"_s;
    address.postalCode = u"10115"_s;
    address.city = u"Berlin"_s;
    return address;
}

QString uniqueEmail()
{
    return u"new-"_s % QUuid::createUuid().toString(QUuid::Id128).left(12) % u"@example.com"_s;
}

} // namespace

class TestAccountClientsAgainstSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signUpCreatesTheCustomerAndKeepsTheCart();
    void signUpWithATakenEmailIsRefused();
    void signInMergesTheAnonymousCart();
    void signInWithAWrongPasswordIsRefused();
    void meIsThePasswordFlowCustomer();
    void associateSeesTheirBusinessUnits();
    void shopperIsNoAssociate();
    void associateCartBecomesAnOrderOfTheUnit();
    void asAssociatePathRefusesOthers_data();
    void asAssociatePathRefusesOthers();
    void shippingMethodsByIdAndQuery();

private:
    const sandbox::SandboxCustomer *customer(const QString &kind, const QString &role = {}) const;
    /// A storefront session signed in through the password flow as `who`; null (with a failed check) else.
    std::unique_ptr<api::ApiSession> signedIn(const sandbox::SandboxCustomer &who);
    /// A fresh /me cart of an anonymous session with one line item.
    std::optional<core::Cart> anonymousCart(api::ApiSession &session);

    SandboxFixture m_fixture;
    QString m_sku;
};

void TestAccountClientsAgainstSandbox::initTestCase()
{
    qRegisterMetaType<api::ApiError>();
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto anonymous = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    api::ProductProjectionClient products(anonymous->transport());
    api::ProductSearchQuery query;
    query.priceCurrency = u"EUR"_s;
    query.priceCountry = u"DE"_s;
    const auto page = await(products.search(query), this);
    CHECK_OK(page);
    for (const auto &product : page.value().results) {
        if (product.masterVariant.sku && product.masterVariant.price && m_sku.isEmpty())
            m_sku = *product.masterVariant.sku;
    }
    QVERIFY2(!m_sku.isEmpty(), "a product with an EUR price for DE");
    QVERIFY(customer(u"b2c"_s));
    QVERIFY(customer(u"b2b"_s, u"buyer"_s));
}

const sandbox::SandboxCustomer *TestAccountClientsAgainstSandbox::customer(const QString &kind,
                                                                           const QString &role) const
{
    for (const auto &c : m_fixture.credentials().customers) {
        if (c.kind == kind && (role.isEmpty() || c.role == role))
            return &c;
    }
    return nullptr;
}

std::unique_ptr<api::ApiSession>
TestAccountClientsAgainstSandbox::signedIn(const sandbox::SandboxCustomer &who)
{
    auto session = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    std::optional<api::Result<api::AccessToken>> outcome;
    session->auth()->signIn(who.email, who.password, this,
                            [&outcome](const api::Result<api::AccessToken> &r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000) || !outcome->ok())
        return nullptr;
    return session;
}

std::optional<core::Cart> TestAccountClientsAgainstSandbox::anonymousCart(api::ApiSession &session)
{
    api::CartClient carts(session.transport(), api::ApiScope::me());
    api::CartDraft draft;
    draft.currency = u"EUR"_s;
    draft.country = u"DE"_s;
    draft.lineItems = {api::LineItemDraft::bySku(m_sku, 2)};
    const auto created = await(carts.create(draft), this);
    if (!created.ok())
        return std::nullopt;
    return created.value();
}

void TestAccountClientsAgainstSandbox::signUpCreatesTheCustomerAndKeepsTheCart()
{
    auto session = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    const auto cart = anonymousCart(*session);
    QVERIFY(cart);
    api::CustomerDraft draft;
    draft.email = uniqueEmail();
    draft.password = u"Correct horse 42"_s;
    draft.firstName = u"Nina"_s;
    draft.lastName = u"Neu"_s;
    const auto result = await(api::CustomerClient(session->transport()).signUp(draft), this);
    CHECK_OK(result);
    const core::Customer &created = result.value().customer;
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.email, draft.email);
    QCOMPARE(created.firstName.value_or(QString()), u"Nina"_s);
    QVERIFY2(result.value().cart, "the anonymous cart comes back with the new customer");
    QCOMPARE(result.value().cart->id, cart->id);
    QCOMPARE(result.value().cart->customerId.value_or(QString()), created.id);
    QCOMPARE(result.value().cart->lineItems.size(), 1);

    // The new account works with the password flow.
    sandbox::SandboxCustomer fresh{draft.email, draft.password, u"b2c"_s, {}, {}};
    auto again = signedIn(fresh);
    QVERIFY2(again, "the new customer signs in with the password flow");
    const auto me = await(api::CustomerClient(again->transport()).me(), this);
    CHECK_OK(me);
    QCOMPARE(me.value().id, created.id);
}

void TestAccountClientsAgainstSandbox::signUpWithATakenEmailIsRefused()
{
    auto session = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    api::CustomerDraft draft;
    draft.email = customer(u"b2c"_s)->email;
    draft.password = u"whatever 123"_s;
    const auto result = await(api::CustomerClient(session->transport()).signUp(draft), this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().code, u"DuplicateField"_s);
}

void TestAccountClientsAgainstSandbox::signInMergesTheAnonymousCart()
{
    auto session = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    const auto cart = anonymousCart(*session);
    QVERIFY(cart);
    const sandbox::SandboxCustomer *shopper = customer(u"b2c"_s);
    const auto result =
        await(api::CustomerClient(session->transport()).signIn({shopper->email, shopper->password}), this);
    CHECK_OK(result);
    QCOMPARE(result.value().customer.email, shopper->email);
    QVERIFY2(result.value().cart, "the customer's active cart comes back");
    QCOMPARE(result.value().cart->customerId.value_or(QString()), result.value().customer.id);
    bool hasSku = false;
    for (const auto &line : result.value().cart->lineItems)
        hasSku = hasSku || line.variant.sku.value_or(QString()) == m_sku;
    QVERIFY2(hasSku, "the anonymous cart's line is in the customer's cart");
}

void TestAccountClientsAgainstSandbox::signInWithAWrongPasswordIsRefused()
{
    auto session = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    const auto result = await(
        api::CustomerClient(session->transport()).signIn({customer(u"b2c"_s)->email, u"not it"_s}), this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().code, u"InvalidCredentials"_s);
}

void TestAccountClientsAgainstSandbox::meIsThePasswordFlowCustomer()
{
    const sandbox::SandboxCustomer *shopper = customer(u"b2c"_s);
    auto session = signedIn(*shopper);
    QVERIFY(session);
    const auto me = await(api::CustomerClient(session->transport()).me(), this);
    CHECK_OK(me);
    QCOMPARE(me.value().email, shopper->email);
    QCOMPARE(me.value().id, session->auth()->customerId());

    auto anonymous = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    const auto nobody = await(api::CustomerClient(anonymous->transport()).me(), this);
    QVERIFY2(!nobody.ok(), "an anonymous session has no /me customer");
    QCOMPARE(nobody.error().httpStatus / 100, 4);
}

void TestAccountClientsAgainstSandbox::associateSeesTheirBusinessUnits()
{
    const sandbox::SandboxCustomer *buyer = customer(u"b2b"_s, u"buyer"_s);
    auto session = signedIn(*buyer);
    QVERIFY(session);
    api::BusinessUnitClient units(session->transport());
    const auto mine = await(units.myBusinessUnits(), this);
    CHECK_OK(mine);
    QStringList keys;
    for (const auto &unit : mine.value().results)
        keys.append(unit.key);
    QVERIFY2(keys.contains(QLatin1StringView(kCompany)), qPrintable(keys.join(u',')));
    QVERIFY2(keys.contains(QLatin1StringView(kDivision)),
             "the division takes its associates from the parent (ExplicitAndFromParent)");

    const auto company = await(units.myBusinessUnitByKey(QLatin1StringView(kCompany)), this);
    CHECK_OK(company);
    QCOMPARE(int(company.value().unitType), int(core::BusinessUnitType::Company));
    bool listed = false;
    for (const auto &associate : company.value().associates)
        listed = listed || associate.customer.id == session->auth()->customerId();
    QVERIFY2(listed, "the buyer is an associate of the company");
    const auto division = await(units.myBusinessUnitByKey(QLatin1StringView(kDivision)), this);
    CHECK_OK(division);
    QCOMPARE(division.value().parentUnit.value_or(core::KeyReference{}).key, QLatin1StringView(kCompany));

    const auto unknown = await(units.myBusinessUnitByKey(u"no-such-unit"_s), this);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().httpStatus, 404);
}

void TestAccountClientsAgainstSandbox::shopperIsNoAssociate()
{
    auto session = signedIn(*customer(u"b2c"_s));
    QVERIFY(session);
    api::BusinessUnitClient units(session->transport());
    const auto mine = await(units.myBusinessUnits(), this);
    CHECK_OK(mine);
    QCOMPARE(mine.value().results.size(), 0);
    const auto company = await(units.myBusinessUnitByKey(QLatin1StringView(kCompany)), this);
    QVERIFY2(!company.ok(), "a unit the customer is no associate of is not theirs to read");
    QCOMPARE(company.error().httpStatus, 404);
}

void TestAccountClientsAgainstSandbox::associateCartBecomesAnOrderOfTheUnit()
{
    auto session = signedIn(*customer(u"b2b"_s, u"buyer"_s));
    QVERIFY(session);
    const auto scope = api::ApiScope::asAssociate(session->auth()->customerId(), QLatin1StringView(kCompany));
    api::CartClient carts(session->transport(), scope);
    api::CartDraft draft;
    draft.currency = u"EUR"_s;
    draft.country = u"DE"_s;
    draft.shippingAddress = berlin();
    draft.lineItems = {api::LineItemDraft::bySku(m_sku, 5)};
    const auto created = await(carts.create(draft), this);
    CHECK_OK(created);
    QCOMPARE(created.value().businessUnit.value_or(core::KeyReference{}).key, QLatin1StringView(kCompany));
    const QString po = u"PO-"_s % QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto ready = await(carts.update(created.value().id, created.value().version,
                                          {CartActions::setShippingMethod(core::ResourceIdentifier::byKey(
                                               u"shipping-method"_s, u"standard"_s)),
                                           CartActions::setPurchaseOrderNumber(po)}),
                             this);
    CHECK_OK(ready);
    const auto active = await(carts.activeCart(), this);
    CHECK_OK(active);
    QVERIFY(active.value().has_value());
    QCOMPARE(active.value()->id, created.value().id);

    api::OrderClient orders(session->transport(), scope);
    api::OrderFromCartDraft order;
    order.cartId = created.value().id;
    order.cartVersion = ready.value().version;
    const auto placed = await(orders.createFromCart(order), this);
    CHECK_OK(placed);
    QCOMPARE(placed.value().purchaseOrderNumber.value_or(QString()), po);
    QCOMPARE(placed.value().businessUnit.value_or(core::KeyReference{}).key, QLatin1StringView(kCompany));
    const auto listed = await(
        orders.query(api::ResourceQuery().where(u"purchaseOrderNumber = :po"_s).variable(u"po"_s, po)), this);
    CHECK_OK(listed);
    QCOMPARE(listed.value().results.size(), 1);
    QCOMPARE(listed.value().results.first().id, placed.value().id);
    const auto byId = await(orders.byId(placed.value().id), this);
    CHECK_OK(byId);
    QCOMPARE(byId.value().id, placed.value().id);
}

void TestAccountClientsAgainstSandbox::asAssociatePathRefusesOthers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("unitKey");
    QTest::newRow("a B2C shopper on the company's path") << u"b2c"_s << QString::fromLatin1(kCompany);
    QTest::newRow("an associate on a unit that does not exist") << u"b2b"_s << u"other-company"_s;
}

void TestAccountClientsAgainstSandbox::asAssociatePathRefusesOthers()
{
    QFETCH(QString, kind);
    QFETCH(QString, unitKey);
    auto session = signedIn(*customer(kind, kind == u"b2b"_s ? u"buyer"_s : QString()));
    QVERIFY(session);
    const auto scope = api::ApiScope::asAssociate(session->auth()->customerId(), unitKey);
    api::CartDraft draft;
    draft.currency = u"EUR"_s;
    draft.lineItems = {api::LineItemDraft::bySku(m_sku, 1)};
    const auto cart = await(api::CartClient(session->transport(), scope).create(draft), this);
    QVERIFY2(!cart.ok(), "no cart on a unit the customer does not act for");
    QVERIFY2(cart.error().httpStatus == 403 || cart.error().httpStatus == 404,
             qPrintable(QString::number(cart.error().httpStatus)));
    const auto orders = await(api::OrderClient(session->transport(), scope).query({}), this);
    QVERIFY2(!orders.ok(), "no orders of a unit the customer does not act for");
    QVERIFY2(orders.error().httpStatus == 403 || orders.error().httpStatus == 404,
             qPrintable(QString::number(orders.error().httpStatus)));
}

void TestAccountClientsAgainstSandbox::shippingMethodsByIdAndQuery()
{
    auto merchant = m_fixture.session(u"merchant"_s, Grant::ClientCredentials);
    api::ShippingMethodClient methods(merchant->transport());
    const auto all = await(methods.query(api::ResourceQuery().sort(u"key"_s)), this);
    CHECK_OK(all);
    QVERIFY(all.value().results.size() >= 2);
    const auto express = await(
        methods.query(api::ResourceQuery().where(u"key = :key"_s).variable(u"key"_s, u"express"_s)), this);
    CHECK_OK(express);
    QCOMPARE(express.value().results.size(), 1);
    const auto byId = await(methods.byId(express.value().results.first().id), this);
    CHECK_OK(byId);
    QCOMPARE(byId.value().key.value_or(QString()), u"express"_s);
}

QTEST_GUILESS_MAIN(TestAccountClientsAgainstSandbox)
#include "TestAccountClientsAgainstSandbox.moc"
