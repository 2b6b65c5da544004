// SPDX-License-Identifier: MIT
#include "platform/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::platform::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksPatterns_data();
    void masksPatterns();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void masksRegisteredSecrets_data();
    void masksRegisteredSecrets();
    void refusesShortSecrets();
    void forgetsRemovedSecrets();
};

void TestRedactor::masksPatterns_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Authorization headers: the scheme stays, the value goes.
    QTest::newRow("authorization bearer header")
        << u"GET /orders Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln -> 200"_s
        << u"GET /orders Authorization: Bearer *** -> 200"_s;
    QTest::newRow("authorization header lower case")
        << u"authorization: bearer abc123"_s << u"authorization: bearer ***"_s;
    QTest::newRow("authorization header upper case with =")
        << u"AUTHORIZATION=BEARER XYZ0987654"_s << u"AUTHORIZATION=BEARER ***"_s;
    QTest::newRow("authorization basic header")
        << u"Authorization: Basic Y2xpZW50OnNlY3JldA=="_s << u"Authorization: Basic ***"_s;
    QTest::newRow("authorization header in JSON") << u"{\"Authorization\":\"Bearer tok-123\",\"X\":1}"_s
                                                  << u"{\"Authorization\":\"Bearer ***\",\"X\":1}"_s;
    QTest::newRow("proxy authorization")
        << u"Proxy-Authorization: Basic dXNlcjpwYXNz"_s << u"Proxy-Authorization: Basic ***"_s;
    QTest::newRow("free-standing bearer token")
        << u"retrying with Bearer mF_9.B5f-4.1JqM now"_s << u"retrying with Bearer *** now"_s;
    QTest::newRow("free-standing letters-only bearer token")
        << u"retry Bearer abcdefghijklmnop"_s << u"retry Bearer ***"_s;
    QTest::newRow("free-standing basic credentials")
        << u"sent basic Y2xpZW50OnNlY3JldA== upstream"_s << u"sent basic *** upstream"_s;

    // JSON members.
    QTest::newRow("json access_token")
        << uR"({"access_token":"vkFuQ6oTwj8_Ye4eiRSsqMeqLYNeQRJi","expires_in":172800,"scope":"view_orders:p"})"_s
        << uR"({"access_token":"***","expires_in":172800,"scope":"view_orders:p"})"_s;
    QTest::newRow("json refresh_token with spaces")
        << uR"({ "refresh_token" : "p:abc.def" })"_s << uR"({ "refresh_token" : "***" })"_s;
    QTest::newRow("json client_secret") << uR"({"client_id":"cid","client_secret":"cs-1"})"_s
                                        << uR"({"client_id":"cid","client_secret":"***"})"_s;
    QTest::newRow("json password with escaped quote")
        << uR"({"password":"p\"w","email":"a@b.c"})"_s << uR"({"password":"***","email":"a@b.c"})"_s;
    QTest::newRow("json camelCase passwords") << uR"({"currentPassword":"old1","newPassword":"new2"})"_s
                                              << uR"({"currentPassword":"***","newPassword":"***"})"_s;
    QTest::newRow("json cvc as number")
        << uR"({"cvc": 123, "brand":"visa"})"_s << uR"({"cvc": ***, "brand":"visa"})"_s;
    QTest::newRow("json CVV upper case") << uR"({"CVV":"0737"})"_s << uR"({"CVV":"***"})"_s;

    // Form bodies and URL queries.
    QTest::newRow("form client_secret")
        << u"grant_type=client_credentials&client_secret=s3cr3t-value&scope=view_orders"_s
        << u"grant_type=client_credentials&client_secret=***&scope=view_orders"_s;
    QTest::newRow("form password flow") << u"grant_type=password&username=a%40b.c&password=hunter2"_s
                                        << u"grant_type=password&username=a%40b.c&password=***"_s;
    QTest::newRow("url query refresh_token") << u"POST https://auth.test/oauth/token?refresh_token=rt-1&x=1"_s
                                             << u"POST https://auth.test/oauth/token?refresh_token=***&x=1"_s;
    QTest::newRow("url query access_token")
        << u"/me?access_token=abc#frag"_s << u"/me?access_token=***#frag"_s;
    QTest::newRow("url query cvv") << u"/pay?amount=100&cvv=737"_s << u"/pay?amount=100&cvv=***"_s;
    QTest::newRow("key colon value text")
        << u"loaded client_secret: abc123 from file"_s << u"loaded client_secret: *** from file"_s;

    // Card numbers (Luhn-valid), keeping at most the last four digits.
    QTest::newRow("card with spaces")
        << u"card 4111 1111 1111 1111 accepted"_s << u"card **** **** **** 1111 accepted"_s;
    QTest::newRow("card without separators") << u"pan=4111111111111111"_s << u"pan=************1111"_s;
    QTest::newRow("card with dashes") << u"5555-5555-5555-4444"_s << u"****-****-****-4444"_s;
    QTest::newRow("amex 4-6-5") << u"amex 3782 822463 10005."_s << u"amex **** ****** *0005."_s;
    QTest::newRow("13-digit card") << u"visa13 4222222222222"_s << u"visa13 *********2222"_s;
    QTest::newRow("19-digit card") << u"(6221260000000000001)"_s << u"(***************0001)"_s;
    QTest::newRow("card in JSON") << uR"({"number":"4111111111111111","brand":"visa"})"_s
                                  << uR"({"number":"************1111","brand":"visa"})"_s;
    QTest::newRow("card after an order number")
        << u"order 12345 4111 1111 1111 1111"_s << u"order 12345 **** **** **** 1111"_s;
    QTest::newRow("two cards") << u"4111111111111111,5555555555554444"_s
                               << u"************1111,************4444"_s;

    QTest::newRow("everything at once")
        << u"Authorization: Bearer t0k client_secret=cs&card=4111-1111-1111-1111 {\"cvc\":\"123\"}"_s
        << u"Authorization: Bearer *** client_secret=***&card=****-****-****-1111 {\"cvc\":\"***\"}"_s;
}

void TestRedactor::masksPatterns()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Redactor redactor;
    QCOMPARE(redactor.redact(input), expected);
    QCOMPARE(QString::fromStdString(redactor.redactUtf8(input.toStdString())), expected);
}

void TestRedactor::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("order number") << u"order 2024-000123-17 created"_s;
    QTest::newRow("12-digit Luhn-valid number") << u"ref 123456789015"_s;
    QTest::newRow("non-Luhn 16 digits") << u"card 4111 1111 1111 1112 declined"_s;
    QTest::newRow("non-Luhn 16 digits plain") << u"id 4111111111111112"_s;
    QTest::newRow("ISO date and time") << u"created 2024-01-15T10:20:30.123Z"_s;
    QTest::newRow("two ISO dates") << u"range 2024-01-15 2024-01-16"_s;
    QTest::newRow("phone number") << u"call +49 30 1234 5678 90"_s;
    QTest::newRow("20-digit number") << u"trace 12345678901234567890"_s;
    QTest::newRow("uuid") << u"cart 2a3b4c5d-1234-4567-8901-234567890123 updated"_s;
    QTest::newRow("money in cents") << u"total 1999 EUR, centAmount 123456"_s;
    QTest::newRow("token_type is not a secret") << uR"({"token_type":"Bearer","expires_in":172800})"_s;
    QTest::newRow("prose about tokens") << u"the bearer token expired; refresh token rejected"_s;
    QTest::newRow("basic prose") << u"Basic authentication failed for the request"_s;
    QTest::newRow("authorization prose") << u"Authorization header missing"_s;
    QTest::newRow("empty secret value") << uR"({"refresh_token":""})"_s;
    QTest::newRow("null secret value") << uR"({"refresh_token":null})"_s;
    QTest::newRow("unicode text") << u"Bestellung für Müller — 東京 ✓"_s;
    QTest::newRow("empty") << QString();
}

void TestRedactor::leavesOrdinaryTextAlone()
{
    QFETCH(QString, input);
    const Redactor redactor;
    QCOMPARE(redactor.redact(input), input);
    QCOMPARE(QString::fromStdString(redactor.redactUtf8(input.toStdString())), input);
}

void TestRedactor::masksRegisteredSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Zq8-client-secret"_s << u"using Zq8-client-secret now"_s
                           << u"using *** now"_s;
    QTest::newRow("repeated") << u"tok_4242"_s << u"tok_4242/tok_4242"_s << u"***/***"_s;
    QTest::newRow("inside a word") << u"S3cr3tValue"_s << u"xS3cr3tValuex"_s << u"x***x"_s;
    QTest::newRow("percent-encoded") << u"a b&c/d"_s << u"secret=a%20b%26c%2Fd;"_s << u"secret=***;"_s;
    QTest::newRow("unicode") << u"pässwört-🔑"_s << u"pw pässwört-🔑 end"_s << u"pw *** end"_s;
    QTest::newRow("case matters") << u"CaseSecret"_s << u"casesecret stays"_s << u"casesecret stays"_s;
}

void TestRedactor::masksRegisteredSecrets()
{
    QFETCH(QString, secret);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor redactor;
    QVERIFY(redactor.addSecret(secret));
    QCOMPARE(redactor.redact(input), expected);
    QCOMPARE(QString::fromStdString(redactor.redactUtf8(input.toStdString())), expected);
}

void TestRedactor::refusesShortSecrets()
{
    Redactor redactor;
    QVERIFY(!redactor.addSecret(QString()));
    QVERIFY(!redactor.addSecret(u"abc"_s));
    QCOMPARE(redactor.redact(u"abc abc"_s), u"abc abc"_s);
    QVERIFY(redactor.addSecret(u"abcd"_s));
    QCOMPARE(redactor.redact(u"abcd abc"_s), u"*** abc"_s);
}

void TestRedactor::forgetsRemovedSecrets()
{
    Redactor redactor;
    QVERIFY(redactor.addSecret(u"first-secret"_s));
    QVERIFY(redactor.addSecret(u"second-secret"_s));
    redactor.removeSecret(u"first-secret"_s);
    QCOMPARE(redactor.redact(u"first-secret second-secret"_s), u"first-secret ***"_s);
    redactor.clearSecrets();
    QCOMPARE(redactor.redact(u"second-secret"_s), u"second-secret"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
