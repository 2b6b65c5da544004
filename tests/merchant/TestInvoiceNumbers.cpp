// SPDX-License-Identifier: MIT
#include "merchant/InvoiceNumbers.h"

#include <QLockFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::merchant::InvoiceNumbers;

class TestInvoiceNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreGapFreeAndStayWithTheirOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"data/invoice-numbers.ini"_s);
        InvoiceNumbers numbers(file);
        const QDate day(2026, 12, 7);
        QCOMPARE(numbers.numberFor(u"order-a"_s, day)->text(), u"INV-000001"_s);
        QCOMPARE(numbers.numberFor(u"order-b"_s, day)->sequence, 2);
        // Printing order a again — even on a later day, from another instance — gives its number and date.
        InvoiceNumbers again(file);
        const auto reprint = again.numberFor(u"order-a"_s, day.addDays(3));
        QCOMPARE(reprint->sequence, 1);
        QCOMPARE(reprint->issued, day);
        QCOMPARE(again.numberFor(u"order-c"_s, day.addDays(3))->sequence, 3);
        QVERIFY(!again.existing(u"order-d"_s));
        QCOMPARE(again.existing(u"order-b"_s)->sequence, 2);
    }

    void orderIdsWithSlashesDoNotCollide()
    {
        QTemporaryDir dir;
        InvoiceNumbers numbers(dir.filePath(u"n.ini"_s));
        QCOMPARE(numbers.numberFor(u"a/b"_s)->sequence, 1);
        QCOMPARE(numbers.numberFor(u"a"_s)->sequence, 2);
        QCOMPARE(numbers.numberFor(u"a/b"_s)->sequence, 1);
    }

    void aHeldLockAssignsNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"n.ini"_s);
        QLockFile other(file +
                        u".assign-lock"_s); // another print in progress (another process holds the lock)
        QVERIFY(other.lock());
        InvoiceNumbers numbers(file);
        QVERIFY(!numbers.numberFor(u"order-a"_s));
        other.unlock();
        QCOMPARE(numbers.numberFor(u"order-a"_s)->sequence, 1);
    }

    void anUnwritableFileAssignsNothing()
    {
        InvoiceNumbers numbers(u"/proc/commercedesk-no-such-dir/n.ini"_s);
        QVERIFY(!numbers.numberFor(u"order-a"_s));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceNumbers)
#include "TestInvoiceNumbers.moc"
