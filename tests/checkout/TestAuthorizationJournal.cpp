// SPDX-License-Identifier: MIT
// The checkout's authorization journal (issue 22 item 6): what it keeps survives a restart (a new journal on
// the same file), is forgotten per cart, holds no card data, and its file is readable by the owner only.
#include "checkout/AuthorizationJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using checkout::AuthorizationJournal;

class TestAuthorizationJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatARestartNeeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal/checkout-journal.ini"_s);
        checkout::GatewayAuthorization approved;
        approved.id = u"psp_1"_s;
        approved.status = checkout::GatewayAuthorization::Status::Approved;
        approved.authorizationCode = u"A1B2C3"_s;
        approved.brand = u"visa"_s;
        approved.last4 = u"4242"_s;
        approved.amount = *core::Money::fromMinorUnits(4599, u"EUR");
        {
            AuthorizationJournal journal(path);
            QVERIFY(!journal.entry(u"cart-1"_s));
            journal.rememberKey(u"cart-1"_s, u"key-1"_s);
            journal.rememberApproved(u"cart-1"_s, approved);
            journal.rememberKey(u"cart-2"_s, u"key-2"_s);
        }
        AuthorizationJournal restarted(path);
        const auto entry = restarted.entry(u"cart-1"_s);
        QVERIFY(entry);
        QCOMPARE(entry->idempotencyKey, u"key-1"_s);
        QVERIFY(entry->approved);
        QCOMPARE(entry->approved->id, u"psp_1"_s);
        QCOMPARE(entry->approved->authorizationCode, u"A1B2C3"_s);
        QCOMPARE(entry->approved->last4, u"4242"_s);
        QCOMPARE(entry->approved->amount, approved.amount);
        QVERIFY(entry->paymentId.isEmpty());
        restarted.rememberPayment(u"cart-1"_s, u"payment-1"_s);
        QCOMPARE(AuthorizationJournal(path).entry(u"cart-1"_s)->paymentId, u"payment-1"_s);
        restarted.forget(u"cart-1"_s);
        QVERIFY(!AuthorizationJournal(path).entry(u"cart-1"_s));
        QCOMPARE(AuthorizationJournal(path).entry(u"cart-2"_s)->idempotencyKey, u"key-2"_s);
        QVERIFY(!AuthorizationJournal(path).entry(u"cart-2"_s)->approved);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(!raw.contains("4242424242424242"));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void memoryOnlyWithoutAPath()
    {
        AuthorizationJournal journal{QString()};
        journal.rememberKey(u"cart"_s, u"key"_s);
        QCOMPARE(journal.entry(u"cart"_s)->idempotencyKey, u"key"_s);
        journal.forget(u"cart"_s);
        QVERIFY(!journal.entry(u"cart"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationJournal)
#include "TestAuthorizationJournal.moc"
