// SPDX-License-Identifier: MIT
// Every auth flow of the client against the REAL sandbox on loopback (label client): client credentials,
// anonymous session, password flow (right and wrong password, anonymous-id handover), refresh tokens kept in
// a RefreshTokenStore (restore, sign-out clears, refused refresh), renewal before expiry on the sandbox's
// short token lifetime, one retry after 401 invalid_token, and 403 insufficient_scope as an ApiError.
#include "FakeBackend.h"
#include "SandboxFixture.h"
#include "api/MemoryRefreshTokenStore.h"
#include "api/ProductProjectionClient.h"
#include "sandbox/seed/DemoAccounts.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using Grant = api::OAuthTokenProvider::Grant;

namespace {

constexpr int kTokenSeconds = 600; // the sandbox's short token lifetime for this test

api::Result<api::AccessToken> awaitToken(api::TokenProvider *tokens, QObject *context)
{
    std::optional<api::Result<api::AccessToken>> outcome;
    tokens->requestToken(context, [&outcome](const api::Result<api::AccessToken> &r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
        qFatal("no token in time");
    return *outcome;
}

api::Result<api::AccessToken> awaitSignIn(api::OAuthTokenProvider *auth, const QString &email,
                                          const QString &password, QObject *context)
{
    std::optional<api::Result<api::AccessToken>> outcome;
    auth->signIn(email, password, context,
                 [&outcome](const api::Result<api::AccessToken> &r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
        qFatal("no sign-in answer in time");
    return *outcome;
}

/// One authenticated API call: a product search for one product.
api::Result<core::PagedResult<core::ProductProjection>> searchOnce(api::ApiSession &session, QObject *context)
{
    api::ProductProjectionClient products(session.transport());
    api::ProductSearchQuery query;
    query.limit = 1;
    return await(products.search(query), context);
}

QString scopeValue(const api::AccessToken &token, const QString &prefix)
{
    for (const QString &scope : token.scopes) {
        if (scope.startsWith(prefix + u':'))
            return scope.mid(prefix.size() + 1);
    }
    return {};
}

} // namespace

class TestTokenFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientCredentials_data();
    void clientCredentials();
    void anonymousSessionKeepsItsRefreshToken();
    void password_data();
    void password();
    void storedRefreshTokenRestoresTheCustomerSession();
    void signOutClearsTheStoredRefreshToken();
    void refusedRefreshTokenStartsANewAnonymousSession();
    void tokenIsRenewedBeforeExpiry();
    void expiredTokenIsRetriedOnceWithAFreshOne();
    void insufficientScopeIsAnApiError();

private:
    std::unique_ptr<api::ApiSession> session(const QString &client, Grant grant)
    {
        return m_fixture.session(client, grant, [this] { return m_clientClock.now(); });
    }

    SandboxFixture m_fixture;
    std::shared_ptr<ManualClock> m_sandboxClock = std::make_shared<ManualClock>();
    ManualClock m_clientClock;
    sandbox::SandboxCustomer m_shopper;
};

void TestTokenFlows::initTestCase()
{
    qRegisterMetaType<api::ApiError>();
    const QString error = m_fixture.start([this](sandbox::SandboxConfig &config) {
        config.accessTokenSeconds = kTokenSeconds;
        config.clock = m_sandboxClock;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const sandbox::SandboxCustomer &customer : m_fixture.credentials().customers) {
        if (customer.kind == u"b2c"_s)
            m_shopper = customer;
    }
    QVERIFY(!m_shopper.email.isEmpty());
}

void TestTokenFlows::clientCredentials_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("expectedScope");
    QTest::newRow("merchant") << u"merchant"_s << u"manage_orders"_s;
    QTest::newRow("admin") << u"admin"_s << u"manage_project"_s;
}

void TestTokenFlows::clientCredentials()
{
    QFETCH(QString, client);
    QFETCH(QString, expectedScope);
    auto s = session(client, Grant::ClientCredentials);
    QSignalSpy issued(s->tokens(), &api::TokenProvider::secretIssued);

    const auto token = awaitToken(s->tokens(), this);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().diagnostic()));
    QVERIFY(!token.value().value.isEmpty());
    QVERIFY(token.value().refreshToken.isEmpty()); // client credentials give no refresh token
    QVERIFY(token.value().scopes.contains(expectedScope + u':' + m_fixture.credentials().projectKey));
    QCOMPARE(token.value().issuedAt.secsTo(token.value().expiresAt), kTokenSeconds);

    const auto page = searchOnce(*s, this);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().diagnostic()));
    QCOMPARE(page.value().results.size(), 1);
    QCOMPARE(issued.count(), 1); // the cached token served the search
}

void TestTokenFlows::anonymousSessionKeepsItsRefreshToken()
{
    api::MemoryRefreshTokenStore store;
    auto s = session(u"storefront"_s, Grant::AnonymousSession);
    s->setRefreshTokenStore(&store);

    const auto token = awaitToken(s->tokens(), this);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().diagnostic()));
    QVERIFY(!s->auth()->anonymousId().isEmpty());
    QCOMPARE(s->auth()->anonymousId(), scopeValue(token.value(), u"anonymous_id"_s));
    QVERIFY(s->auth()->customerId().isEmpty());
    QVERIFY(!token.value().refreshToken.isEmpty());
    QTRY_COMPARE(store.stored(), token.value().refreshToken);
    QVERIFY(searchOnce(*s, this).ok());
}

void TestTokenFlows::password_data()
{
    QTest::addColumn<bool>("rightPassword");
    QTest::newRow("right password") << true;
    QTest::newRow("wrong password") << false;
}

void TestTokenFlows::password()
{
    QFETCH(bool, rightPassword);
    api::MemoryRefreshTokenStore store;
    auto s = session(u"storefront"_s, Grant::AnonymousSession);
    s->setRefreshTokenStore(&store);
    QSignalSpy changed(s->auth(), &api::OAuthTokenProvider::sessionChanged);
    const auto anonymous = awaitToken(s->tokens(), this);
    QVERIFY(anonymous.ok());
    const QString anonymousId = s->auth()->anonymousId();
    QTRY_COMPARE(store.stored(), anonymous.value().refreshToken);

    const QString password = rightPassword ? m_shopper.password : m_shopper.password + u"-wrong"_s;
    const auto signedIn = awaitSignIn(s->auth(), m_shopper.email, password, this);
    if (!rightPassword) {
        QVERIFY(!signedIn.ok());
        QCOMPARE(int(signedIn.error().kind), int(api::ApiError::Kind::Http));
        QCOMPARE(signedIn.error().httpStatus, 400);
        QCOMPARE(signedIn.error().code, u"invalid_customer_account_credentials"_s);
        QVERIFY(!signedIn.error().message.contains(password));
        // Nothing changed: still the same anonymous session, same stored refresh token.
        QCOMPARE(changed.count(), 0);
        QCOMPARE(s->auth()->anonymousId(), anonymousId);
        QCOMPARE(awaitToken(s->tokens(), this).value().value, anonymous.value().value);
        QCOMPARE(store.stored(), anonymous.value().refreshToken);
        return;
    }
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().diagnostic()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(s->auth()->customerId(), sandbox::DemoAccounts::customerId(m_shopper.email));
    QVERIFY(s->auth()->anonymousId().isEmpty());
    QVERIFY(signedIn.value().value != anonymous.value().value);
    // Later requests run as the customer, and the customer's refresh token replaced the anonymous one.
    QCOMPARE(awaitToken(s->tokens(), this).value().value, signedIn.value().value);
    QTRY_COMPARE(store.stored(), signedIn.value().refreshToken);
    QVERIFY(searchOnce(*s, this).ok());
}

void TestTokenFlows::storedRefreshTokenRestoresTheCustomerSession()
{
    api::MemoryRefreshTokenStore store;
    QString firstAccessToken;
    {
        auto first = session(u"storefront"_s, Grant::AnonymousSession);
        first->setRefreshTokenStore(&store);
        QVERIFY(awaitToken(first->tokens(), this).ok());
        const auto signedIn = awaitSignIn(first->auth(), m_shopper.email, m_shopper.password, this);
        QVERIFY(signedIn.ok());
        firstAccessToken = signedIn.value().value;
        QTRY_COMPARE(store.stored(), signedIn.value().refreshToken);
    }
    // The next run of the app: a new session with the same store continues as the customer by refresh.
    auto second = session(u"storefront"_s, Grant::AnonymousSession);
    second->setRefreshTokenStore(&store);
    const auto restored = awaitToken(second->tokens(), this);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().diagnostic()));
    QVERIFY(restored.value().value != firstAccessToken);
    QCOMPARE(second->auth()->customerId(), sandbox::DemoAccounts::customerId(m_shopper.email));
    QVERIFY(searchOnce(*second, this).ok());
}

void TestTokenFlows::signOutClearsTheStoredRefreshToken()
{
    api::MemoryRefreshTokenStore store;
    auto s = session(u"storefront"_s, Grant::AnonymousSession);
    s->setRefreshTokenStore(&store);
    QVERIFY(awaitToken(s->tokens(), this).ok());
    QVERIFY(awaitSignIn(s->auth(), m_shopper.email, m_shopper.password, this).ok());
    QTRY_VERIFY(!store.stored().isEmpty());
    QSignalSpy changed(s->auth(), &api::OAuthTokenProvider::sessionChanged);

    std::optional<bool> cleared;
    s->auth()->signOut(this, [&cleared](bool ok, const QString &) { cleared = ok; });
    QVERIFY(!cleared.has_value()); // never synchronously
    QTRY_VERIFY(cleared.has_value());
    QVERIFY(*cleared);
    QCOMPARE(changed.count(), 1);
    QVERIFY(s->auth()->customerId().isEmpty());

    // The next request starts a new anonymous session, whose refresh token is stored anew.
    const auto next = awaitToken(s->tokens(), this);
    QVERIFY(next.ok());
    QVERIFY(s->auth()->customerId().isEmpty());
    QVERIFY(!s->auth()->anonymousId().isEmpty());
    QTRY_COMPARE(store.stored(), next.value().refreshToken);
}

void TestTokenFlows::refusedRefreshTokenStartsANewAnonymousSession()
{
    api::MemoryRefreshTokenStore store;
    store.save(u"not-a-refresh-token-the-sandbox-issued"_s, this, {});
    auto s = session(u"storefront"_s, Grant::AnonymousSession);
    s->setRefreshTokenStore(&store);
    const auto token = awaitToken(s->tokens(), this);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().diagnostic()));
    QVERIFY(!s->auth()->anonymousId().isEmpty());
    QTRY_COMPARE(store.stored(), token.value().refreshToken);
}

void TestTokenFlows::tokenIsRenewedBeforeExpiry()
{
    api::MemoryRefreshTokenStore store;
    auto s = session(u"storefront"_s, Grant::AnonymousSession);
    s->setRefreshTokenStore(&store);
    QSignalSpy issued(s->tokens(), &api::TokenProvider::secretIssued);
    const auto first = awaitToken(s->tokens(), this);
    QVERIFY(first.ok());
    const QString anonymousId = s->auth()->anonymousId();

    // Still valid, and outside the renewal margin: the cached token is handed out.
    const qint64 margin = api::OAuthTokenProvider::renewalMarginSeconds(kTokenSeconds);
    QCOMPARE(margin, kTokenSeconds / 5);
    m_clientClock.advance(kTokenSeconds - margin - 10);
    m_sandboxClock->advance(kTokenSeconds - margin - 10);
    QCOMPARE(awaitToken(s->tokens(), this).value().value, first.value().value);

    // Inside the margin (the sandbox would still accept it): renewed by refresh, same anonymous session.
    m_clientClock.advance(20);
    m_sandboxClock->advance(20);
    const auto renewed = awaitToken(s->tokens(), this);
    QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : renewed.error().diagnostic()));
    QVERIFY(renewed.value().value != first.value().value);
    QCOMPARE(s->auth()->anonymousId(), anonymousId);
    QCOMPARE(renewed.value().refreshToken, first.value().refreshToken);
    QVERIFY(searchOnce(*s, this).ok());
}

void TestTokenFlows::expiredTokenIsRetriedOnceWithAFreshOne()
{
    auto s = session(u"merchant"_s, Grant::ClientCredentials);
    QSignalSpy issued(s->tokens(), &api::TokenProvider::secretIssued);
    const auto first = awaitToken(s->tokens(), this);
    QVERIFY(first.ok());
    QCOMPARE(issued.count(), 1);

    // Only the server's time moves past expiry: the client still believes its token fresh, sends it, gets
    // 401 invalid_token, and sends the request once more with a new token.
    m_sandboxClock->advance(kTokenSeconds + 60);
    const auto page = searchOnce(*s, this);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().diagnostic()));
    QCOMPARE(issued.count(), 2);
    QVERIFY(s->auth()->cachedToken()->value != first.value().value);
    m_clientClock.advance(kTokenSeconds + 60); // keep the clocks together for the following tests
}

void TestTokenFlows::insufficientScopeIsAnApiError()
{
    auto s = session(u"merchant-readonly"_s, Grant::ClientCredentials);
    QSignalSpy issued(s->tokens(), &api::TokenProvider::secretIssued);
    const auto page = searchOnce(*s, this);
    QVERIFY(!page.ok());
    QCOMPARE(int(page.error().kind), int(api::ApiError::Kind::Http));
    QCOMPARE(page.error().httpStatus, 403);
    QCOMPARE(page.error().code, u"insufficient_scope"_s);
    QVERIFY(!page.error().correlationId.isEmpty());
    QCOMPARE(issued.count(), 1); // a 403 is not retried with a new token
}

QTEST_GUILESS_MAIN(TestTokenFlows)
#include "TestTokenFlows.moc"
