// SPDX-License-Identifier: MIT
// checkout.OrchestratorTokenProvider: the buyer's orchestrator session as the transport's token provider,
// against a real in-process orchestrator on a real sandbox (tests/orchestrator/OrchestratorHarness):
// anonymous start, sign-in with the cart handed over, expiry and refresh (also after the orchestrator
// refused a token the app still thought fresh), a revoked session ending with a clear error, a kept
// session resuming from the refresh-token store, sign-out revoking the session, and the error shapes.

#include "../orchestrator/OrchestratorHarness.h"
#include "api/ApiScope.h"
#include "api/MemoryRefreshTokenStore.h"
#include "api/Transport.h"
#include "checkout/OrchestratorTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

/// Runs `job` to its end and returns its outcome.
template<class T>
api::Result<T> await(api::Job<T> *job)
{
    QSignalSpy done(job, &api::ApiJob::finished);
    if (!job->isFinished())
        done.wait(30000);
    return job->result();
}

api::Result<QJsonObject> decodeObject(const api::HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestOrchestratorTokenProvider : public QObject
{
    Q_OBJECT

private:
    struct Buyer
    {
        std::unique_ptr<checkout::OrchestratorTokenProvider> tokens;
        std::unique_ptr<api::Transport> transport;
    };

    Buyer buyer(const QUrl &url, api::RefreshTokenStore *store = nullptr,
                checkout::OrchestratorTokenProvider::Clock clock = {})
    {
        Buyer b;
        const api::ConnectionConfig config = api::ConnectionConfig::forOrchestrator(url);
        b.tokens = std::make_unique<checkout::OrchestratorTokenProvider>(&m_network, config, nullptr, clock);
        b.tokens->setRefreshTokenStore(store);
        b.transport = std::make_unique<api::Transport>(&m_network, config, b.tokens.get());
        return b;
    }

    api::Result<QJsonObject> get(const Buyer &b, const QString &path)
    {
        return await(b.transport->send<QJsonObject>(api::HttpRequest::get(path), decodeObject));
    }

    api::Result<checkout::OrchestratorSession> signIn(const Buyer &b, const BuyerLogin &login)
    {
        std::optional<api::Result<checkout::OrchestratorSession>> out;
        b.tokens->signIn(login.email, login.password, this,
                         [&out](const api::Result<checkout::OrchestratorSession> &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000)) {
            api::ApiError timeout;
            timeout.kind = api::ApiError::Kind::Timeout;
            return timeout;
        }
        return *out;
    }

    std::optional<std::optional<api::ApiError>> signOut(const Buyer &b)
    {
        std::optional<std::optional<api::ApiError>> out;
        b.tokens->signOut(this, [&out](const std::optional<api::ApiError> &e) { out = e; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
            return std::nullopt;
        return out;
    }

    OrchestratorHarness m_harness;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
    std::unique_ptr<orchestrator::Orchestrator> m_shortLived; ///< access tokens of 1 s
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_orchestrator = m_harness.startOrchestrator();
        QVERIFY(m_orchestrator);
        orchestrator::OrchestratorConfig shortLived = m_harness.config();
        shortLived.accessTokenSeconds = 1;
        m_shortLived = m_harness.startOrchestrator(shortLived);
        QVERIFY(m_shortLived);
    }

    void paths()
    {
        // The orchestrator scopes name no project key and no associate (docs/orchestrator-api.yaml).
        QCOMPARE(api::ApiScope::orchestrator().collection(u"carts"_s), u"/v1/carts"_s);
        QCOMPARE(api::ApiScope::orchestratorBusinessUnit(u"acme-hq"_s).collection(u"orders"_s),
                 u"/v1/business-units/acme-hq/orders"_s);
        const api::ConnectionConfig config =
            api::ConnectionConfig::forOrchestrator(QUrl(u"http://h:1/base/"_s));
        QVERIFY(config.problems().isEmpty());
        QCOMPARE(config.apiEndpoint(u"/v1/carts"_s).toString(), u"http://h:1/base/v1/carts"_s);
        QVERIFY(!api::ConnectionConfig::forOrchestrator(QUrl(u"ftp://h"_s)).problems().isEmpty());
        QVERIFY(!api::ConnectionConfig::forOrchestrator(QUrl()).problems().isEmpty());
    }

    void anonymousSessionAndOrchestratorErrors()
    {
        api::MemoryRefreshTokenStore store;
        Buyer b = buyer(m_orchestrator->url(), &store);
        // No cart yet: the orchestrator's error shape arrives as an ApiError with its code.
        const auto active = get(b, u"/v1/carts/active"_s);
        QVERIFY(!active.ok());
        QVERIFY(active.error().kind == api::ApiError::Kind::Http);
        QCOMPARE(active.error().httpStatus, 404);
        QCOMPARE(active.error().code, u"NoActiveCart"_s);
        QVERIFY(!active.error().correlationId.isEmpty());
        QVERIFY(!b.tokens->anonymousId().isEmpty());
        QVERIFY(b.tokens->customerId().isEmpty());
        QVERIFY(!store.stored().isEmpty()); // the refresh token is kept
        // A customer-only endpoint refuses an anonymous session with a code the app can show.
        const auto me = get(b, u"/v1/me"_s);
        QVERIFY(!me.ok());
        QCOMPARE(me.error().httpStatus, 403);
        QVERIFY(!me.error().code.isEmpty());
    }

    void signInHandsTheCartOver()
    {
        Buyer b = buyer(m_orchestrator->url());
        const QString sku = m_harness.someSku(
            m_orchestrator->url(), m_harness.call(m_orchestrator->url(), "POST", u"/v1/sessions/anonymous"_s)
                                       .json.value(u"accessToken"_s)
                                       .toString()
                                       .toLatin1());
        QVERIFY(!sku.isEmpty());
        const QJsonObject draft{
            {u"currency"_s, u"EUR"_s},
            {u"country"_s, u"DE"_s},
            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 3}}}}};
        const auto created = await(b.transport->send<QJsonObject>(
            api::HttpRequest::post(u"/v1/carts"_s, QJsonDocument(draft).toJson(QJsonDocument::Compact)),
            decodeObject));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().diagnostic()));
        QSignalSpy changed(b.tokens.get(), &checkout::OrchestratorTokenProvider::sessionChanged);

        const auto wrong = signIn(b, {OrchestratorHarness::shopper().email, u"wrong-password"_s});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().httpStatus, 401);
        QCOMPARE(wrong.error().code, u"InvalidCredentials"_s);
        QVERIFY(b.tokens->customerId().isEmpty());
        QCOMPARE(changed.size(), 0);

        const auto session = signIn(b, OrchestratorHarness::shopper());
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().diagnostic()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(b.tokens->customerId(), session.value().customerId);
        QCOMPARE(session.value().customer.value(u"email"_s).toString(), OrchestratorHarness::shopper().email);
        // The customer's active cart now holds the anonymous cart's line.
        const auto active = get(b, u"/v1/carts/active"_s);
        QVERIFY2(active.ok(), qPrintable(active.ok() ? QString() : active.error().diagnostic()));
        bool found = false;
        for (const QJsonValue &line : active.value().value(u"lineItems"_s).toArray())
            found = found || line.toObject().value(u"variant"_s).toObject().value(u"sku"_s).toString() == sku;
        QVERIFY(found);
        QCOMPARE(active.value().value(u"customerId"_s).toString(), b.tokens->customerId());
    }

    void expiredTokenIsRefreshed()
    {
        api::MemoryRefreshTokenStore store;
        Buyer b = buyer(m_shortLived->url(), &store);
        QVERIFY(signIn(b, OrchestratorHarness::shopper()).ok());
        const QString customer = b.tokens->customerId();
        const QString session = b.tokens->sessionId();
        const QString firstToken = b.tokens->cachedToken()->value;
        // Until the 1 s access token has expired by the orchestrator's clock (whole seconds) and the app's.
        const qint64 expired = b.tokens->cachedToken()->issuedAt.toSecsSinceEpoch() + 2;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expired, 5000);
        const auto me = get(b, u"/v1/me"_s);
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().diagnostic()));
        QCOMPARE(me.value().value(u"id"_s).toString(), customer);
        QCOMPARE(b.tokens->sessionId(), session); // refreshed, not a new session
        QVERIFY(b.tokens->cachedToken()->value != firstToken);
    }

    void refusedTokenIsRefreshed()
    {
        // The app's clock stands still, so it holds the token fresh; the orchestrator refuses it (401
        // InvalidSession) and the transport invalidates it and retries once with a refreshed one.
        const QDateTime frozen = QDateTime::currentDateTimeUtc();
        Buyer b = buyer(m_shortLived->url(), nullptr, [frozen] { return frozen; });
        QVERIFY(signIn(b, OrchestratorHarness::shopper()).ok());
        const QString firstToken = b.tokens->cachedToken()->value;
        const qint64 expired = frozen.toSecsSinceEpoch() + 2; // by the orchestrator's clock
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expired, 5000);
        QVERIFY(b.tokens->freshToken().has_value()); // still fresh for the app
        const auto me = get(b, u"/v1/me"_s);
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().diagnostic()));
        QCOMPARE(me.value().value(u"id"_s).toString(), b.tokens->customerId());
        QVERIFY(b.tokens->cachedToken()->value != firstToken);
    }

    void revokedSessionEndsWithAClearError()
    {
        api::MemoryRefreshTokenStore store;
        Buyer b = buyer(m_orchestrator->url(), &store);
        QVERIFY(signIn(b, OrchestratorHarness::shopper()).ok());
        QVERIFY(get(b, u"/v1/me"_s).ok());
        // The session is signed out elsewhere (another device of the buyer, or the seller revoking it).
        const HttpResult revoked = m_harness.call(m_orchestrator->url(), "POST", u"/v1/sessions/sign-out"_s,
                                                  {}, b.tokens->cachedToken()->value.toLatin1());
        QCOMPARE(revoked.status, 200);
        QSignalSpy ended(b.tokens.get(), &checkout::OrchestratorTokenProvider::sessionEnded);
        QSignalSpy changed(b.tokens.get(), &checkout::OrchestratorTokenProvider::sessionChanged);

        const auto me = get(b, u"/v1/me"_s);
        QVERIFY(!me.ok());
        QCOMPARE(me.error().httpStatus, 401);
        QCOMPARE(me.error().code, u"InvalidSession"_s);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<api::ApiError>().code, u"InvalidSession"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(b.tokens->customerId().isEmpty());
        QTRY_VERIFY(store.stored().isEmpty());
        // Not under another identity, but the next request goes on as a new anonymous session.
        const auto active = get(b, u"/v1/carts/active"_s);
        QVERIFY(!active.ok());
        QCOMPARE(active.error().code, u"NoActiveCart"_s);
        QVERIFY(!b.tokens->anonymousId().isEmpty());
        QVERIFY(b.tokens->customerId().isEmpty());
    }

    void keptSessionResumes()
    {
        api::MemoryRefreshTokenStore store;
        QString customer;
        {
            Buyer first = buyer(m_orchestrator->url(), &store);
            QVERIFY(signIn(first, OrchestratorHarness::shopper()).ok());
            customer = first.tokens->customerId();
        }
        QTRY_VERIFY(!store.stored().isEmpty());
        Buyer next = buyer(m_orchestrator->url(), &store); // the next run of the app
        const auto me = get(next, u"/v1/me"_s);
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().diagnostic()));
        QCOMPARE(next.tokens->customerId(), customer);

        // A kept session the orchestrator no longer accepts ends silently: an anonymous session follows.
        api::MemoryRefreshTokenStore stale;
        stale.save(u"cds1.not-a-session.token"_s, this, {});
        Buyer later = buyer(m_orchestrator->url(), &stale);
        QSignalSpy ended(later.tokens.get(), &checkout::OrchestratorTokenProvider::sessionEnded);
        const auto active = get(later, u"/v1/carts/active"_s);
        QVERIFY(!active.ok());
        QCOMPARE(active.error().code, u"NoActiveCart"_s);
        QVERIFY(!later.tokens->anonymousId().isEmpty());
        QCOMPARE(ended.size(), 0);
    }

    void signOutRevokesTheSession()
    {
        api::MemoryRefreshTokenStore store;
        Buyer b = buyer(m_orchestrator->url(), &store);
        QVERIFY(signIn(b, OrchestratorHarness::shopper()).ok());
        const QByteArray access = b.tokens->cachedToken()->value.toLatin1();
        const QString refresh = b.tokens->cachedToken()->refreshToken;
        QSignalSpy changed(b.tokens.get(), &checkout::OrchestratorTokenProvider::sessionChanged);
        const auto outcome = signOut(b);
        QVERIFY(outcome.has_value());
        QVERIFY2(!outcome->has_value(),
                 qPrintable(outcome->has_value() ? (*outcome)->diagnostic() : QString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!b.tokens->cachedToken().has_value());
        QTRY_VERIFY(store.stored().isEmpty());
        // Neither token works any more, on the orchestrator itself.
        QVERIFY(m_harness.call(m_orchestrator->url(), "GET", u"/v1/me"_s, {}, access)
                    .isError(401, u"InvalidSession"_s));
        QVERIFY(m_harness
                    .call(m_orchestrator->url(), "POST", u"/v1/sessions/refresh"_s,
                          {{u"refreshToken"_s, refresh}})
                    .isError(401, u"InvalidSession"_s));
    }

    void unusableUrlIsAConfigurationError()
    {
        Buyer b = buyer(QUrl(u"not a url"_s));
        const auto active = get(b, u"/v1/carts/active"_s);
        QVERIFY(!active.ok());
        QVERIFY(active.error().kind == api::ApiError::Kind::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestOrchestratorTokenProvider)
#include "TestOrchestratorTokenProvider.moc"
