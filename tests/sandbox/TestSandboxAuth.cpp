// SPDX-License-Identifier: MIT
// OAuth endpoints and scope enforcement of a real Sandbox over loopback HTTP.
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/seed/DemoAccounts.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

namespace {

// A clock the test moves by hand (thread-safe as Clock requires).
class ManualClock final : public Clock
{
public:
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

const QString Project = u"auth-test"_s;

QStringList wireScopes(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(n % u':' % Project);
    return out;
}

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientCredentialsGetsAllClientScopes_data();
    void clientCredentialsGetsAllClientScopes();
    void requestedScopeFromBodyOrQuery_data();
    void requestedScopeFromBodyOrQuery();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void anonymousToken();
    void anonymousTokenNeedsScope();
    void passwordFlow_data();
    void passwordFlow();
    void refreshTokenGivesNewAccessToken();
    void scopesEnforced_data();
    void scopesEnforced();
    void tokenExpiresWithInjectedClock();
    void tokenSurvivesRestart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    SandboxCredentials m_credentials;
};

void TestSandboxAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxConfig config;
    config.dataDir = m_dir.filePath(u"main"_s);
    config.projectKey = Project;
    m_sandbox = std::make_unique<Sandbox>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_credentials = m_sandbox->credentials();
    QCOMPARE(m_credentials.clients.size(), DemoAccounts::clientTemplates().size());
    m_http = std::make_unique<TestHttp>(m_credentials.authUrl);
}

void TestSandboxAuth::clientCredentialsGetsAllClientScopes_data()
{
    QTest::addColumn<QString>("client");
    for (const char *name : {"storefront", "merchant", "merchant-readonly", "oms", "orchestrator", "admin"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSandboxAuth::clientCredentialsGetsAllClientScopes()
{
    QFETCH(QString, client);
    const SandboxClient *c = m_credentials.client(client);
    QVERIFY(c);
    const HttpResult r = m_http->token(u"/oauth/token"_s, c->clientId, c->clientSecret,
                                       {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(r.json.value(u"expires_in"_s).toInt(), 172800);
    QVERIFY(r.json.value(u"access_token"_s).toString().size() >= 22); // >= 128 bits
    QVERIFY(!r.json.contains(u"refresh_token"_s));
    QCOMPARE(r.json.value(u"scope"_s).toString().split(u' '), wireScopes(c->scopes));
    QCOMPARE(r.json.keys().size(), 4);
}

void TestSandboxAuth::requestedScopeFromBodyOrQuery_data()
{
    QTest::addColumn<bool>("inBody");
    QTest::newRow("scope in the form body") << true;
    QTest::newRow("scope in the query string") << false;
}

void TestSandboxAuth::requestedScopeFromBodyOrQuery()
{
    QFETCH(bool, inBody);
    const SandboxClient *c = m_credentials.client(u"merchant"_s);
    const QString scope = u"view_orders:"_s % Project % u" view_products:"_s % Project;
    QList<QPair<QString, QString>> form{{u"grant_type"_s, u"client_credentials"_s}};
    QString query;
    if (inBody)
        form.append({u"scope"_s, scope});
    else
        query = test::encodeQuery({{u"scope"_s, scope}});
    const HttpResult r = m_http->token(u"/oauth/token"_s, c->clientId, c->clientSecret, form, query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"scope"_s).toString(), scope);
    // The narrowed token cannot do what the client could: manage_orders was not requested.
    const QByteArray token = r.json.value(u"access_token"_s).toString().toLatin1();
    QCOMPARE(m_http->get(u"/"_s % Project % u"/product-projections/search"_s, {}, token).status, 200);
}

void TestSandboxAuth::tokenEndpointErrors_data()
{
    QTest::addColumn<QString>("client"); // empty = no Authorization header
    QTest::addColumn<QString>("secretOverride");
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no client credentials")
        << QString() << QString() << u"client_credentials"_s << QString() << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client id")
        << u"?unknown"_s << u"x"_s << u"client_credentials"_s << QString() << 401 << u"invalid_client"_s;
    QTest::newRow("wrong secret") << u"merchant"_s << u"wrong-secret"_s << u"client_credentials"_s
                                  << QString() << 401 << u"invalid_client"_s;
    QTest::newRow("unsupported grant") << u"merchant"_s << QString() << u"authorization_code"_s << QString()
                                       << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("missing grant") << u"merchant"_s << QString() << QString() << QString() << 400
                                   << u"unsupported_grant_type"_s;
    QTest::newRow("scope not granted to client")
        << u"storefront"_s << QString() << u"client_credentials"_s << QString(u"manage_orders:"_s + Project)
        << 400 << u"invalid_scope"_s;
    QTest::newRow("scope of another project") << u"merchant"_s << QString() << u"client_credentials"_s
                                              << u"view_orders:other-project"_s << 400 << u"invalid_scope"_s;
    QTest::newRow("scope without project") << u"merchant"_s << QString() << u"client_credentials"_s
                                           << u"view_orders"_s << 400 << u"invalid_scope"_s;
    QTest::newRow("password grant on /oauth/token")
        << u"storefront"_s << QString() << u"password"_s << QString() << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("unknown refresh token")
        << u"merchant"_s << QString() << u"refresh_token"_s << QString() << 400 << u"invalid_grant"_s;
}

void TestSandboxAuth::tokenEndpointErrors()
{
    QFETCH(QString, client);
    QFETCH(QString, secretOverride);
    QFETCH(QString, grantType);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, code);
    QList<QPair<QString, QString>> form;
    if (!grantType.isEmpty())
        form.append({u"grant_type"_s, grantType});
    if (!scope.isEmpty())
        form.append({u"scope"_s, scope});
    if (grantType == u"refresh_token"_s)
        form.append({u"refresh_token"_s, u"not-a-real-refresh-token"_s});
    HttpResult r;
    if (client.isEmpty()) {
        r = m_http->send("POST", u"/oauth/token"_s, test::encodeQuery(form).toUtf8(),
                         "application/x-www-form-urlencoded");
    } else {
        const SandboxClient *c = m_credentials.client(client);
        const QString id = c ? c->clientId : client;
        r = m_http->token(u"/oauth/token"_s, id, secretOverride.isEmpty() ? c->clientSecret : secretOverride,
                          form);
    }
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(u"statusCode"_s).toInt(), status);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json.value(u"error"_s).toString(), code);
    QVERIFY(!r.json.contains(u"access_token"_s));
}

void TestSandboxAuth::anonymousToken()
{
    const SandboxClient *c = m_credentials.client(u"storefront"_s);
    const HttpResult r =
        m_http->token(u"/oauth/"_s % Project % u"/anonymous/token"_s, c->clientId, c->clientSecret,
                      {{u"grant_type"_s, u"client_credentials"_s}, {u"anonymous_id"_s, u"anon-42"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.value(u"refresh_token"_s).toString().isEmpty());
    const QStringList scopes = r.json.value(u"scope"_s).toString().split(u' ');
    QVERIFY(scopes.contains(u"anonymous_id:anon-42"_s));
    QVERIFY(scopes.contains(u"view_published_products:"_s % Project));
    // Without an id the server makes one.
    const HttpResult generated = m_http->token(u"/oauth/"_s % Project % u"/anonymous/token"_s, c->clientId,
                                               c->clientSecret, {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(generated.status, 200);
    QVERIFY(generated.json.value(u"scope"_s).toString().contains(u"anonymous_id:"_s));
}

void TestSandboxAuth::anonymousTokenNeedsScope()
{
    const SandboxClient *c = m_credentials.client(u"merchant"_s);
    const HttpResult r = m_http->token(u"/oauth/"_s % Project % u"/anonymous/token"_s, c->clientId,
                                       c->clientSecret, {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid_scope"_s);
}

void TestSandboxAuth::passwordFlow_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password"); // empty = the customer's real password
    QTest::addColumn<int>("status");
    QTest::newRow("b2c shopper") << u"shopper@commercedesk.example"_s << QString() << 200;
    QTest::newRow("b2b buyer, e-mail in other case")
        << u"Buyer@ACME-Industrial.example"_s << QString() << 200;
    QTest::newRow("wrong password") << u"shopper@commercedesk.example"_s << u"wrong"_s << 400;
    QTest::newRow("unknown customer") << u"nobody@example.com"_s << u"whatever"_s << 400;
}

void TestSandboxAuth::passwordFlow()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(int, status);
    if (password.isEmpty()) {
        for (const SandboxCustomer &c : m_credentials.customers) {
            if (c.email.compare(email, Qt::CaseInsensitive) == 0)
                password = c.password;
        }
        QVERIFY(!password.isEmpty());
    }
    const SandboxClient *c = m_credentials.client(u"storefront"_s);
    const HttpResult r =
        m_http->token(u"/oauth/"_s % Project % u"/customers/token"_s, c->clientId, c->clientSecret,
                      {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, password}});
    QCOMPARE(r.status, status);
    if (status == 200) {
        QVERIFY(!r.json.value(u"refresh_token"_s).toString().isEmpty());
        QVERIFY(r.json.value(u"scope"_s).toString().contains(u"customer_id:"_s));
    } else {
        QCOMPARE(r.errorCode(), u"invalid_customer_account_credentials"_s);
        QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_customer_account_credentials"_s);
    }
}

void TestSandboxAuth::refreshTokenGivesNewAccessToken()
{
    const SandboxClient *c = m_credentials.client(u"storefront"_s);
    const SandboxCustomer &shopper = m_credentials.customers.at(0);
    const HttpResult login =
        m_http->token(u"/oauth/"_s % Project % u"/customers/token"_s, c->clientId, c->clientSecret,
                      {{u"grant_type"_s, u"password"_s},
                       {u"username"_s, shopper.email},
                       {u"password"_s, shopper.password}});
    QCOMPARE(login.status, 200);
    const QString refresh = login.json.value(u"refresh_token"_s).toString();
    const HttpResult r =
        m_http->token(u"/oauth/token"_s, c->clientId, c->clientSecret,
                      {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"refresh_token"_s));
    QCOMPARE(r.json.value(u"scope"_s).toString(), login.json.value(u"scope"_s).toString());
    QVERIFY(r.json.value(u"access_token"_s) != login.json.value(u"access_token"_s));
    const QByteArray token = r.json.value(u"access_token"_s).toString().toLatin1();
    QCOMPARE(m_http->get(u"/"_s % Project % u"/product-projections/search"_s, {}, token).status, 200);
    // A refresh token is bound to its client.
    const SandboxClient *other = m_credentials.client(u"merchant"_s);
    const HttpResult stolen =
        m_http->token(u"/oauth/token"_s, other->clientId, other->clientSecret,
                      {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}});
    QCOMPARE(stolen.status, 400);
    QCOMPARE(stolen.errorCode(), u"invalid_grant"_s);
}

void TestSandboxAuth::scopesEnforced_data()
{
    QTest::addColumn<QString>("client"); // empty = no token
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    const QString search = u"/"_s % Project % u"/product-projections/search"_s;
    QTest::newRow("storefront searches published") << u"storefront"_s << search << QString() << 200;
    QTest::newRow("storefront may not see staged") << u"storefront"_s << search << u"staged=true"_s << 403;
    QTest::newRow("merchant sees staged") << u"merchant"_s << search << u"staged=true"_s << 200;
    QTest::newRow("readonly merchant has no catalog scope")
        << u"merchant-readonly"_s << search << QString() << 403;
    QTest::newRow("admin sees everything") << u"admin"_s << search << u"staged=true"_s << 200;
    QTest::newRow("no token") << QString() << search << QString() << 401;
    QTest::newRow("project needs view_project_settings")
        << u"storefront"_s << QString(u"/"_s + Project) << QString() << 403;
    QTest::newRow("admin reads the project") << u"admin"_s << QString(u"/"_s + Project) << QString() << 200;
    QTest::newRow("token of this project on another")
        << u"admin"_s << u"/other-project/product-projections/search"_s << QString() << 403;
}

void TestSandboxAuth::scopesEnforced()
{
    QFETCH(QString, client);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, status);
    const QByteArray token = client.isEmpty() ? QByteArray() : m_http->clientToken(m_credentials, client);
    QList<QPair<QString, QString>> items;
    if (!query.isEmpty())
        items.append({query.section(u'=', 0, 0), query.section(u'=', 1)});
    const HttpResult r = m_http->get(path, items, token);
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(r.errorCode(), u"insufficient_scope"_s);
        QCOMPARE(r.json.value(u"error"_s).toString(), u"insufficient_scope"_s);
    } else if (status == 401) {
        QCOMPARE(r.errorCode(), u"invalid_token"_s);
    }
}

void TestSandboxAuth::tokenExpiresWithInjectedClock()
{
    auto clock = std::make_shared<ManualClock>();
    SandboxConfig config;
    config.dataDir = m_dir.filePath(u"expiry"_s);
    config.projectKey = Project;
    config.seed = SeedMode::None;
    config.accessTokenSeconds = 3600;
    config.clock = clock;
    Sandbox sandbox(config);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const SandboxCredentials credentials = sandbox.credentials();
    TestHttp http(credentials.apiUrl);
    const HttpResult issued = http.token(u"/oauth/token"_s, credentials.client(u"admin"_s)->clientId,
                                         credentials.client(u"admin"_s)->clientSecret,
                                         {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(issued.json.value(u"expires_in"_s).toInt(), 3600);
    const QByteArray token = issued.json.value(u"access_token"_s).toString().toLatin1();
    const QString path = u"/"_s % Project % u"/product-projections"_s;
    QCOMPARE(http.get(path, {}, token).status, 200);
    clock->advance(3599);
    QCOMPARE(http.get(path, {}, token).status, 200);
    clock->advance(2);
    const HttpResult expired = http.get(path, {}, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json.value(u"error"_s).toString(), u"invalid_token"_s);
}

void TestSandboxAuth::tokenSurvivesRestart()
{
    SandboxConfig config;
    config.dataDir = m_dir.filePath(u"restart"_s);
    config.projectKey = Project;
    config.seed = SeedMode::None;
    QByteArray token;
    SandboxCredentials before;
    {
        Sandbox first(config);
        QVERIFY(first.start());
        before = first.credentials();
        TestHttp http(before.apiUrl);
        token = http.clientToken(before, u"admin"_s);
        QVERIFY(!token.isEmpty());
    }
    Sandbox second(config);
    QVERIFY(second.start());
    const SandboxCredentials after = second.credentials();
    QCOMPARE(after.client(u"admin"_s)->clientSecret, before.client(u"admin"_s)->clientSecret);
    TestHttp http(after.apiUrl);
    QCOMPARE(http.get(u"/"_s % Project % u"/product-projections"_s, {}, token).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "TestSandboxAuth.moc"
