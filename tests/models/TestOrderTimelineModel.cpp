// SPDX-License-Identifier: MIT
#include "models/OrderTableModel.h"
#include "models/OrderTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTimelineModel;

class TestOrderTimelineModel : public QObject
{
    Q_OBJECT

private:
    static core::Message message(const QString &id, qint64 sequence, const QString &type,
                                 QVariantMap payload = {})
    {
        core::Message m;
        m.id = id;
        m.sequenceNumber = sequence;
        m.type = type;
        m.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, int(sequence)), Qt::UTC);
        m.payload = std::move(payload);
        return m;
    }

private Q_SLOTS:
    void ordersBySequenceAndSkipsKnownMessages()
    {
        OrderTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendMessages(
            {message(u"m2"_s, 2, u"OrderStateChanged"_s, {{u"orderState"_s, u"Confirmed"_s}}),
             message(u"m1"_s, 1, u"OrderCreated"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(OrderTimelineModel::MessageTypeRole).toString(), u"OrderCreated"_s);
        QVERIFY(model.index(1).data(OrderTimelineModel::SummaryRole).toString().contains(u"Confirmed"_s));
        model.appendMessages(
            {message(u"m2"_s, 2, u"OrderStateChanged"_s), message(u"m3"_s, 3, u"DeliveryAdded"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(OrderTimelineModel::SequenceNumberRole).toLongLong(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    /// States are named as the order table names them (translated), never by their wire values; a payment
    /// added to the order is said in words. An unknown state is shown as sent.
    void statesAndPaymentsInWords()
    {
        OrderTimelineModel model;
        model.appendMessages(
            {message(u"m1"_s, 1, u"OrderPaymentAdded"_s),
             message(u"m2"_s, 2, u"OrderPaymentStateChanged"_s, {{u"paymentState"_s, u"BalanceDue"_s}}),
             message(u"m3"_s, 3, u"OrderShipmentStateChanged"_s, {{u"shipmentState"_s, u"Shipped"_s}}),
             message(u"m4"_s, 4, u"OrderPaymentStateChanged"_s, {{u"paymentState"_s, u"Someday"_s}})});
        const auto summary = [&model](int row) {
            return model.index(row).data(OrderTimelineModel::SummaryRole).toString();
        };
        QVERIFY2(!summary(0).contains(u"OrderPaymentAdded"_s), qPrintable(summary(0)));
        const QString balanceDue = models::OrderTableModel::stateText(core::PaymentState::BalanceDue);
        QVERIFY(balanceDue != u"BalanceDue"_s);
        QVERIFY2(summary(1).contains(balanceDue), qPrintable(summary(1)));
        QVERIFY2(summary(2).contains(models::OrderTableModel::stateText(core::ShipmentState::Shipped)),
                 qPrintable(summary(2)));
        QVERIFY2(summary(3).contains(u"Someday"_s), qPrintable(summary(3)));
    }
};

QTEST_GUILESS_MAIN(TestOrderTimelineModel)
#include "TestOrderTimelineModel.moc"
