// SPDX-License-Identifier: MIT
#include "api/OrderClient.h"
#include "merchant/OrderFixtures.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using core::OrderColumn;
using models::OrderTableModel;

namespace {

/// A language for the model's own texts: every text of OrderTableModel comes back marked. (The app's .qm
/// files live in the app's resources, which the models layer does not link.)
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1StringView(context) != "commercedesk::models::OrderTableModel"_L1)
            return {};
        return u"<"_s + QString::fromUtf8(sourceText) + u">"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The model is driven through the session's signals (as the session emits them after its requests).
class TestOrderTableModel : public QObject
{
    Q_OBJECT

private:
    static QList<core::Order> orders(int first, int count)
    {
        QList<core::Order> out;
        for (const QJsonObject &json : testsupport::orderRun(first, count))
            out.append(*api::orderFromWire(json));
        return out;
    }

    static QList<core::OrderSummary> rows(int first, int count)
    {
        QList<core::OrderSummary> out;
        for (const core::Order &order : orders(first, count))
            out.append(core::OrderSummary::of(order));
        return out;
    }

private Q_SLOTS:
    void pagesAppendExactRowsAndResetsClear()
    {
        api::OrderClient client(nullptr);
        merchant::OrderListSession session(&client, true);
        OrderTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        Q_EMIT session.pageLoaded(rows(0, 3), false);
        Q_EMIT session.pageLoaded(rows(3, 2), true);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 3);
        QCOMPARE(inserted.last().at(2).toInt(), 4);
        QCOMPARE(model.index(4, 0).data(OrderTableModel::OrderNumberRole).toString(), u"CD-00004"_s);
        QCOMPARE(model.rowOf(orders(2, 1).first().id), 2);

        Q_EMIT session.reset();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // nothing started
    }

    void columnsAreChosenAndOrderedByTheUser()
    {
        api::OrderClient client(nullptr);
        merchant::OrderListSession session(&client, true);
        OrderTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        Q_EMIT session.pageLoaded(rows(0, 2), true);
        model.setColumns({OrderColumn::Total, OrderColumn::OrderNumber, OrderColumn::OrderState});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
                 OrderTableModel::columnTitle(OrderColumn::OrderNumber));
        const core::Order first = orders(0, 1).first();
        QCOMPARE(model.index(0, 0).data().toString(),
                 first.displayTotal().format(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(model.index(0, 0).data(OrderTableModel::SortKeyRole).toLongLong(),
                 first.displayTotal().centAmount());
        QCOMPARE(model.index(0, 1).data().toString(), u"CD-00000"_s);
        QCOMPARE(model.index(0, 2).data().toString(), OrderTableModel::stateText(core::OrderState::Open));
        QCOMPARE(model.index(0, 2).data(OrderTableModel::PlainValueRole).toString(), u"Open"_s);
    }

    void upsertReplacesInPlaceOrInsertsNewAtTheTop()
    {
        api::OrderClient client(nullptr);
        merchant::OrderListSession session(&client, true);
        OrderTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT session.pageLoaded(rows(0, 3), false);
        model.setColumns({OrderColumn::OrderNumber, OrderColumn::OrderState});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        core::Order confirmed = orders(1, 1).first();
        confirmed.version = 2;
        confirmed.orderState = core::OrderState::Confirmed;
        model.upsertOrder(confirmed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, 1).data(OrderTableModel::PlainValueRole).toString(), u"Confirmed"_s);
        core::Order stale = orders(1, 1).first();
        model.upsertOrder(stale); // older version: ignored
        QCOMPARE(model.index(1, 1).data(OrderTableModel::PlainValueRole).toString(), u"Confirmed"_s);

        core::Order fresh = orders(9, 1).first();
        model.upsertOrder(fresh); // unknown and not asked to insert
        QCOMPARE(model.rowCount(), 3);
        model.upsertOrder(fresh, true);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(fresh.id), 0);
        QCOMPARE(model.rowOf(confirmed.id), 2);
        // A later page holding the inserted order does not duplicate it.
        Q_EMIT session.pageLoaded({core::OrderSummary::of(fresh)}, true);
        QCOMPARE(model.rowCount(), 4);
    }

    /// Issue 19 item 4: a language change renames the titles and cells in place — headerDataChanged() and
    /// dataChanged() over everything, no reset (a view keeps its selection and scroll position).
    void retranslateRenamesInPlace()
    {
        api::OrderClient client(nullptr);
        merchant::OrderListSession session(&client, true);
        OrderTableModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({OrderColumn::OrderNumber, OrderColumn::Total, OrderColumn::OrderState});
        Q_EMIT session.pageLoaded(rows(0, 3), true);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Order state"_s);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QLocale german(QLocale::German, QLocale::Germany);
        model.retranslate(german);
        QCoreApplication::removeTranslator(&marking);

        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.first().at(1).toInt(), 0);
        QCOMPARE(headers.first().at(2).toInt(), 2);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.first().at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(cells.first().at(1).toModelIndex(), model.index(2, 2));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        // What the view asks for after the signals (the translator was in place when it asked).
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"<Order state>"_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"<Open>"_s);
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(model.index(0, 1).data().toString(), orders(0, 1).first().displayTotal().format(german));
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "TestOrderTableModel.moc"
