// SPDX-License-Identifier: MIT
// API extensions over real loopback HTTP: storage endpoints and the synchronous call on cart
// create/update. The extension endpoint is a tiny QHttpServer on ANOTHER thread that answers with
// setLineItemTaxRate actions, hangs past the timeout, answers garbage or rejects the request.
#include "CommerceTestSupport.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMutex>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

// Lives on its own thread; the behaviour is chosen by the path.
class FakeExtension : public QObject
{
public:
    quint16 start()
    {
        m_server = new QHttpServer(this);
        m_server->route(u"/tax"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &request) {
            const QJsonObject input = QJsonDocument::fromJson(request.body()).object();
            const QJsonObject cart = input.value(u"resource"_s).toObject().value(u"obj"_s).toObject();
            QJsonArray actions;
            for (const QJsonValue &l : cart.value(u"lineItems"_s).toArray())
                actions.append(QJsonObject{
                    {u"action"_s, u"setLineItemTaxRate"_s},
                    {u"lineItemId"_s, l.toObject().value(u"id"_s)},
                    {u"externalTaxRate"_s,
                     QJsonObject{{u"name"_s, u"ext"_s}, {u"amount"_s, 0.2}, {u"country"_s, u"DE"_s}}}});
            return QHttpServerResponse(QJsonObject{{u"actions"_s, actions}});
        });
        m_server->route(u"/hang"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &) {
            QThread::msleep(2600); // longer than the 2000 ms limit: the sandbox must give up first
            return QHttpServerResponse(QJsonObject{{u"actions"_s, QJsonArray()}});
        });
        m_server->route(u"/garbage"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &) {
            return QHttpServerResponse("text/plain", "<<not json>>");
        });
        m_server->route(u"/bad-action"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &) {
            return QHttpServerResponse(
                QJsonObject{{u"actions"_s, QJsonArray{QJsonObject{{u"action"_s, u"teleport"_s}}}}});
        });
        m_server->route(u"/reject"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &) {
            return QHttpServerResponse(
                QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, u"InvalidInput"_s},
                                                                 {u"message"_s, u"no thanks"_s}}}}},
                QHttpServerResponder::StatusCode::BadRequest);
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }

private:
    QHttpServer *m_server = nullptr;
};

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

} // namespace

class TestSandboxExtensions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storageValidates_data();
    void storageValidates();
    void extensionSetsTaxRates();
    void failures_data();
    void failures();

private:
    QString registerExtension(const QString &path, const QString &condition);

    CommerceFixture m_f;
    QThread m_thread;
    FakeExtension *m_fake = nullptr;
    quint16 m_port = 0;
    QString m_sku;
};

void TestSandboxExtensions::initTestCase()
{
    QString error;
    QVERIFY2(m_f.start(u"extensions-test"_s, &error), qPrintable(error));
    m_sku = m_f.skuWithTax(u"standard"_s);
    m_fake = new FakeExtension;
    m_fake->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_fake, [this] { m_port = m_fake->start(); }, Qt::BlockingQueuedConnection);
    QVERIFY(m_port != 0);
}

void TestSandboxExtensions::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_fake, [this] { delete m_fake; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString TestSandboxExtensions::registerExtension(const QString &path, const QString &condition)
{
    QJsonObject trigger{{u"resourceTypeId"_s, u"cart"_s},
                        {u"actions"_s, QJsonArray{u"Create"_s, u"Update"_s}}};
    if (!condition.isEmpty())
        trigger.insert(u"condition"_s, condition);
    const HttpResult r =
        m_f.post(m_f.base() % u"/extensions"_s,
                 {{u"destination"_s,
                   QJsonObject{{u"type"_s, u"HTTP"_s},
                               {u"url"_s, QString(u"http://127.0.0.1:"_s % QString::number(m_port) % path)},
                               {u"authentication"_s, QJsonObject{{u"type"_s, u"AuthorizationHeader"_s},
                                                                 {u"headerValue"_s, u"Basic x"_s}}}}},
                  {u"triggers"_s, QJsonArray{trigger}}},
                 m_f.adminToken());
    return r.status == 201 ? r.json.value(u"id"_s).toString() : QString();
}

void TestSandboxExtensions::storageValidates_data()
{
    QTest::addColumn<QJsonObject>("draft");
    QTest::addColumn<QString>("code");
    const QJsonObject dest{{u"type"_s, u"HTTP"_s}, {u"url"_s, u"http://127.0.0.1:9/x"_s}};
    const QJsonObject trigger{{u"resourceTypeId"_s, u"cart"_s}, {u"actions"_s, QJsonArray{u"Create"_s}}};
    QTest::newRow("no destination") << QJsonObject{{u"triggers"_s, QJsonArray{trigger}}}
                                    << u"RequiredField"_s;
    QTest::newRow("no triggers") << QJsonObject{{u"destination"_s, dest}} << u"RequiredField"_s;
    QTest::newRow("bad action") << QJsonObject{{u"destination"_s, dest},
                                               {u"triggers"_s, QJsonArray{QJsonObject{
                                                                   {u"resourceTypeId"_s, u"cart"_s},
                                                                   {u"actions"_s, QJsonArray{u"Delete"_s}}}}}}
                                << u"InvalidField"_s;
    QTest::newRow("bad condition") << QJsonObject{{u"destination"_s, dest},
                                                  {u"triggers"_s, QJsonArray{QJsonObject{
                                                                      {u"resourceTypeId"_s, u"cart"_s},
                                                                      {u"actions"_s, QJsonArray{u"Create"_s}},
                                                                      {u"condition"_s, u"taxMode = = "_s}}}}}
                                   << u"InvalidInput"_s;
    QTest::newRow("timeout too long for carts") << QJsonObject{{u"destination"_s, dest},
                                                               {u"triggers"_s, QJsonArray{trigger}},
                                                               {u"timeoutInMs"_s, 5000}}
                                                << u"InvalidField"_s;
}

void TestSandboxExtensions::storageValidates()
{
    QFETCH(QJsonObject, draft);
    QFETCH(QString, code);
    const HttpResult r = m_f.post(m_f.base() % u"/extensions"_s, draft, m_f.adminToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    const QByteArray readonly = m_f.http().clientToken(m_f.credentials(), u"merchant"_s);
    QCOMPARE(m_f.get(m_f.base() % u"/extensions"_s, readonly).status, 403);
}

void TestSandboxExtensions::extensionSetsTaxRates()
{
    const QString id =
        registerExtension(u"/tax"_s, u"taxMode = \"External\" and shippingAddress is defined"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_f.get(m_f.base() % u"/extensions/"_s % id, m_f.adminToken()).status, 200);
    // Condition false (no shipping address): created without rates.
    HttpResult r = m_f.post(m_f.base() % u"/carts"_s,
                            {{u"currency"_s, u"EUR"_s},
                             {u"taxMode"_s, u"External"_s},
                             {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}}}}},
                            m_f.adminToken());
    QCOMPARE(r.status, 201);
    QVERIFY(!r.json.value(u"lineItems"_s).toArray().at(0).toObject().contains(u"taxRate"_s));
    // The client's own setShippingAddress already returns the taxed cart.
    const QString path = m_f.base() % u"/carts/"_s % r.json.value(u"id"_s).toString();
    r = m_f.update(path, 1,
                   {act(u"setShippingAddress"_s, {{u"address"_s, QJsonObject{{u"country"_s, u"DE"_s}}}})},
                   m_f.adminToken());
    QCOMPARE(r.status, 200);
    const QJsonObject line = r.json.value(u"lineItems"_s).toArray().at(0).toObject();
    QCOMPARE(line.value(u"taxRate"_s).toObject().value(u"amount"_s).toDouble(), 0.2);
    QVERIFY(r.json.contains(u"taxedPrice"_s));
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
    QCOMPARE(m_f.del(m_f.base() % u"/extensions/"_s % id, m_f.adminToken(), 1).status, 200);
}

void TestSandboxExtensions::failures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("hangs") << u"/hang"_s << u"ExtensionNoResponse"_s;
    QTest::newRow("garbage") << u"/garbage"_s << u"ExtensionBadResponse"_s;
    QTest::newRow("unknown action") << u"/bad-action"_s << u"ExtensionUpdateActionsFailed"_s;
    QTest::newRow("rejects") << u"/reject"_s << u"InvalidInput"_s;
    QTest::newRow("nobody listens") << u"/../none"_s << u"ExtensionNoResponse"_s;
}

void TestSandboxExtensions::failures()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const HttpResult cart = m_f.post(m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}}, m_f.adminToken());
    QCOMPARE(cart.status, 201);
    QString id;
    if (path == u"/../none"_s) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const HttpResult r = m_f.post(
            m_f.base() % u"/extensions"_s,
            {{u"destination"_s,
              QJsonObject{{u"type"_s, u"HTTP"_s},
                          {u"url"_s, QString(u"http://127.0.0.1:"_s % QString::number(port) % u"/x"_s)}}},
             {u"triggers"_s, QJsonArray{QJsonObject{{u"resourceTypeId"_s, u"cart"_s},
                                                    {u"actions"_s, QJsonArray{u"Update"_s}}}}}},
            m_f.adminToken());
        id = r.json.value(u"id"_s).toString();
    } else {
        id = registerExtension(path, {});
    }
    QVERIFY(!id.isEmpty());
    const QString cartPath = m_f.base() % u"/carts/"_s % cart.json.value(u"id"_s).toString();
    const HttpResult r =
        m_f.update(cartPath, 1, {act(u"setCountry"_s, {{u"country"_s, u"DE"_s}})}, m_f.adminToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    if (code.startsWith(u"Extension"_s) && code != u"ExtensionUpdateActionsFailed"_s)
        QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"extensionId"_s).toString(), id);
    // Nothing was written.
    const QJsonObject stored = m_f.get(cartPath, m_f.adminToken()).json;
    QCOMPARE(stored.value(u"version"_s).toInt(), 1);
    QVERIFY(!stored.contains(u"country"_s));
    QCOMPARE(m_f.del(m_f.base() % u"/extensions/"_s % id, m_f.adminToken(), 1).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxExtensions)
#include "TestSandboxExtensions.moc"
