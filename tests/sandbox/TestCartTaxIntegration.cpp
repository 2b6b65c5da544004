// SPDX-License-Identifier: MIT
// End to end through the cart: an External-tax cart whose tax comes from the built-in tax service
// through the provisioned API extension (key "tax-service"). Faults set on the tax service through its
// /_fault admin endpoint make the cart update fail exactly as commercetools answers, with the cart
// unchanged; after recovery the same update succeeds with the service's rates on the cart.
#include "OutsideTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

// What a buyer's checkout sends: the shipping address (the extension's condition becomes true) and
// the shipping method, in one update.
const QJsonArray AddressAndShipping{
    act(u"setShippingAddress"_s,
        {{u"address"_s,
          QJsonObject{{u"country"_s, u"DE"_s}, {u"city"_s, u"Berlin"_s}, {u"postalCode"_s, u"10115"_s}}}}),
    act(u"setShippingMethod"_s, {{u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}}})};

} // namespace

class TestCartTaxIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void failureLeavesTheCartUnchangedThenRecoveryTaxes_data();
    void failureLeavesTheCartUnchangedThenRecoveryTaxes();

private:
    HttpResult fault(const QByteArray &verb, const QJsonObject &rule = {});

    OutsideFixture m_f;
    std::unique_ptr<TestHttp> m_tax;
};

void TestCartTaxIntegration::initTestCase()
{
    SandboxConfig config;
    config.outside.services = {u"tax"_s};
    QString error;
    QVERIFY2(m_f.start(config, &error), qPrintable(error));
    m_tax = std::make_unique<TestHttp>(m_f.sandbox().outsideUrls().tax);
    const HttpResult extension = m_f.get(m_f.base() % u"/extensions/key=tax-service"_s);
    QCOMPARE(extension.status, 200);
    QCOMPARE(extension.json.value(u"destination"_s).toObject().value(u"url"_s).toString(),
             m_f.sandbox().outsideUrls().tax.toString() % u"/extension"_s);
}

void TestCartTaxIntegration::cleanupTestCase()
{
    m_tax.reset();
    m_f.stop();
}

void TestCartTaxIntegration::cleanup()
{
    fault("DELETE");
}

HttpResult TestCartTaxIntegration::fault(const QByteArray &verb, const QJsonObject &rule)
{
    return m_tax->send(verb, u"/_fault"_s, rule.isEmpty() ? QByteArray() : QJsonDocument(rule).toJson(),
                       rule.isEmpty() ? QByteArray() : "application/json"_ba, m_f.faultAuth());
}

void TestCartTaxIntegration::failureLeavesTheCartUnchangedThenRecoveryTaxes_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("extensionStatus"); // ExtensionBadResponse: the status the service gave
    QTest::newRow("service never answers (timeout)")
        << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"timeout"_s}} << u"ExtensionNoResponse"_s
        << 0;
    QTest::newRow("connection reset") << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"reset"_s}}
                                      << u"ExtensionNoResponse"_s << 0;
    QTest::newRow("slower than the 2 s limit")
        << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"latency"_s}, {u"arg"_s, 2600}}
        << u"ExtensionNoResponse"_s << 0;
    QTest::newRow("outage (503)") << QJsonObject{{u"route"_s, u"*"_s}, {u"kind"_s, u"outage"_s}}
                                  << u"ExtensionBadResponse"_s << 503;
    QTest::newRow("answers garbage") << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"garbage"_s}}
                                     << u"ExtensionBadResponse"_s << 200;
}

void TestCartTaxIntegration::failureLeavesTheCartUnchangedThenRecoveryTaxes()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, code);
    QFETCH(int, extensionStatus);
    const QJsonObject cart = m_f.createCart(u"External"_s);
    QVERIFY(!cart.isEmpty());
    const qint64 version = cart.value(u"version"_s).toInteger();
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    QCOMPARE(fault("POST", rule).status, 201);

    const HttpResult failed = m_f.update(path, version, AddressAndShipping);
    QCOMPARE(failed.status, 400);
    QCOMPARE(failed.errorCode(), code);
    const QJsonObject error = failed.json.value(u"errors"_s).toArray().at(0).toObject();
    QCOMPARE(error.value(u"extensionKey"_s).toString(), u"tax-service"_s);
    if (extensionStatus != 0)
        QCOMPARE(error.value(u"extensionStatusCode"_s).toInt(), extensionStatus);
    // Nothing was written: same version, no address, no shipping, no tax rates.
    const QJsonObject unchanged = m_f.get(path).json;
    QCOMPARE(unchanged, cart);
    QCOMPARE(unchanged.value(u"version"_s).toInteger(), version);
    QVERIFY(!unchanged.contains(u"shippingAddress"_s));
    QVERIFY(!unchanged.value(u"shippingInfo"_s).isObject());
    QVERIFY(!unchanged.value(u"lineItems"_s).toArray().at(0).toObject().contains(u"taxRate"_s));
    QVERIFY(!unchanged.contains(u"taxedPrice"_s));

    // Recovery: the same update succeeds and carries the tax service's rates.
    QCOMPARE(fault("DELETE").json.value(u"removed"_s).toInt(), 1);
    const HttpResult taxed = m_f.update(path, version, AddressAndShipping);
    QCOMPARE(taxed.status, 200);
    QCOMPARE(taxed.json.value(u"version"_s).toInteger(), version + 1);
    const QJsonObject stored = m_f.get(path).json;
    QCOMPARE(stored, taxed.json);
    const QJsonObject rate =
        stored.value(u"lineItems"_s).toArray().at(0).toObject().value(u"taxRate"_s).toObject();
    QCOMPARE(rate.value(u"amount"_s).toDouble(), 0.19);
    QCOMPARE(rate.value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(rate.value(u"name"_s).toString(), u"DE VAT 19%"_s);
    const QJsonObject shippingRate =
        stored.value(u"shippingInfo"_s).toObject().value(u"taxRate"_s).toObject();
    QCOMPARE(shippingRate.value(u"amount"_s).toDouble(), 0.19);
    QVERIFY(stored.value(u"taxedPrice"_s).isObject());
    QCOMPARE(stored.value(u"taxMode"_s).toString(), u"External"_s);
}

QTEST_GUILESS_MAIN(TestCartTaxIntegration)
#include "TestCartTaxIntegration.moc"
