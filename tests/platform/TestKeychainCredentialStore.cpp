// SPDX-License-Identifier: MIT
#include "CallbackRecorder.h"
#include "platform/KeychainCredentialStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::platform;

// Runs against the real gnome-keyring Secret Service that scripts/with-secret-service.sh starts.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void keysDoNotCollide();
    void missingKey();
    void mapsKeychainErrors_data();
    void mapsKeychainErrors();

private:
    static constexpr int kTimeoutMs = 15000;
    KeychainCredentialStore m_store{u"CommerceDesk-test"_s};
};

void TestKeychainCredentialStore::roundTrip_data()
{
    QTest::addColumn<CredentialKey>("key");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("ascii client secret")
        << CredentialKey::clientSecret(u"prod"_s, u"merchant"_s) << u"cs-Abc123"_s << u"cs-Def456"_s;
    QTest::newRow("unicode refresh token") << CredentialKey::refreshToken(u"Läden/Ost"_s, u"kasse"_s)
                                           << u"pässwört 🔑 秘密"_s << u"ünïcödé-2 ✓"_s;
}

void TestKeychainCredentialStore::roundTrip()
{
    QFETCH(CredentialKey, key);
    QFETCH(QString, first);
    QFETCH(QString, second);

    // write → read → overwrite → read → remove → read, issued at once: the store keeps call order.
    CallbackRecorder recorder;
    m_store.write(key, first, &recorder, recorder.callback());
    m_store.read(key, &recorder, recorder.callback());
    m_store.write(key, second, &recorder, recorder.callback());
    m_store.read(key, &recorder, recorder.callback());
    m_store.remove(key, &recorder, recorder.callback());
    m_store.read(key, &recorder, recorder.callback());
    QCOMPARE(recorder.results.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 6, kTimeoutMs);
    const auto &r = recorder.results;
    QVERIFY2(r.at(0).isOk(), qPrintable(r.at(0).error().message));
    QCOMPARE(r.at(1).secret(), first);
    QVERIFY2(r.at(2).isOk(), qPrintable(r.at(2).error().message));
    QCOMPARE(r.at(3).secret(), second);
    QVERIFY2(r.at(4).isOk(), qPrintable(r.at(4).error().message));
    QVERIFY2(r.at(5).is(CredentialError::Kind::NotFound), qPrintable(r.at(5).error().message));
}

void TestKeychainCredentialStore::keysDoNotCollide()
{
    const auto secret = CredentialKey::clientSecret(u"prod"_s, u"merchant"_s);
    const auto token = CredentialKey::refreshToken(u"prod"_s, u"merchant"_s);
    const auto otherProfile = CredentialKey::clientSecret(u"staging"_s, u"merchant"_s);
    KeychainCredentialStore otherService(u"CommerceDesk-test-other"_s);

    CallbackRecorder recorder;
    m_store.write(secret, u"secret-A"_s, &recorder, recorder.callback());
    m_store.write(token, u"token-B"_s, &recorder, recorder.callback());
    m_store.write(otherProfile, u"secret-C"_s, &recorder, recorder.callback());
    otherService.write(secret, u"secret-D"_s, &recorder, recorder.callback());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 4, kTimeoutMs);
    for (const auto &result : std::as_const(recorder.results))
        QVERIFY2(result.isOk(), qPrintable(result.error().message));

    recorder.results.clear();
    m_store.read(secret, &recorder, recorder.callback());
    m_store.read(token, &recorder, recorder.callback());
    m_store.read(otherProfile, &recorder, recorder.callback());
    otherService.read(secret, &recorder, recorder.callback());
    m_store.remove(secret, &recorder, recorder.callback());
    m_store.read(token, &recorder, recorder.callback());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 6, kTimeoutMs);
    QCOMPARE(recorder.results.at(0).secret(), u"secret-A"_s);
    QCOMPARE(recorder.results.at(1).secret(), u"token-B"_s);
    QCOMPARE(recorder.results.at(2).secret(), u"secret-C"_s);
    QCOMPARE(recorder.results.at(3).secret(), u"secret-D"_s);
    QVERIFY(recorder.results.at(4).isOk());
    QCOMPARE(recorder.results.at(5).secret(), u"token-B"_s); // forgetting the secret left the token alone

    recorder.results.clear();
    m_store.remove(token, &recorder, recorder.callback());
    m_store.remove(otherProfile, &recorder, recorder.callback());
    otherService.remove(secret, &recorder, recorder.callback());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 3, kTimeoutMs);
}

void TestKeychainCredentialStore::missingKey()
{
    const auto key = CredentialKey::clientSecret(u"prod"_s, u"never-written"_s);
    CallbackRecorder recorder;
    m_store.read(key, &recorder, recorder.callback());
    m_store.remove(key, &recorder, recorder.callback());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 2, kTimeoutMs);
    QVERIFY2(recorder.results.at(0).is(CredentialError::Kind::NotFound),
             qPrintable(recorder.results.at(0).error().message));
    QVERIFY2(recorder.results.at(1).isOk(), qPrintable(recorder.results.at(1).error().message));
}

void TestKeychainCredentialStore::mapsKeychainErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CredentialError::Kind>("kind");

    // Values of QKeychain::Error (qt6keychain/keychain.h).
    constexpr int entryNotFound = 1, couldNotDelete = 2, deniedByUser = 3, accessDenied = 4, noBackend = 5,
                  notImplemented = 6, otherError = 7;
    using Kind = CredentialError::Kind;
    QTest::newRow("entry not found") << entryNotFound << u"Entry not found"_s << Kind::NotFound;
    QTest::newRow("access denied") << accessDenied << u"locked"_s << Kind::AccessDenied;
    QTest::newRow("access denied by user") << deniedByUser << u"dismissed"_s << Kind::AccessDenied;
    QTest::newRow("no backend") << noBackend << u"No keychain service available"_s << Kind::NoSecretService;
    QTest::newRow("not implemented") << notImplemented << QString() << Kind::NoSecretService;
    QTest::newRow("other: service not provided")
        << otherError << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << Kind::NoSecretService;
    QTest::newRow("other: dbus autolaunch")
        << otherError << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << Kind::NoSecretService;
    QTest::newRow("other: unrelated") << otherError << u"Unknown error"_s << Kind::Other;
    QTest::newRow("could not delete") << couldNotDelete << u"busy"_s << Kind::Other;
}

void TestKeychainCredentialStore::mapsKeychainErrors()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(CredentialError::Kind, kind);
    const CredentialError error = KeychainCredentialStore::errorFromKeychain(code, text);
    QCOMPARE(error.kind, kind);
    QVERIFY(error.message.contains(text));
    if (kind == CredentialError::Kind::NoSecretService)
        QVERIFY(error.message.contains(u"No system keychain is available"_s));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "TestKeychainCredentialStore.moc"
