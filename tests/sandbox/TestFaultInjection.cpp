// SPDX-License-Identifier: MIT
// Fault rules: the --fault grammar, and their effect on a real service over loopback HTTP.
#include "SandboxTestSupport.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/outside/TaxService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

namespace {
const QByteArray Quote = R"({"shipTo":{"country":"DE"},"lines":[{"id":"a"}]})";
}

namespace {
const QList<QPair<QByteArray, QByteArray>> Admin{{"Authorization", "Bearer test-admin-token"}};
} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void appliesTo_data();
    void appliesTo();
    void garbageAnswersNonJson();
    void errorStatusPerRoute();
    void adminEndpointNeedsFlagTokenAndJson();
    void outageAndAdminEndpoint();
    void resetAndTimeoutGiveNoAnswer_data();
    void resetAndTimeoutGiveNoAnswer();
    void latencyDelaysTheAnswer();

private:
    std::shared_ptr<FaultInjector> m_faults;
    std::unique_ptr<TaxService> m_service;
    std::unique_ptr<TestHttp> m_http;
};

void TestFaultInjection::init()
{
    m_faults = std::make_shared<FaultInjector>();
    m_service = std::make_unique<TaxService>(TaxServiceConfig(), m_faults);
    QString error;
    QVERIFY2(m_service->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_service->url());
}

void TestFaultInjection::cleanup()
{
    m_http.reset();
    m_service.reset();
}

void TestFaultInjection::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("error with rate") << u"gateway:/v1/authorizations:error:502@0.5"_s << true
                                     << u"gateway:/v1/authorizations:error:502@0.5"_s;
    QTest::newRow("forced 409") << u"*:*:error:409"_s << true << u"*:*:error:409"_s;
    QTest::newRow("latency") << u"tax:/extension:latency:2500"_s << true << u"tax:/extension:latency:2500"_s;
    QTest::newRow("timeout") << u"tax:/extension:timeout"_s << true << u"tax:/extension:timeout"_s;
    QTest::newRow("outage") << u"oms:*:outage"_s << true << u"oms:*:outage"_s;
    QTest::newRow("reset") << u"gateway:*:reset:0.25"_s << true << u"gateway:*:reset:0.25"_s;
    QTest::newRow("unknown service") << u"erp:*:outage"_s << false << QString();
    QTest::newRow("unknown kind") << u"tax:*:explode"_s << false << QString();
    QTest::newRow("status out of range") << u"tax:*:error:200"_s << false << QString();
    QTest::newRow("rate above 1") << u"tax:*:error:503@2"_s << false << QString();
    QTest::newRow("route without slash") << u"tax:extension:timeout"_s << false << QString();
    QTest::newRow("too few parts") << u"tax:timeout"_s << false << QString();
    QTest::newRow("argument on outage") << u"oms:*:outage:5"_s << false << QString();
    QTest::newRow("api route with method")
        << u"api:post /orders/*:error:409"_s << true << u"api:POST /orders/*:error:409"_s;
    QTest::newRow("garbage with rate")
        << u"tax:/extension:garbage:0.5"_s << true << u"tax:/extension:garbage:0.5"_s;
    QTest::newRow("unknown method") << u"api:FETCH /orders:error:409"_s << false << QString();
    QTest::newRow("three route words") << u"api:POST /orders x:error:409"_s << false << QString();
}

void TestFaultInjection::appliesTo_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("applies");
    QTest::newRow("prefix by segment")
        << u"tax:/v1/quote:error:502"_s << u"tax"_s << u"POST"_s << u"/v1/quote/x"_s << true;
    QTest::newRow("not a segment prefix")
        << u"tax:/v1/quote:error:502"_s << u"tax"_s << u"POST"_s << u"/v1/quotes"_s << false;
    QTest::newRow("star segment") << u"api:/orders/*:error:409"_s << u"api"_s << u"POST"_s << u"/orders/abc"_s
                                  << true;
    QTest::newRow("star needs a segment")
        << u"api:/orders/*:error:409"_s << u"api"_s << u"POST"_s << u"/orders"_s << false;
    QTest::newRow("method matches") << u"api:POST /orders:error:409"_s << u"api"_s << u"POST"_s
                                    << u"/orders"_s << true;
    QTest::newRow("other method") << u"api:POST /orders:error:409"_s << u"api"_s << u"GET"_s << u"/orders"_s
                                  << false;
    QTest::newRow("star service spares the api")
        << u"*:*:error:503"_s << u"api"_s << u"GET"_s << u"/carts"_s << false;
    QTest::newRow("star service hits the oms")
        << u"*:*:error:503"_s << u"oms"_s << u"POST"_s << u"/messages"_s << true;
    QTest::newRow("api rule spares the tax service")
        << u"api:*:error:503"_s << u"tax"_s << u"POST"_s << u"/extension"_s << false;
}

void TestFaultInjection::appliesTo()
{
    QFETCH(QString, rule);
    QFETCH(QString, service);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, applies);
    const auto parsed = FaultRule::parse(rule, nullptr);
    QVERIFY(parsed);
    QCOMPARE(parsed->appliesTo(service, path, method), applies);
    FaultInjector injector;
    injector.add(*parsed);
    QCOMPARE(injector.decide(service, path, method).any(), applies);
}

void TestFaultInjection::garbageAnswersNonJson()
{
    m_faults->add(*FaultRule::parse(u"tax:/v1/quote:garbage"_s, nullptr));
    const HttpResult r = m_http->send("POST", u"/v1/quote"_s, Quote, "application/json");
    QCOMPARE(r.status, 200);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestFaultInjection::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const auto rule = FaultRule::parse(text, &error);
    QCOMPARE(rule.has_value(), valid);
    if (valid)
        QCOMPARE(rule->toString(), canonical);
    else
        QVERIFY(!error.isEmpty());
}

void TestFaultInjection::errorStatusPerRoute()
{
    m_faults->add(*FaultRule::parse(u"tax:/v1/quote:error:502"_s, nullptr));
    m_faults->add(*FaultRule::parse(u"gateway:*:error:503"_s, nullptr)); // another service: no effect here
    QCOMPARE(m_http->send("POST", u"/v1/quote"_s, Quote, "application/json").status, 502);
    QCOMPARE(m_http->send("POST", u"/extension"_s, R"({"resource":{}})", "application/json").status, 200);
    m_faults->clear(u"tax"_s);
    QCOMPARE(m_http->send("POST", u"/v1/quote"_s, Quote, "application/json").status, 200);
}

void TestFaultInjection::adminEndpointNeedsFlagTokenAndJson()
{
    const QByteArray rule = R"({"route":"*","kind":"outage"})";
    // Not enabled: the endpoint does not exist, whatever the request carries.
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "application/json", Admin).status, 404);
    QCOMPARE(m_http->get(u"/_fault"_s, {}, {}, Admin).status, 404);
    m_faults->enableAdmin("test-admin-token");
    // Enabled: no token, a wrong one, or what a web page's cross-site form post can send → refused.
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "application/json").status, 401);
    const QList<QPair<QByteArray, QByteArray>> wrong{{"Authorization", "Bearer test-admin-tokeN"}};
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "application/json", wrong).status, 401);
    QCOMPARE(m_http->send("DELETE", u"/_fault"_s, {}, {}).status, 401);
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "text/plain").status, 401);
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "text/plain", Admin).status, 415);
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "application/x-www-form-urlencoded", Admin).status,
             415);
    QCOMPARE(m_faults->rules().size(), 0);
    QCOMPARE(m_http->send("POST", u"/_fault"_s, rule, "application/json; charset=utf-8", Admin).status, 201);
    QCOMPARE(m_faults->rules().size(), 1);
}

void TestFaultInjection::outageAndAdminEndpoint()
{
    m_faults->enableAdmin("test-admin-token");
    const HttpResult added =
        m_http->send("POST", u"/_fault"_s, R"({"route":"*","kind":"outage"})", "application/json", Admin);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json.value(u"service"_s).toString(), u"tax"_s);
    const HttpResult down = m_http->send("POST", u"/v1/quote"_s, Quote, "application/json");
    QCOMPARE(down.status, 503);
    QCOMPARE(down.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"service_unavailable"_s);
    QVERIFY(m_faults->isOutage(u"tax"_s));
    QCOMPARE(m_http->get(u"/_fault"_s, {}, {}, Admin).json.value(u"rules"_s).toArray().size(),
             1); // admin is never faulted
    QCOMPARE(m_http->send("POST", u"/_fault"_s, R"({"route":"*","kind":"bogus"})", "application/json", Admin)
                 .status,
             400);
    const HttpResult cleared = m_http->send("DELETE", u"/_fault"_s, {}, {}, Admin);
    QCOMPARE(cleared.json.value(u"removed"_s).toInt(), 1);
    QCOMPARE(m_http->send("POST", u"/v1/quote"_s, Quote, "application/json").status, 200);
}

void TestFaultInjection::resetAndTimeoutGiveNoAnswer_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("error");
    QTest::newRow("reset") << u"tax:/v1/quote:reset"_s << int(QNetworkReply::RemoteHostClosedError);
    QTest::newRow("timeout") << u"tax:/v1/quote:timeout"_s << int(QNetworkReply::OperationCanceledError);
}

void TestFaultInjection::resetAndTimeoutGiveNoAnswer()
{
    QFETCH(QString, rule);
    QFETCH(int, error);
    m_faults->add(*FaultRule::parse(rule, nullptr));
    QNetworkAccessManager nam;
    QNetworkRequest request(m_http->url(u"/v1/quote"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(1000);
    QNetworkReply *reply = nam.post(request, Quote);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    QCOMPARE(int(reply->error()), error);
    reply->deleteLater();
}

void TestFaultInjection::latencyDelaysTheAnswer()
{
    m_faults->add(*FaultRule::parse(u"*:/v1/quote:latency:400"_s, nullptr));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_http->send("POST", u"/v1/quote"_s, Quote, "application/json").status, 200);
    QVERIFY(timer.elapsed() >= 400);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
