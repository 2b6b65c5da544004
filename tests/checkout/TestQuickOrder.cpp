// SPDX-License-Identifier: MIT
// B2B quick order: the CSV paste preview (header, separators, bad quantities, merged duplicates).
#include "checkout/QuickOrder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::checkout;
using Problem = QuickOrderLine::Problem;

class TestQuickOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("skus");
        QTest::addColumn<QList<qint64>>("quantities");
        QTest::addColumn<QList<int>>("problems");
        const int ok = int(Problem::None);
        const int bad = int(Problem::BadQuantity);
        QTest::newRow("header and commas")
            << u"sku,quantity\nA-1,2\nB-2,10\n"_s << QStringList{u"A-1"_s, u"B-2"_s} << QList<qint64>{2, 10}
            << QList<int>{ok, ok};
        QTest::newRow("semicolons, tabs, blanks")
            << u"A-1;3\n\n  B-2\t4  \n"_s << QStringList{u"A-1"_s, u"B-2"_s} << QList<qint64>{3, 4}
            << QList<int>{ok, ok};
        QTest::newRow("quantity defaults to 1")
            << u"A-1\n"_s << QStringList{u"A-1"_s} << QList<qint64>{1} << QList<int>{ok};
        QTest::newRow("duplicates merge")
            << u"A-1,2\nA-1,3"_s << QStringList{u"A-1"_s} << QList<qint64>{5} << QList<int>{ok};
        QTest::newRow("bad quantities")
            << u"A-1,0\nB-2,-3\nC-3,two\nD-4,1.5\nE-5,100000"_s
            << QStringList{u"A-1"_s, u"B-2"_s, u"C-3"_s, u"D-4"_s, u"E-5"_s}
            << QList<qint64>{0, -3, 0, 0, 100000} << QList<int>{bad, bad, bad, bad, bad};
        QTest::newRow("missing sku") << u",4"_s << QStringList{QString()} << QList<qint64>{4}
                                     << QList<int>{int(Problem::MissingSku)};
        QTest::newRow("quoted cells")
            << u"\"A-1\",\"7\""_s << QStringList{u"A-1"_s} << QList<qint64>{7} << QList<int>{ok};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, skus);
        QFETCH(QList<qint64>, quantities);
        QFETCH(QList<int>, problems);
        const QList<QuickOrderLine> lines = QuickOrder::parse(text);
        QCOMPARE(lines.size(), skus.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).sku, skus.at(i));
            QCOMPARE(int(lines.at(i).problem), problems.at(i));
            if (lines.at(i).isValid() || lines.at(i).problem == Problem::MissingSku)
                QCOMPARE(lines.at(i).quantity, quantities.at(i));
            QCOMPARE(QuickOrder::describe(lines.at(i).problem).isEmpty(), lines.at(i).isValid());
        }
    }

    void remembersSourceLines()
    {
        const auto lines = QuickOrder::parse(u"sku,qty\n\nA-1,1\nB-2,x"_s);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).sourceLine, 3);
        QCOMPARE(lines.at(1).sourceLine, 4);
    }
};

QTEST_GUILESS_MAIN(TestQuickOrder)
#include "TestQuickOrder.moc"
