// SPDX-License-Identifier: MIT
// The api layer's refresh-token store on the real OS keychain (gnome-keyring on a private D-Bus session,
// scripts/with-secret-service.sh): load/save/clear round trips, the entry's name, isolation per
// profile/client, and that nothing stored loads as "empty" rather than as an error.
#include "app/settings/KeychainRefreshTokenStore.h"
#include "platform/KeychainCredentialStore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::platform;
using commercedesk::app::KeychainRefreshTokenStore;
using Outcome = api::RefreshTokenStore::Outcome;

namespace {

constexpr int kTimeoutMs = 15000;

// Records every outcome handed to it, in order.
class OutcomeRecorder : public QObject
{
public:
    api::RefreshTokenStore::Handler handler()
    {
        return [this](const Outcome &outcome) { outcomes.append(outcome); };
    }
    QList<Outcome> outcomes;
};

} // namespace

class TestKeychainRefreshTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryName_data();
    void entryName();
    void roundTrip_data();
    void roundTrip();
    void identitiesDoNotShareATokenAndClearIsIdempotent();
    void callbacksNeverRunForADestroyedContext();

private:
    KeychainCredentialStore m_keychain{u"CommerceDesk-test"_s};
};

void TestKeychainRefreshTokenStore::entryName_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"sandbox"_s << u"storefront"_s << u"sandbox/storefront/refresh-token"_s;
    QTest::newRow("slash in profile")
        << u"eu/prod"_s << u"storefront"_s << u"eu%2Fprod/storefront/refresh-token"_s;
}

void TestKeychainRefreshTokenStore::entryName()
{
    QFETCH(QString, profile);
    QFETCH(QString, client);
    QFETCH(QString, name);
    const KeychainRefreshTokenStore store(&m_keychain, profile, client);
    QCOMPARE(store.key().name(), name);
    QCOMPARE(store.key().kind(), CredentialKey::Kind::RefreshToken);
}

void TestKeychainRefreshTokenStore::roundTrip_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("base64url token") << u"q1W2e3R4t5Y6u7I8o9P0-_aSdFgHjKl"_s;
    QTest::newRow("commercetools-style") << u"commercedesk-demo:Zm9vYmFyYmF6cXV4"_s;
}

void TestKeychainRefreshTokenStore::roundTrip()
{
    QFETCH(QString, token);
    KeychainRefreshTokenStore store(&m_keychain, u"round-trip"_s, u"storefront"_s);
    OutcomeRecorder r;
    // Issued at once: the store keeps call order, so each load sees the call before it.
    store.load(&r, r.handler());
    store.save(token, &r, r.handler());
    store.load(&r, r.handler());
    store.clear(&r, r.handler());
    store.load(&r, r.handler());
    QCOMPARE(r.outcomes.size(), 0); // never synchronously
    QTRY_COMPARE_WITH_TIMEOUT(r.outcomes.size(), 5, kTimeoutMs);
    for (const Outcome &o : std::as_const(r.outcomes))
        QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(r.outcomes.at(0).token.isEmpty()); // nothing stored is not an error
    QCOMPARE(r.outcomes.at(2).token, token);
    QVERIFY(r.outcomes.at(4).token.isEmpty());

    // The entry really lives in the keychain under the documented name: read it with the plain store.
    OutcomeRecorder again;
    store.save(token, &again, again.handler());
    QTRY_COMPARE_WITH_TIMEOUT(again.outcomes.size(), 1, kTimeoutMs);
    std::optional<CredentialResult> direct;
    m_keychain.read(CredentialKey::refreshToken(u"round-trip"_s, u"storefront"_s), this,
                    [&direct](const CredentialResult &result) { direct = result; });
    QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), kTimeoutMs);
    QCOMPARE(direct->secret(), token);
    store.clear(&again, again.handler());
    QTRY_COMPARE_WITH_TIMEOUT(again.outcomes.size(), 2, kTimeoutMs);
}

void TestKeychainRefreshTokenStore::identitiesDoNotShareATokenAndClearIsIdempotent()
{
    KeychainRefreshTokenStore storefront(&m_keychain, u"profile-a"_s, u"storefront"_s);
    KeychainRefreshTokenStore otherProfile(&m_keychain, u"profile-b"_s, u"storefront"_s);
    KeychainRefreshTokenStore otherClient(&m_keychain, u"profile-a"_s, u"merchant"_s);
    OutcomeRecorder r;
    storefront.save(u"token-A"_s, &r, r.handler());
    otherProfile.save(u"token-B"_s, &r, r.handler());
    otherClient.clear(&r, r.handler()); // nothing stored: still succeeds
    storefront.load(&r, r.handler());
    otherProfile.load(&r, r.handler());
    otherClient.load(&r, r.handler());
    storefront.clear(&r, r.handler());
    otherProfile.load(&r, r.handler());
    QTRY_COMPARE_WITH_TIMEOUT(r.outcomes.size(), 8, kTimeoutMs);
    for (const Outcome &o : std::as_const(r.outcomes))
        QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(r.outcomes.at(3).token, u"token-A"_s);
    QCOMPARE(r.outcomes.at(4).token, u"token-B"_s);
    QVERIFY(r.outcomes.at(5).token.isEmpty());
    QCOMPARE(r.outcomes.at(7).token, u"token-B"_s); // clearing one identity left the other alone

    otherProfile.clear(&r, r.handler());
    QTRY_COMPARE_WITH_TIMEOUT(r.outcomes.size(), 9, kTimeoutMs);
}

void TestKeychainRefreshTokenStore::callbacksNeverRunForADestroyedContext()
{
    KeychainRefreshTokenStore store(&m_keychain, u"context"_s, u"storefront"_s);
    int calls = 0;
    {
        QObject gone;
        store.save(u"token-C"_s, &gone, [&calls](const Outcome &) { ++calls; });
    }
    OutcomeRecorder r;
    store.load(&r, r.handler());
    store.clear(&r, r.handler());
    QTRY_COMPARE_WITH_TIMEOUT(r.outcomes.size(), 2, kTimeoutMs);
    QCOMPARE(r.outcomes.at(0).token, u"token-C"_s); // the save itself still happened
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestKeychainRefreshTokenStore)
#include "TestKeychainRefreshTokenStore.moc"
