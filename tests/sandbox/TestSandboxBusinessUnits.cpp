// SPDX-License-Identifier: MIT
// Business units, /me/business-units isolation, associate roles, stores and channels over HTTP.
#include "OrdersTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestSandboxBusinessUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void merchantReads_data();
    void merchantReads();
    void myBusinessUnits_data();
    void myBusinessUnits();

private:
    OrdersFixture m_fx;
};

void TestSandboxBusinessUnits::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"bu-test"_s, &error), qPrintable(error));
}

void TestSandboxBusinessUnits::merchantReads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::newRow("business unit") << u"/business-units"_s << u"acme-industrial"_s;
    QTest::newRow("division") << u"/business-units"_s << u"acme-industrial-berlin"_s;
    QTest::newRow("associate role") << u"/associate-roles"_s << u"buyer"_s;
    QTest::newRow("store") << u"/stores"_s << u"webshop"_s;
    QTest::newRow("channel oms") << u"/channels"_s << u"oms"_s;
}

void TestSandboxBusinessUnits::merchantReads()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    const QByteArray token = m_fx.clientToken(u"admin"_s);
    const HttpResult byKey = m_fx.get(m_fx.path(path % u"/key="_s % key), token);
    QCOMPARE(byKey.status, 200);
    QCOMPARE(byKey.json.value(u"key"_s).toString(), key);
    QCOMPARE(m_fx.get(m_fx.path(path % u'/' % byKey.json.value(u"id"_s).toString()), token).json, byKey.json);
    const HttpResult list = m_fx.get(m_fx.path(path), token, {{u"limit"_s, u"500"_s}});
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.value(u"results"_s).toArray().contains(byKey.json));
    QCOMPARE(m_fx.get(m_fx.path(path % u"/key=does-not-exist"_s), token).status, 404);
}

void TestSandboxBusinessUnits::myBusinessUnits_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("units");
    QTest::newRow("buyer: company + inherited division")
        << u"buyer@acme-industrial.example"_s << u"Buyer-Demo-2026"_s << 2;
    QTest::newRow("B2C shopper: none") << u"shopper@commercedesk.example"_s << u"Shopper-Demo-2026"_s << 0;
}

void TestSandboxBusinessUnits::myBusinessUnits()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(int, units);
    const QByteArray token = m_fx.customerToken(email, password);
    const HttpResult r = m_fx.get(m_fx.path(u"/me/business-units"_s), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"results"_s).toArray().size(), units);
    QCOMPARE(m_fx.get(m_fx.path(u"/me/business-units/key=acme-industrial"_s), token).status,
             units > 0 ? 200 : 404);
    // The storefront client has no access to the merchant's business-unit endpoint.
    QCOMPARE(m_fx.get(m_fx.path(u"/business-units"_s), token).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxBusinessUnits)
#include "TestSandboxBusinessUnits.moc"
