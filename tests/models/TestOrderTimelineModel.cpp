// SPDX-License-Identifier: MIT
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
};

QTEST_GUILESS_MAIN(TestOrderTimelineModel)
#include "TestOrderTimelineModel.moc"
