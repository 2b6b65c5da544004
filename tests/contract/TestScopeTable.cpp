// SPDX-License-Identifier: MIT
// contract.ScopeTable: the scopes each route of a real Sandbox accepts (its Router's table, filled from
// src/sandbox/auth/ScopeRules) agree with the `security:` of the same operation in the official specification
// (commercetools-openapi/api.yaml), for every route the sandbox serves. The comparison runs in
// tests/contract/check-scopes.mjs (node, the pinned YAML parser); this test dumps the table for it, also to
// the contract log folder (routes.json) where contract.Validate lists the routes no test calls.
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/http/Router.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::TestHttp;

namespace {

QByteArray routeTable(const Router &router)
{
    QJsonArray routes;
    for (const Router::Route &route : router.routes()) {
        routes.append(QJsonObject{
            {u"method"_s, methodName(route.method)},
            {u"pattern"_s, route.pattern},
            {u"requiresToken"_s, route.options.requiresToken},
            {u"anyScope"_s, QJsonArray::fromStringList(route.options.anyScope)},
        });
    }
    return QJsonDocument(routes).toJson(QJsonDocument::Indented);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestScopeTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRouteAcceptsTheScopesOfItsOperation();
    void theTableListsEveryRouteWithItsOptions();
    // The table's corrections, over real HTTP with the demo clients' tokens.
    void routesAnswerTheSpecificationsScopes_data();
    void routesAnswerTheSpecificationsScopes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestScopeTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxConfig config;
    config.dataDir = m_dir.filePath(u"data"_s);
    config.outside.enabled = false;
    m_sandbox = std::make_unique<Sandbox>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(m_sandbox->router());
}

void TestScopeTable::everyRouteAcceptsTheScopesOfItsOperation()
{
    const QString tools = qEnvironmentVariable("COMMERCEDESK_CONTRACT_TOOLS");
    const QString spec =
        qEnvironmentVariable("COMMERCEDESK_REFERENCE_DIR") + u"/commercetools-openapi/api.yaml"_s;
    QVERIFY2(QFile::exists(tools + u"/check-scopes.mjs"_s),
             qPrintable(u"the validator is not installed in %1 (contract.InstallValidator)"_s.arg(tools)));
    QVERIFY2(QFile::exists(spec),
             qPrintable(u"the specification is missing: %1 (CMake variable COMMERCEDESK_REFERENCE_DIR)"_s.arg(
                 spec)));

    const QByteArray table = routeTable(*m_sandbox->router());
    const QString routesFile = m_dir.filePath(u"routes.json"_s);
    QVERIFY(writeFile(routesFile, table));
    const QString logDir = qEnvironmentVariable("COMMERCEDESK_CONTRACT_LOG");
    if (!logDir.isEmpty()) {
        QDir().mkpath(logDir);
        QVERIFY(writeFile(QDir(logDir).filePath(u"routes.json"_s), table));
    }

    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    const QString exceptions =
        qEnvironmentVariable("COMMERCEDESK_SOURCE_DIR") + u"/tests/contract/scope-exceptions.txt"_s;
    // The payment intents are the Checkout API's (checkout.yaml beside api.yaml).
    const QString checkout = QFileInfo(spec).dir().filePath(u"checkout.yaml"_s);
    QVERIFY2(QFile::exists(checkout), qPrintable(u"the specification is missing: %1"_s.arg(checkout)));
    node.start(u"node"_s, {tools + u"/check-scopes.mjs"_s, u"--spec"_s, spec, u"--routes"_s, routesFile,
                           u"--checkout"_s, checkout, u"--exceptions"_s, exceptions});
    QVERIFY2(node.waitForFinished(120000), "node did not finish (is nodejs installed?)");
    const QByteArray output = node.readAll();
    qInfo().noquote() << output;
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             "a route's scopes disagree with api.yaml (MISMATCH lines above)");
}

void TestScopeTable::theTableListsEveryRouteWithItsOptions()
{
    const QJsonArray routes = QJsonDocument::fromJson(routeTable(*m_sandbox->router())).array();
    QVERIFY(routes.size() > 40);
    bool sawCarts = false;
    for (const QJsonValue &value : routes) {
        const QJsonObject route = value.toObject();
        if (route.value(u"method"_s).toString() == u"GET"_s &&
            route.value(u"pattern"_s).toString() == u"/{projectKey}/carts/{id}"_s) {
            sawCarts = true;
            QVERIFY(route.value(u"requiresToken"_s).toBool());
            QVERIFY(route.value(u"anyScope"_s).toArray().contains(u"view_orders"_s));
        }
    }
    QVERIFY(sawCarts);
}

void TestScopeTable::routesAnswerTheSpecificationsScopes_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    // api.yaml GET /{projectKey}/categories: view_products | view_categories — the storefront has
    // view_categories.
    QTest::newRow("storefront reads categories") << u"storefront"_s << u"/categories"_s << 200;
    // GET /{projectKey}/tax-categories: view_products | view_tax_categories (view_published_products is not
    // one).
    QTest::newRow("storefront may not read tax categories") << u"storefront"_s << u"/tax-categories"_s << 403;
    // GET /{projectKey}/zones: view_zones | view_orders.
    QTest::newRow("view_orders reads zones") << u"merchant-readonly"_s << u"/zones"_s << 200;
    // GET /{projectKey}/channels: view_channels | view_products (view_orders is not one).
    QTest::newRow("view_orders may not read channels") << u"merchant-readonly"_s << u"/channels"_s << 403;
    QTest::newRow("view_products reads channels") << u"merchant"_s << u"/channels"_s << 200;
    // GET /{projectKey}/associate-roles: view_associate_roles (view_business_units is not one).
    QTest::newRow("view_business_units may not read associate roles")
        << u"merchant"_s << u"/associate-roles"_s << 403;
    // GET /{projectKey}/shipping-methods: view_orders | view_shipping_methods | manage_my_orders.
    QTest::newRow("view_orders reads shipping methods")
        << u"merchant-readonly"_s << u"/shipping-methods"_s << 200;
}

void TestScopeTable::routesAnswerTheSpecificationsScopes()
{
    QFETCH(QString, client);
    QFETCH(QString, path);
    QFETCH(int, status);
    const SandboxCredentials credentials = m_sandbox->credentials();
    TestHttp http(QUrl(credentials.apiUrl));
    const QByteArray token = http.clientToken(credentials, client);
    QVERIFY(!token.isEmpty());
    const auto result = http.get(u"/"_s % credentials.projectKey % path, {}, token);
    QCOMPARE(result.status, status);
    if (status == 403)
        QCOMPARE(result.errorCode(), u"insufficient_scope"_s);
}

QTEST_GUILESS_MAIN(TestScopeTable)
#include "TestScopeTable.moc"
