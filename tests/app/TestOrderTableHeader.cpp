// SPDX-License-Identifier: MIT
// OrderTableHeader::shrinkToFit: the widest free column gives first, never below its floor.
#include "app/merchant/OrderTableHeader.h"

#include <QTest>

#include <numeric>

using namespace commercedesk;

class TestOrderTableHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widestGivesFirstUntilItFits()
    {
        QList<int> widths{100, 200, 80};
        app::OrderTableHeader::shrinkToFit(widths, {100, 90, 80}, 330);
        QCOMPARE(widths, (QList<int>{100, 150, 80}));
    }

    void equalColumnsShareTheCut()
    {
        QList<int> widths{200, 200, 60};
        app::OrderTableHeader::shrinkToFit(widths, {60, 60, 60}, 360);
        QCOMPARE(std::accumulate(widths.cbegin(), widths.cend(), 0), 360);
        QVERIFY(qAbs(widths.at(0) - widths.at(1)) <= 1);
    }

    void floorsWinOverTheAvailableWidth()
    {
        QList<int> widths{120, 200, 90};
        app::OrderTableHeader::shrinkToFit(widths, {120, 110, 90}, 100);
        QCOMPARE(widths, (QList<int>{120, 110, 90}));
    }

    void nothingChangesWhenItFits()
    {
        QList<int> widths{120, 200};
        app::OrderTableHeader::shrinkToFit(widths, {50, 50}, 400);
        QCOMPARE(widths, (QList<int>{120, 200}));
    }
};

QTEST_MAIN(TestOrderTableHeader)
#include "TestOrderTableHeader.moc"
