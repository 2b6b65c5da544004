// SPDX-License-Identifier: MIT
// Transport policy at the network seam: a scripted fake server produces the failures a real backend does not
// produce on demand (hangs, resets, 503 storms, proxy pages, truncated JSON, expired tokens).
#include "api/ApiSession.h"
#include "api/JsonBody.h"
#include "api/ProductProjectionClient.h"
#include "api/Transport.h"
#include "support/ScriptedHttpServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using testsupport::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Reply;

namespace {

const QByteArray kTokenPath = "/oauth/token"_ba;
const QByteArray kSearchPath = "/demo/product-projections/search"_ba;

Reply tokenReply(const QByteArray &token, int expiresIn = 3600)
{
    return Reply::json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" +
                                QByteArray::number(expiresIn) +
                                ",\"scope\":\"view_published_products:demo\"}");
}

Reply ctError(int status, const QByteArray &code, const QByteArray &extra = {})
{
    return Reply::json(status, "{\"statusCode\":" + QByteArray::number(status) + ",\"message\":\"m " + code +
                                   "\",\"errors\":[{\"code\":\"" + code + "\",\"message\":\"m\"" + extra +
                                   "}]}");
}

api::Result<QJsonValue> decodeJson(const api::HttpResponse &response)
{
    return api::parseJsonBody(response);
}

/// Waits until the job `alive` guards is deleted: then it cannot finish again or send anything (the event to
/// wait for instead of a sleep). Take the guard when the job is created: it may be gone by the time its
/// handler's effect is seen.
void awaitDeleted(const QPointer<api::ApiJob> &alive)
{
    if (!QTest::qWaitFor([&alive] { return alive.isNull(); }, 15000))
        qFatal("the job was not deleted after it finished");
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager m_network;
    api::ApiSession *m_session = nullptr;

    api::Result<QJsonValue> run(api::HttpRequest request)
    {
        auto *job = m_session->transport()->send<QJsonValue>(std::move(request), &decodeJson);
        const QPointer<api::ApiJob> alive(job);
        std::optional<api::Result<QJsonValue>> outcome;
        int calls = 0;
        job->onFinished(this, [&](const api::Result<QJsonValue> &result) {
            outcome = result;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            qFatal("the job did not finish within 15 s");
        awaitDeleted(alive);
        if (calls != 1)
            qFatal("handler ran %d times", calls);
        return *outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        api::ConnectionConfig config;
        config.authUrl = QUrl(QString::fromLatin1(m_server->baseUrl()));
        config.apiUrl = config.authUrl;
        config.projectKey = u"demo"_s;
        config.clientId = u"client"_s;
        config.clientSecret = u"secret"_s;
        config.scopes = {u"view_published_products"_s};
        m_session =
            new api::ApiSession(&m_network, config, api::OAuthTokenProvider::Grant::ClientCredentials, this);
        m_session->transport()->setRetryPolicy({3, 10, 40});
    }

    void cleanup()
    {
        delete m_session;
        delete m_server;
    }

    void sendsBearerTokenAndCorrelationIdAndReusesToken()
    {
        m_server->enqueue(kTokenPath, tokenReply("tok-1"));
        m_server->setFallback([](const auto &) { return Reply::json(200, "{\"results\":[]}"); });
        QVERIFY(run(api::HttpRequest::get(u"/product-projections/search"_s)).ok());
        QVERIFY(run(api::HttpRequest::get(u"/product-projections/search"_s)).ok());

        QCOMPARE(m_server->requestCount(kTokenPath), 1);
        const auto &tokenRequest = m_server->requests().first();
        QCOMPARE(tokenRequest.header("Authorization"), "Basic " + "client:secret"_ba.toBase64());
        QVERIFY(tokenRequest.body.contains("grant_type=client_credentials"));
        QVERIFY(tokenRequest.body.contains("scope=view_published_products%3Ademo"));
        QStringList correlationIds;
        for (const auto &request : m_server->requests()) {
            if (request.path() != kSearchPath)
                continue;
            QCOMPARE(request.header("Authorization"), "Bearer tok-1"_ba);
            const QString id = QString::fromLatin1(request.header("X-Correlation-ID"));
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
            correlationIds << id;
        }
        QCOMPARE(correlationIds.size(), 2);
        QVERIFY(correlationIds.at(0) != correlationIds.at(1));
    }

    /// A fresh cached token is handed out at once (the transport then sends without waiting a turn of the
    /// event loop); none before the first fetch, none after the server refused it.
    void freshTokenIsTheCachedOneUntilInvalidated()
    {
        QVERIFY(!m_session->tokens()->freshToken());
        m_server->enqueue(kTokenPath, tokenReply("tok-1"));
        m_server->setFallback([](const auto &) { return Reply::json(200, "{\"results\":[]}"); });
        QVERIFY(run(api::HttpRequest::get(u"/product-projections/search"_s)).ok());
        const std::optional<api::AccessToken> token = m_session->tokens()->freshToken();
        QVERIFY(token);
        QCOMPARE(token->value, u"tok-1"_s);
        m_session->tokens()->invalidate(u"tok-1"_s);
        QVERIFY(!m_session->tokens()->freshToken());
    }

    void retriesOnceWithFreshTokenAfterInvalidToken()
    {
        m_server->enqueue(kTokenPath, tokenReply("old"));
        m_server->enqueue(kSearchPath, ctError(401, "invalid_token"));
        m_server->enqueue(kTokenPath, tokenReply("new"));
        m_server->enqueue(kSearchPath, Reply::json(200, "{\"ok\":true}"));
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
        QCOMPARE(m_server->requestCount(kTokenPath), 2);
        QCOMPARE(m_server->requests().last().header("Authorization"), "Bearer new"_ba);
    }

    void givesUpAfterSecondInvalidToken()
    {
        m_server->setFallback([](const ScriptedHttpServer::Request &request) {
            return request.path() == kTokenPath ? tokenReply("t") : ctError(401, "invalid_token");
        });
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 401);
        QCOMPARE(result.error().code, u"invalid_token"_s);
        QCOMPARE(m_server->requestCount(kSearchPath), 2);
    }

    void retriesIdempotentRequestThrough503Storm()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->enqueue(kSearchPath, ctError(503, "OverCapacity"));
        m_server->enqueue(kSearchPath, ctError(503, "OverCapacity"));
        m_server->enqueue(kSearchPath, Reply::json(200, "{\"ok\":true}"));
        QVERIFY(run(api::HttpRequest::get(u"/product-projections/search"_s)).ok());
        QCOMPARE(m_server->requestCount(kSearchPath), 3);
    }

    void stopsRetryingAfterMaxAttempts()
    {
        m_server->setFallback([](const ScriptedHttpServer::Request &request) {
            return request.path() == kTokenPath ? tokenReply("t") : ctError(503, "OverCapacity");
        });
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 503);
        QCOMPARE(m_server->requestCount(kSearchPath), 3);
    }

    void neverRetriesACreate()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->setFallback([](const auto &) { return ctError(503, "OverCapacity"); });
        const auto result = run(api::HttpRequest::post(u"/orders"_s, "{\"cart\":{}}"_ba));
        QVERIFY(!result.ok());
        QCOMPARE(m_server->requestCount("/demo/orders"_ba), 1);
    }

    void proxyPageIsHttpNonJson()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply page = Reply::json(502, "<html><body>Bad gateway</body></html>"_ba);
        page.contentType = "text/html";
        m_server->setFallback([page](const auto &) { return page; });
        const auto result = run(api::HttpRequest::post(u"/carts"_s, "{}"_ba));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), int(api::ApiError::Kind::HttpNonJson));
        QCOMPARE(result.error().httpStatus, 502);
    }

    void truncatedJsonInSuccessIsMalformed()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->enqueue(kSearchPath, Reply::json(200, "{\"results\":[{\"id\":\"a\""));
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), int(api::ApiError::Kind::MalformedJson));
    }

    void hangingReplyTimesOut()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply hang;
        hang.mode = Reply::Mode::Hang;
        m_server->setFallback([hang](const auto &) { return hang; });
        m_session->transport()->setRetryPolicy({1, 10, 10});
        api::HttpRequest request = api::HttpRequest::get(u"/product-projections/search"_s);
        request.timeoutMs = 300;
        const auto result = run(request);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), int(api::ApiError::Kind::Timeout));
    }

    void resetMidBodyIsANetworkErrorAndRetried()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply reset = Reply::json(200, QByteArray(4000, 'x'));
        reset.mode = Reply::Mode::ResetMidBody;
        m_server->enqueue(kSearchPath, reset);
        m_server->enqueue(kSearchPath, Reply::json(200, "{\"ok\":true}"));
        QVERIFY(run(api::HttpRequest::get(u"/product-projections/search"_s)).ok());
        QCOMPARE(m_server->requestCount(kSearchPath), 2);
    }

    void slowDripStillArrives()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply drip = Reply::json(200, "{\"ok\":true}");
        drip.mode = Reply::Mode::Drip;
        drip.dripIntervalMs = 2;
        m_server->enqueue(kSearchPath, drip);
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value().toObject().value("ok"_L1).toBool(), true);
    }

    void conflictCarriesCurrentVersion()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->enqueue("/demo/carts/c1"_ba,
                          ctError(409, "ConcurrentModification", ",\"currentVersion\":7"));
        const auto result = run(api::HttpRequest::post(u"/carts/c1"_s, "{\"version\":6,\"actions\":[]}"_ba));
        QVERIFY(!result.ok());
        QVERIFY(result.error().isConcurrentModification());
        QCOMPARE(result.error().currentVersion, std::optional<qint64>(7));
    }

    void refusedClientIsReported()
    {
        m_server->enqueue(kTokenPath,
                          Reply::json(401, "{\"statusCode\":401,\"message\":\"Please provide valid client "
                                           "credentials.\",\"errors\":[{\"code\":\"invalid_client\","
                                           "\"message\":\"bad\"}],\"error\":\"invalid_client\"}"));
        const auto result = run(api::HttpRequest::get(u"/product-projections/search"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_client"_s);
        QCOMPARE(m_server->requestCount(kSearchPath), 0);
    }

    void cancelFinishesOnceWithCancelled()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply hang;
        hang.mode = Reply::Mode::Hang;
        m_server->enqueue(kSearchPath, hang);
        auto *job = m_session->transport()->send<QJsonValue>(
            api::HttpRequest::get(u"/product-projections/search"_s), &decodeJson);
        const QPointer<api::ApiJob> alive(job);
        int calls = 0;
        int kind = -1;
        job->onFinished(this, [&](const api::Result<QJsonValue> &result) {
            ++calls;
            kind = result.ok() ? -1 : int(result.error().kind);
        });
        QTRY_COMPARE(m_server->requestCount(kSearchPath), 1);
        job->cancel();
        job->cancel();
        QTRY_COMPARE(calls, 1);
        awaitDeleted(alive); // gone: it cannot finish again
        QCOMPARE(calls, 1);
        QCOMPARE(kind, int(api::ApiError::Kind::Cancelled));
    }

    /// A job outlives its session (a profile switch deletes the session): its next attempt must not touch
    /// the deleted network manager or token provider, and the job still finishes exactly once.
    void attemptAfterTheSessionIsGoneIsCancelled()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->setFallback([](const auto &) { return Reply::json(503, "{}"); });
        m_session->transport()->setRetryPolicy({3, 300, 300});
        auto *job = m_session->transport()->send<QJsonValue>(
            api::HttpRequest::get(u"/product-projections/search"_s), &decodeJson);
        const QPointer<api::ApiJob> alive(job);
        int calls = 0;
        int kind = -1;
        job->onFinished(this, [&](const api::Result<QJsonValue> &result) {
            ++calls;
            kind = result.ok() ? -1 : int(result.error().kind);
        });
        QTRY_COMPARE(m_server->requestCount(kSearchPath), 1); // the 503; a retry is now waiting
        delete m_session;
        m_session = nullptr;
        QTRY_COMPARE(calls, 1);
        awaitDeleted(alive); // gone with its retry timer: it cannot finish again or send the retry
        QCOMPARE(calls, 1);
        QCOMPARE(kind, int(api::ApiError::Kind::Cancelled));
        QCOMPARE(m_server->requestCount(kSearchPath), 1);
    }

    /// The session goes while a reply is in flight: the reply dies with the network manager, and the job
    /// still finishes, once, as Cancelled.
    void replyInFlightWhenTheSessionIsGoneIsCancelled()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        Reply hang;
        hang.mode = Reply::Mode::Hang;
        m_server->enqueue(kSearchPath, hang);
        auto *job = m_session->transport()->send<QJsonValue>(
            api::HttpRequest::get(u"/product-projections/search"_s), &decodeJson);
        const QPointer<api::ApiJob> alive(job);
        int calls = 0;
        int kind = -1;
        job->onFinished(this, [&](const api::Result<QJsonValue> &result) {
            ++calls;
            kind = result.ok() ? -1 : int(result.error().kind);
        });
        QTRY_COMPARE(m_server->requestCount(kSearchPath), 1);
        delete m_session;
        m_session = nullptr;
        QTRY_COMPARE(calls, 1);
        awaitDeleted(alive); // gone: it cannot finish again
        QCOMPARE(calls, 1);
        QCOMPARE(kind, int(api::ApiError::Kind::Cancelled));
    }

    void productKeyIsPercentEncodedOnce()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        api::ProductProjectionClient client(m_session->transport());
        auto *job = client.byKey(u"a b%"_s);
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_server->requests().last().path(), "/demo/product-projections/key=a%20b%25"_ba);
    }

    void destroyedContextGetsNoCallback()
    {
        m_server->enqueue(kTokenPath, tokenReply("t"));
        m_server->setFallback([](const auto &) { return Reply::json(200, "{}"); });
        auto *context = new QObject;
        bool called = false;
        auto *job = m_session->transport()->send<QJsonValue>(
            api::HttpRequest::get(u"/product-projections/search"_s), &decodeJson);
        QSignalSpy finished(job, &api::ApiJob::finished);
        job->onFinished(context, [&](const auto &) { called = true; });
        delete context;
        QVERIFY(finished.wait(5000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
