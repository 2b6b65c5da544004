// SPDX-License-Identifier: MIT
#include "platform/CredentialKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::platform::CredentialKey;

class TestCredentialKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsStableNames_data();
    void buildsStableNames();
    void rejectsForeignNames_data();
    void rejectsForeignNames();
    void invalidKeyHasNoName();
};

void TestCredentialKey::buildsStableNames_data()
{
    QTest::addColumn<CredentialKey>("key");
    QTest::addColumn<QString>("name");

    QTest::newRow("client secret") << CredentialKey::clientSecret(u"prod-eu"_s, u"merchant"_s)
                                   << u"prod-eu/merchant/client-secret"_s;
    QTest::newRow("refresh token") << CredentialKey::refreshToken(u"prod-eu"_s, u"storefront"_s)
                                   << u"prod-eu/storefront/refresh-token"_s;
    QTest::newRow("slash and percent are escaped")
        << CredentialKey::clientSecret(u"a/b"_s, u"100%"_s) << u"a%2Fb/100%25/client-secret"_s;
    QTest::newRow("unicode and spaces kept")
        << CredentialKey::refreshToken(u"Läden Ost"_s, u"kasse 1"_s) << u"Läden Ost/kasse 1/refresh-token"_s;
}

void TestCredentialKey::buildsStableNames()
{
    QFETCH(CredentialKey, key);
    QFETCH(QString, name);
    QVERIFY(key.isValid());
    QCOMPARE(key.name(), name);
    const auto parsed = CredentialKey::fromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, key);
    QCOMPARE(CredentialKey::serviceName(), u"CommerceDesk"_s);
}

void TestCredentialKey::rejectsForeignNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << u"prod/merchant"_s;
    QTest::newRow("unknown kind") << u"prod/merchant/password"_s;
    QTest::newRow("empty profile") << u"/merchant/client-secret"_s;
    QTest::newRow("extra part") << u"a/b/c/client-secret"_s;
    QTest::newRow("non-canonical escape") << u"a%20b/merchant/client-secret"_s;
}

void TestCredentialKey::rejectsForeignNames()
{
    QFETCH(QString, name);
    QVERIFY(!CredentialKey::fromName(name).has_value());
}

void TestCredentialKey::invalidKeyHasNoName()
{
    QVERIFY(!CredentialKey().isValid());
    QVERIFY(CredentialKey().name().isEmpty());
    QVERIFY(!CredentialKey::clientSecret(u"prod"_s, QString()).isValid());
    QVERIFY(CredentialKey::clientSecret(u"p"_s, u"c"_s) != CredentialKey::refreshToken(u"p"_s, u"c"_s));
}

QTEST_GUILESS_MAIN(TestCredentialKey)
#include "TestCredentialKey.moc"
