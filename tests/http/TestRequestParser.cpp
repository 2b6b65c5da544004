// SPDX-License-Identifier: MIT
// http::RequestParser on its own: bytes in, a request or a refusal out, limits enforced while reading.
#include "http/RequestParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::http::Limits;
using commercedesk::http::Request;
using commercedesk::http::RequestParser;

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesARequestFedAtOnceOrByteByByte_data();
    void parsesARequestFedAtOnceOrByteByByte();
    void refusesWithTheRightStatus_data();
    void refusesWithTheRightStatus();
    void refusesAnOversizedBodyBeforeReadingIt();
    void headAtTheLimitIsAccepted();
    void keepAliveFollowsVersionAndConnection_data();
    void keepAliveFollowsVersionAndConnection();
    void pipelinedRequestsAreTakenOneAtATime();
    void expectContinueIsReportedUntilTheBodyStarts();
};

namespace {

Limits smallLimits()
{
    Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 10;
    limits.maxBodyBytes = 100;
    return limits;
}

} // namespace

void TestRequestParser::parsesARequestFedAtOnceOrByteByByte_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::newRow("at once") << false;
    QTest::newRow("byte by byte") << true;
}

void TestRequestParser::parsesARequestFedAtOnceOrByteByByte()
{
    QFETCH(bool, byteByByte);
    const QByteArray wire =
        "\r\nPOST /demo/things%20x?where=a%3D1&limit=2 HTTP/1.1\r\nHost: h:1\r\n"
        "X-Spaced:   v  a \t\r\nContent-Length: 5\nContent-Type: application/json\r\n\r\n{\"a\"}";
    RequestParser parser(smallLimits());
    qsizetype used = 0;
    if (byteByByte) {
        for (qsizetype i = 0; i < wire.size(); ++i) {
            QVERIFY2(!parser.complete(), qPrintable(u"complete early at byte %1"_s.arg(i)));
            used += parser.feed(QByteArrayView(wire).sliced(i, 1));
        }
    } else {
        used = parser.feed(wire);
    }
    QCOMPARE(used, wire.size());
    QVERIFY(parser.complete());
    const Request r = parser.takeRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/demo/things%20x"));
    QCOMPARE(r.decodedPath(), u"/demo/things x"_s);
    QCOMPARE(r.query, QByteArray("where=a%3D1&limit=2"));
    QCOMPARE(r.minorVersion, 1);
    QCOMPARE(r.header("host"), QByteArray("h:1"));
    QCOMPARE(r.header("X-SPACED"), QByteArray("v  a"));
    QCOMPARE(r.headers.size(), 4);
    QCOMPARE(r.body, QByteArray("{\"a\"}"));
    QVERIFY(r.keepAlive);
    QVERIFY(!parser.complete());
    QVERIFY(!parser.started());
}

void TestRequestParser::refusesWithTheRightStatus_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: x\r\n";
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("non-ascii in target") << QByteArray("GET /\xc3\xa4 HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("fragment in target") << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET a HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("ftp url") << QByteArray("GET ftp://h/a HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad method chars") << QByteArray("G@T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("not http") << QByteArray("GET / HTXP/1.1\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << 400;
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8) << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
    QTest::newRow("unknown method") << ("BREW / HTTP/1.1\r\n" + host + "\r\n") << 501;
    QTest::newRow("TRACE") << ("TRACE / HTTP/1.1\r\n" + host + "\r\n") << 501;
    QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << ("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
    QTest::newRow("obs-fold") << ("GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("space before colon") << ("GET / HTTP/1.1\r\n" + host + "X : a\r\n\r\n") << 400;
    QTest::newRow("no colon") << ("GET / HTTP/1.1\r\n" + host + "X a\r\n\r\n") << 400;
    QTest::newRow("control in value") << ("GET / HTTP/1.1\r\n" + host + "X: a\x01z\r\n\r\n") << 400;
    QTest::newRow("bare CR in value") << ("GET / HTTP/1.1\r\n" + host + "X: a\rb\r\n\r\n") << 400;
    QTest::newRow("length not a number")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("negative length") << ("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400;
    QTest::newRow("length and chunked")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("chunked") << ("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n") << 411;
    QTest::newRow("gzip coding") << ("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("length over limit")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: 101\r\n\r\n") << 413;
    QTest::newRow("length with 30 digits")
        << ("POST / HTTP/1.1\r\n" + host + "Content-Length: " + QByteArray(30, '9') + "\r\n\r\n") << 413;
    QTest::newRow("unknown expectation") << ("GET / HTTP/1.1\r\n" + host + "Expect: tea\r\n\r\n") << 417;
    QTest::newRow("long request line") << ("GET /" + QByteArray(2000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QTest::newRow("endless request line") << ("GET /" + QByteArray(2000, 'a')) << 414;
    QTest::newRow("endless empty lines") << QByteArray(2000, '\n') << 414;
    QTest::newRow("long header block")
        << ("GET / HTTP/1.1\r\n" + host + "X: " + QByteArray(1100, 'a') + "\r\n\r\n") << 431;
    QByteArray many = "GET / HTTP/1.1\r\n" + host;
    for (int i = 0; i < 10; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("eleven fields") << (many + "\r\n") << 431;
}

void TestRequestParser::refusesWithTheRightStatus()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    RequestParser parser(smallLimits());
    QVERIFY(parser.feed(wire) <= smallLimits().maxHeaderBytes); // never reads past the head limit
    QVERIFY(parser.failed());
    QCOMPARE(parser.error().status, status);
    QVERIFY(!parser.error().message.isEmpty());
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), qsizetype(0)); // stays failed
    QVERIFY(!parser.complete());
    QVERIFY(parser.bufferedBytes() <= smallLimits().maxHeaderBytes);
}

void TestRequestParser::refusesAnOversizedBodyBeforeReadingIt()
{
    const QByteArray head = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n";
    Limits limits;
    limits.maxBodyBytes = 1024 * 1024;
    RequestParser parser(limits);
    const QByteArray wire = head + QByteArray(64 * 1024, 'x');
    QCOMPARE(parser.feed(wire), head.size()); // not one byte of the body
    QVERIFY(parser.failed());
    QCOMPARE(parser.error().status, 413);
    QVERIFY(parser.error().message.contains(u"1048576"_s));
    QCOMPARE(parser.bufferedBytes(), qint64(0));
}

void TestRequestParser::headAtTheLimitIsAccepted()
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: x\r\nX: ";
    const QByteArray wire = start + QByteArray(1024 - start.size() - 4, 'a') + "\r\n\r\n";
    QCOMPARE(wire.size(), 1024);
    RequestParser parser(smallLimits());
    QCOMPARE(parser.feed(wire), wire.size());
    QVERIFY(parser.complete());
    RequestParser over(smallLimits());
    over.feed(QByteArray(start + QByteArray(1024 - start.size() - 3, 'a') + "\r\n\r\n"));
    QCOMPARE(over.error().status, 431);
}

void TestRequestParser::keepAliveFollowsVersionAndConnection_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: te, close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
    QTest::newRow("1.2 is served as 1.1") << QByteArray("GET / HTTP/1.2\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("absolute form") << QByteArray("GET http://h:1/p?q HTTP/1.1\r\nHost: h:1\r\n\r\n") << true;
}

void TestRequestParser::keepAliveFollowsVersionAndConnection()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, keepAlive);
    RequestParser parser(smallLimits());
    parser.feed(wire);
    QVERIFY2(parser.complete(), qPrintable(parser.error().message));
    const Request r = parser.takeRequest();
    QCOMPARE(r.keepAlive, keepAlive);
    if (r.target.startsWith("http:")) {
        QCOMPARE(r.path, QByteArray("/p"));
        QCOMPARE(r.query, QByteArray("q"));
    }
}

void TestRequestParser::pipelinedRequestsAreTakenOneAtATime()
{
    const QByteArray first = "POST /1 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab";
    const QByteArray second = "GET /2 HTTP/1.1\r\nHost: x\r\n\r\n";
    RequestParser parser(smallLimits());
    const QByteArray wire = first + second;
    const qsizetype used = parser.feed(wire);
    QCOMPARE(used, first.size());
    QCOMPARE(parser.takeRequest().body, QByteArray("ab"));
    QCOMPARE(parser.feed(QByteArrayView(wire).sliced(used)), second.size());
    QVERIFY(parser.complete());
    QCOMPARE(parser.takeRequest().path, QByteArray("/2"));
}

void TestRequestParser::expectContinueIsReportedUntilTheBodyStarts()
{
    RequestParser parser(smallLimits());
    parser.feed("PUT / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QVERIFY(parser.readingBody());
    QVERIFY(parser.expectsContinue());
    parser.feed("a");
    QVERIFY(!parser.expectsContinue());
    parser.feed("bc");
    QVERIFY(parser.complete());
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "TestRequestParser.moc"
