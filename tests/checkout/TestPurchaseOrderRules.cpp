// SPDX-License-Identifier: MIT
// Purchase-order number rules of the B2B checkout: the default format and a configured one.
#include "checkout/PurchaseOrderRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::checkout;

Q_DECLARE_METATYPE(commercedesk::checkout::PurchaseOrderRules::Problem)

class TestPurchaseOrderRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("number");
        QTest::addColumn<PurchaseOrderRules::Problem>("problem");
        using P = PurchaseOrderRules::Problem;
        const QString def = PurchaseOrderRules::defaultPattern();
        QTest::newRow("default: plain") << def << u"PO-2026-0042"_s << P::None;
        QTest::newRow("default: trimmed") << def << u"  PO-1  "_s << P::None;
        QTest::newRow("default: slash and dot") << def << u"4500/12.A"_s << P::None;
        QTest::newRow("default: empty") << def << QString() << P::Missing;
        QTest::newRow("default: blank") << def << u"   "_s << P::Missing;
        QTest::newRow("default: too short") << def << u"P1"_s << P::WrongFormat;
        QTest::newRow("default: starts with dash") << def << u"-PO1"_s << P::WrongFormat;
        QTest::newRow("default: space inside") << def << u"PO 1"_s << P::WrongFormat;
        QTest::newRow("default: over 64") << def << QString(70, u'A') << P::TooLong;
        QTest::newRow("configured: 10 digits") << u"\\d{10}"_s << u"4500012345"_s << P::None;
        QTest::newRow("configured: 9 digits") << u"\\d{10}"_s << u"450001234"_s << P::WrongFormat;
        QTest::newRow("configured: anchored, no partial match") << u"\\d{3}"_s << u"1234"_s << P::WrongFormat;
        QTest::newRow("configured: broken pattern") << u"(("_s << u"123"_s << P::InvalidPattern;
    }

    void check()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, number);
        QFETCH(PurchaseOrderRules::Problem, problem);
        const PurchaseOrderRules rules(pattern);
        QCOMPARE(rules.check(number), problem);
        QCOMPARE(rules.describe(problem).isEmpty(), problem == PurchaseOrderRules::Problem::None);
    }

    void hintIsConfigurable()
    {
        QVERIFY(!PurchaseOrderRules().hint().isEmpty());
        const PurchaseOrderRules rules(u"\\d{10}"_s, u"ten digits"_s);
        QCOMPARE(rules.hint(), u"ten digits"_s);
        QVERIFY(rules.describe(PurchaseOrderRules::Problem::WrongFormat).contains(u"ten digits"_s));
    }
};

QTEST_GUILESS_MAIN(TestPurchaseOrderRules)
#include "TestPurchaseOrderRules.moc"
