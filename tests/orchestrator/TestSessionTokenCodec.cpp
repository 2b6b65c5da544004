// SPDX-License-Identifier: MIT
// orchestrator.SessionTokenCodec: session tokens verify only unchanged, unexpired, of the right kind, and
// signed with a current or previous key.

#include "orchestrator/SessionTokenCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::orchestrator;

class TestSessionTokenCodec : public QObject
{
    Q_OBJECT

private:
    static SessionClaims claims()
    {
        SessionClaims c;
        c.sessionId = u"s-1"_s;
        c.customerId = u"c-1"_s;
        c.anonymousId = u"a-1"_s;
        c.issuedAt = 1000;
        c.expiresAt = 2000;
        return c;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const SessionTokenCodec codec(QByteArray(32, 'k'));
        const auto verified = codec.verify(codec.issue(claims()), SessionClaims::Kind::Access, 1500);
        QVERIFY(verified);
        QCOMPARE(verified->sessionId, u"s-1"_s);
        QCOMPARE(verified->customerId, u"c-1"_s);
        QCOMPARE(verified->anonymousId, u"a-1"_s);
        QCOMPARE(verified->expiresAt, 2000);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("expired") << 0;
        QTest::newRow("wrong kind") << 1;
        QTest::newRow("other key") << 2;
        QTest::newRow("payload changed") << 3;
        QTest::newRow("mac cut") << 4;
        QTest::newRow("garbage") << 5;
    }

    void refusals()
    {
        QFETCH(int, variant);
        const SessionTokenCodec codec(QByteArray(32, 'k'));
        QByteArray token = codec.issue(claims());
        qint64 now = 1500;
        auto kind = SessionClaims::Kind::Access;
        switch (variant) {
        case 0:
            now = 2000;
            break;
        case 1:
            kind = SessionClaims::Kind::Refresh;
            break;
        case 2:
            token = SessionTokenCodec(QByteArray(32, 'x')).issue(claims());
            break;
        case 3: {
            SessionClaims other = claims();
            other.customerId = u"c-2"_s;
            const QByteArray forged = codec.issue(other);
            // The other customer's payload with this token's MAC.
            token = forged.left(forged.lastIndexOf('.')) + token.mid(token.lastIndexOf('.'));
            break;
        }
        case 4:
            token.chop(3);
            break;
        default:
            token = "cds1.!!!.???";
            break;
        }
        QVERIFY(!codec.verify(token, kind, now));
    }

    void previousKeyStillVerifies()
    {
        const QByteArray token = SessionTokenCodec(QByteArray(32, 'o')).issue(claims());
        const SessionTokenCodec rotated(QByteArray(32, 'n'), {QByteArray(32, 'o')});
        QVERIFY(rotated.verify(token, SessionClaims::Kind::Access, 1500));
        QVERIFY(!SessionTokenCodec(QByteArray(32, 'n')).verify(token, SessionClaims::Kind::Access, 1500));
    }
};

QTEST_GUILESS_MAIN(TestSessionTokenCodec)
#include "TestSessionTokenCodec.moc"
