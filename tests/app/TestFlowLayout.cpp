// SPDX-License-Identifier: MIT
// app::FlowLayout (src/app/FlowLayout.h): items side by side while they fit, a new row when the next one
// does not, hidden items take no room, a spacer takes what is left of its row, and the height follows
// the width — so a bar of filters wraps in a long language instead of cutting its texts.
#include "app/FlowLayout.h"

#include <QHBoxLayout>
#include <QSpacerItem>
#include <QTest>
#include <QWidget>

using namespace commercedesk;

namespace {

constexpr int kSpacing = 6;

QWidget *box(QWidget *parent, int width, int height)
{
    auto *widget = new QWidget(parent);
    widget->setFixedSize(width, height);
    return widget;
}

} // namespace

class TestFlowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsThatFitShareOneRow()
    {
        QWidget host;
        auto *flow = new app::FlowLayout(&host, kSpacing);
        QWidget *a = box(&host, 100, 20);
        QWidget *b = box(&host, 100, 30);
        flow->addWidget(a);
        flow->addWidget(b);
        QCOMPARE(flow->heightForWidth(206), 30);
        QCOMPARE(flow->sizeHint(), QSize(206, 30));
        flow->setGeometry(QRect(0, 0, 206, 30));
        QCOMPARE(a->geometry(), QRect(0, 5, 100, 20)); // centred in the row's height
        QCOMPARE(b->geometry(), QRect(106, 0, 100, 30));
    }

    void theNextItemThatDoesNotFitStartsARow()
    {
        QWidget host;
        auto *flow = new app::FlowLayout(&host, kSpacing);
        QWidget *a = box(&host, 100, 20);
        QWidget *b = box(&host, 100, 20);
        QWidget *c = box(&host, 100, 20);
        for (QWidget *w : {a, b, c})
            flow->addWidget(w);
        QCOMPARE(flow->heightForWidth(312), 20);
        QCOMPARE(flow->heightForWidth(311), 20 + kSpacing + 20);
        QCOMPARE(flow->heightForWidth(100), 3 * 20 + 2 * kSpacing);
        flow->setGeometry(QRect(0, 0, 250, 46));
        QCOMPARE(c->geometry().topLeft(), QPoint(0, 26));
        // Never narrower than its widest item: the bar cannot be squeezed below what one filter needs.
        QCOMPARE(flow->minimumSize(), QSize(100, 20));
    }

    void hiddenItemsTakeNoRoom()
    {
        QWidget host;
        auto *flow = new app::FlowLayout(&host, kSpacing);
        QWidget *a = box(&host, 100, 20);
        QWidget *hidden = box(&host, 100, 20);
        QWidget *c = box(&host, 100, 20);
        for (QWidget *w : {a, hidden, c})
            flow->addWidget(w);
        hidden->hide();
        QCOMPARE(flow->heightForWidth(206), 20);
        flow->setGeometry(QRect(0, 0, 206, 20));
        QCOMPARE(c->geometry().topLeft(), QPoint(106, 0));
    }

    void aSpacerPushesTheRestOfItsRowToTheRight()
    {
        QWidget host;
        auto *flow = new app::FlowLayout(&host, kSpacing);
        QWidget *a = box(&host, 100, 20);
        QWidget *b = box(&host, 50, 20);
        flow->addWidget(a);
        flow->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding));
        flow->addWidget(b);
        flow->setGeometry(QRect(0, 0, 400, 20));
        QCOMPARE(b->geometry().right(), 399);
    }

    void takesOverTheItemsOfAnotherLayout()
    {
        QWidget host;
        QWidget other;
        auto *row = new QHBoxLayout(&other);
        QWidget *a = box(&host, 10, 10);
        row->addWidget(a);
        row->addStretch();
        auto *flow = new app::FlowLayout(&host, kSpacing);
        flow->takeItemsFrom(row);
        QCOMPARE(row->count(), 0);
        QCOMPARE(flow->count(), 2);
        QCOMPARE(flow->itemAt(0)->widget(), a);
        QVERIFY(flow->itemAt(1)->spacerItem());
    }
};

QTEST_MAIN(TestFlowLayout)
#include "TestFlowLayout.moc"
