// SPDX-License-Identifier: MIT
#include "merchant/OrderFixtures.h"
#include "models/OrderHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderHistoryModel;

namespace {

core::Order makeOrder(const QString &id, const QString &number, const QString &po = {},
                      const QString &paymentState = {})
{
    testsupport::OrderSpec spec;
    spec.id = id;
    spec.orderNumber = number;
    spec.purchaseOrderNumber = po;
    spec.paymentState = paymentState;
    return testsupport::order(spec);
}

} // namespace

class TestOrderHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cellsShowTheOrder_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("po");
        QTest::addColumn<QString>("paymentState");
        QTest::addColumn<QString>("expectedNumber");
        QTest::addColumn<QString>("expectedStatus");
        QTest::newRow("B2C order, paid")
            << u"CD-20261120-AAAA"_s << QString() << u"Paid"_s << u"CD-20261120-AAAA"_s << u"Open · Paid"_s;
        QTest::newRow("B2B order with PO, no payment state")
            << u"CD-20261120-BBBB"_s << u"PO-2026-0042"_s << QString() << u"CD-20261120-BBBB"_s << u"Open"_s;
        QTest::newRow("no order number: the id stands in")
            << QString() << QString() << u"Pending"_s << u"order-3"_s << u"Open · Payment pending"_s;
    }

    /// The payment state in the buyer's words, as PaymentStateRule writes it (docs/architecture.md).
    void paymentStateInTheBuyersWords_data()
    {
        QTest::addColumn<QString>("paymentState");
        QTest::addColumn<bool>("hasPayment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("authorized card") << u"Pending"_s << true << u"Authorized"_s;
        QTest::newRow("invoice, pending") << u"Pending"_s << false << u"Payment pending"_s;
        QTest::newRow("part captured") << u"BalanceDue"_s << true << u"Partly paid"_s;
        QTest::newRow("captured") << u"Paid"_s << true << u"Paid"_s;
        QTest::newRow("refunded") << u"CreditOwed"_s << true << u"Refunded"_s;
        QTest::newRow("released") << u"Failed"_s << true << u"Payment released"_s;
        QTest::newRow("invoice, failed") << u"Failed"_s << false << u"Not paid"_s;
        QTest::newRow("no state") << QString() << true << QString();
    }

    void paymentStateInTheBuyersWords()
    {
        QFETCH(QString, paymentState);
        QFETCH(bool, hasPayment);
        QFETCH(QString, expected);
        core::Order order = makeOrder(u"order-3"_s, u"CD-1"_s, {}, paymentState);
        if (hasPayment)
            order.paymentInfo.payments.append(core::Reference{u"payment"_s, u"payment-1"_s});
        QCOMPARE(OrderHistoryModel::paymentText(order), expected);
        QCOMPARE(OrderHistoryModel::statusText(order),
                 expected.isEmpty() ? u"Open"_s : u"Open · "_s + expected);
    }

    void cellsShowTheOrder()
    {
        QFETCH(QString, number);
        QFETCH(QString, po);
        QFETCH(QString, paymentState);
        QFETCH(QString, expectedNumber);
        QFETCH(QString, expectedStatus);
        OrderHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        model.setLocale(locale);
        core::Order order = makeOrder(u"order-3"_s, number, po, paymentState);
        if (number.isEmpty())
            order.orderNumber.reset();
        model.setOrders({order});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(OrderHistoryModel::ColumnCount));
        const auto cell = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(OrderHistoryModel::NumberColumn).toString(), expectedNumber);
        QCOMPARE(cell(OrderHistoryModel::StatusColumn).toString(), expectedStatus);
        QCOMPARE(cell(OrderHistoryModel::PurchaseOrderColumn).toString(), po);
        QCOMPARE(cell(OrderHistoryModel::ItemsColumn).toString(),
                 QString::number(order.totalLineItemQuantity()));
        QCOMPARE(cell(OrderHistoryModel::TotalColumn).toString(), order.displayTotal().format(locale));
        QCOMPARE(cell(OrderHistoryModel::DateColumn).toString(),
                 locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(0, OrderHistoryModel::OrderIdRole).toString(), u"order-3"_s);
        QCOMPARE(cell(0, OrderHistoryModel::OrderNumberRole).toString(), number);
        QCOMPARE(cell(0, OrderHistoryModel::TotalMinorUnitsRole).toLongLong(),
                 order.displayTotal().centAmount());
        QCOMPARE(cell(0, OrderHistoryModel::CreatedAtRole).toDateTime(), order.createdAt);
        QCOMPARE(model.headerData(OrderHistoryModel::PurchaseOrderColumn, Qt::Horizontal).toString(),
                 u"PO number"_s);
    }

    void pagesAppendAndFetchMoreAsksOnce()
    {
        OrderHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy more(&model, &OrderHistoryModel::moreRequested);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setOrders({makeOrder(u"a"_s, u"A"_s), makeOrder(u"b"_s, u"B"_s)});
        QVERIFY(!model.canFetchMore({}));
        model.setHasMore(true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // a second scroll before the page arrived asks nothing more
        QCOMPARE(more.count(), 1);
        QVERIFY(!model.canFetchMore({}));
        model.appendOrders({makeOrder(u"c"_s, u"C"_s)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"c"_s), 2);
        QCOMPARE(model.rowOf(u"zzz"_s), -1);
        // The page arrived: more may be asked for again (by a view, the tester, or here) — once.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(more.count(), 2);
        QVERIFY(!model.canFetchMore({}));
        model.appendOrders({});
        model.setHasMore(false);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.order(2)->id, u"c"_s);
        QVERIFY(!model.order(3));
        QVERIFY(!model.order(-1));
        model.setOrders({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderHistoryModel)
#include "TestOrderHistoryModel.moc"
