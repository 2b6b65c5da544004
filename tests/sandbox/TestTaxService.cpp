// SPDX-License-Identifier: MIT
// The tax service over real loopback HTTP: the extension protocol with cart JSON, and /v1/quote.
#include "SandboxTestSupport.h"
#include "sandbox/outside/TaxService.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

namespace {

QJsonObject line(const QString &id, const QString &productKey)
{
    return QJsonObject{{u"id"_s, id},
                       {u"productKey"_s, productKey},
                       {u"quantity"_s, 1},
                       {u"variant"_s, QJsonObject{{u"id"_s, 1}, {u"sku"_s, QString(productKey % u"-1"_s)}}}};
}

QByteArray extensionRequest(const QString &country, const QString &state, const QString &businessUnit,
                            bool withShipping, const QString &taxMode = u"External"_s)
{
    QJsonObject address{{u"country"_s, country}};
    if (!state.isEmpty())
        address.insert(u"state"_s, state);
    QJsonObject cart{{u"id"_s, u"cart-1"_s},
                     {u"version"_s, 3},
                     {u"taxMode"_s, taxMode},
                     {u"shippingAddress"_s, address},
                     {u"lineItems"_s, QJsonArray{line(u"l-std"_s, u"shirt"_s), line(u"l-red"_s, u"book"_s),
                                                 line(u"l-zero"_s, u"newspaper"_s)}},
                     {u"customLineItems"_s, QJsonArray()}};
    if (!businessUnit.isEmpty())
        cart.insert(u"businessUnit"_s,
                    QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, businessUnit}});
    if (withShipping)
        cart.insert(u"shippingInfo"_s, QJsonObject{{u"shippingMethodName"_s, u"standard"_s}});
    const QJsonObject request{
        {u"action"_s, u"Update"_s},
        {u"resource"_s, QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, u"cart-1"_s}, {u"obj"_s, cart}}}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTaxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void extensionRates_data();
    void extensionRates();
    void noActionsOutsideExternalMode();
    void unsupportedShipToIsRejected();
    void quote();

private:
    std::unique_ptr<TaxService> m_service;
    std::unique_ptr<TestHttp> m_http;
};

void TestTaxService::init()
{
    TaxServiceConfig config;
    config.sellerCountry = u"DE"_s;
    config.productTaxCategories = {
        {u"shirt"_s, u"standard"_s}, {u"book"_s, u"reduced"_s}, {u"newspaper"_s, u"zero"_s}};
    config.businessUnitVatIds = {{u"bistro-lyon"_s, u"FR40303265045"_s},
                                 {u"acme-industrial"_s, u"DE811907980"_s}};
    m_service = std::make_unique<TaxService>(config, nullptr);
    QString error;
    QVERIFY2(m_service->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_service->url());
}

void TestTaxService::cleanup()
{
    m_http.reset();
    m_service.reset();
}

void TestTaxService::extensionRates_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("businessUnit");
    // basis points of the standard, reduced and zero-rated line and of shipping
    QTest::addColumn<QList<int>>("rates");
    QTest::addColumn<QString>("standardName");
    QTest::newRow("DE consumer") << u"DE"_s << QString() << QString() << QList<int>{1900, 700, 0, 1900}
                                 << u"DE VAT 19%"_s;
    QTest::newRow("FR consumer") << u"FR"_s << QString() << QString() << QList<int>{2000, 550, 0, 2000}
                                 << u"FR VAT 20%"_s;
    QTest::newRow("GB consumer") << u"GB"_s << QString() << QString() << QList<int>{2000, 500, 0, 2000}
                                 << u"GB VAT 20%"_s;
    QTest::newRow("US-NY taxes shipping")
        << u"US"_s << u"NY"_s << QString() << QList<int>{400, 0, 0, 400} << u"NY sales tax 4%"_s;
    QTest::newRow("US-CA does not tax shipping")
        << u"US"_s << u"CA"_s << QString() << QList<int>{725, 0, 0, 0} << u"CA sales tax 7.25%"_s;
    QTest::newRow("US-OR has no sales tax")
        << u"US"_s << u"OR"_s << QString() << QList<int>{0, 0, 0, 0} << u"OR sales tax exempt 0%"_s;
    QTest::newRow("B2B to FR with a FR VAT id: reverse charge")
        << u"FR"_s << QString() << u"bistro-lyon"_s << QList<int>{0, 0, 0, 0} << u"Reverse charge 0%"_s;
    QTest::newRow("B2B domestic DE: normal VAT")
        << u"DE"_s << QString() << u"acme-industrial"_s << QList<int>{1900, 700, 0, 1900} << u"DE VAT 19%"_s;
    QTest::newRow("B2B to FR, seller-country VAT id: normal VAT")
        << u"FR"_s << QString() << u"acme-industrial"_s << QList<int>{2000, 550, 0, 2000} << u"FR VAT 20%"_s;
    QTest::newRow("B2B to GB is no EU reverse charge")
        << u"GB"_s << QString() << u"bistro-lyon"_s << QList<int>{2000, 500, 0, 2000} << u"GB VAT 20%"_s;
}

void TestTaxService::extensionRates()
{
    QFETCH(QString, country);
    QFETCH(QString, state);
    QFETCH(QString, businessUnit);
    QFETCH(QList<int>, rates);
    QFETCH(QString, standardName);
    const HttpResult r = m_http->send(
        "POST", u"/extension"_s, extensionRequest(country, state, businessUnit, true), "application/json");
    QCOMPARE(r.status, 200);
    const QJsonArray actions = r.json.value(u"actions"_s).toArray();
    QCOMPARE(actions.size(), 4);
    const QStringList lineIds{u"l-std"_s, u"l-red"_s, u"l-zero"_s};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject action = actions.at(i).toObject();
        QCOMPARE(action.value(u"action"_s).toString(),
                 i < 3 ? u"setLineItemTaxRate"_s : u"setShippingMethodTaxRate"_s);
        if (i < 3)
            QCOMPARE(action.value(u"lineItemId"_s).toString(), lineIds.at(i));
        const QJsonObject rate = action.value(u"externalTaxRate"_s).toObject();
        QCOMPARE(qRound(rate.value(u"amount"_s).toDouble() * 10000), rates.at(i));
        QCOMPARE(rate.value(u"country"_s).toString(), country);
        QCOMPARE(rate.value(u"state"_s).toString(), state);
        // EU and UK consumers pay the shelf price (tax included); businesses and the US get tax on top.
        const bool consumerWithShelfPrices = businessUnit.isEmpty() && country != u"US"_s;
        QCOMPARE(rate.value(u"includedInPrice"_s).toBool(!consumerWithShelfPrices), consumerWithShelfPrices);
        QVERIFY(!rate.value(u"name"_s).toString().isEmpty());
    }
    QCOMPARE(actions.at(0).toObject().value(u"externalTaxRate"_s).toObject().value(u"name"_s).toString(),
             standardName);
}

void TestTaxService::noActionsOutsideExternalMode()
{
    const HttpResult platform = m_http->send(
        "POST", u"/extension"_s, extensionRequest(u"DE"_s, {}, {}, true, u"Platform"_s), "application/json");
    QCOMPARE(platform.status, 200);
    QVERIFY(platform.json.value(u"actions"_s).toArray().isEmpty());
    const HttpResult noShipping =
        m_http->send("POST", u"/extension"_s, extensionRequest(u"DE"_s, {}, {}, false), "application/json");
    QCOMPARE(noShipping.json.value(u"actions"_s).toArray().size(), 3); // no setShippingMethodTaxRate
}

void TestTaxService::unsupportedShipToIsRejected()
{
    for (const auto &[country, state] : {std::pair{u"CH"_s, QString()}, std::pair{u"US"_s, u"FL"_s}}) {
        const HttpResult r = m_http->send("POST", u"/extension"_s, extensionRequest(country, state, {}, true),
                                          "application/json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"InvalidInput"_s); // the extension error shape the platform relays
    }
    QCOMPARE(m_http->send("POST", u"/extension"_s, "not json", "application/json").status, 400);
}

void TestTaxService::quote()
{
    const QByteArray request = R"({"shipTo":{"country":"NL"},"lines":[{"id":"a","taxCategory":"reduced"},
        {"id":"b","productKey":"newspaper"},{"id":"c","sku":"unknown"}]})";
    const HttpResult r = m_http->send("POST", u"/v1/quote"_s, request, "application/json");
    QCOMPARE(r.status, 200);
    const QJsonArray lines = r.json.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(qRound(lines.at(0).toObject().value(u"rate"_s).toObject().value(u"amount"_s).toDouble() * 10000),
             900);
    QCOMPARE(lines.at(1).toObject().value(u"taxCategory"_s).toString(), u"zero"_s);
    QCOMPARE(lines.at(2).toObject().value(u"taxCategory"_s).toString(), u"standard"_s);
    QCOMPARE(qRound(r.json.value(u"shipping"_s).toObject().value(u"amount"_s).toDouble() * 10000), 2100);
    QCOMPARE(r.json.value(u"reverseCharge"_s).toBool(), false);
    const HttpResult b2b =
        m_http->send("POST", u"/v1/quote"_s,
                     R"({"shipTo":{"country":"IT"},"buyer":{"vatId":"IT12345678901"},"lines":[{"id":"a"}]})",
                     "application/json");
    QCOMPARE(b2b.json.value(u"reverseCharge"_s).toBool(), true);
    QCOMPARE(m_http->send("POST", u"/v1/quote"_s, R"({"lines":[]})", "application/json").status, 400);
}

QTEST_GUILESS_MAIN(TestTaxService)
#include "TestTaxService.moc"
