// SPDX-License-Identifier: MIT
#include "merchant/OrderFixtures.h"
#include "models/OrderLineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderLineModel;

class TestOrderLineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSkuQuantityPriceAndTaxPerLine()
    {
        OrderLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        model.setLocale(locale);
        testsupport::OrderSpec spec;
        spec.id = u"o1"_s;
        const core::Order order = testsupport::order(spec);
        model.setOrder(order);
        QCOMPARE(model.rowCount(), order.lineItems.size());
        const core::LineItem &line = order.lineItems.first();
        QCOMPARE(model.index(0, OrderLineModel::SkuColumn).data().toString(),
                 line.variant.sku.value_or(QString()));
        QCOMPARE(
            model.index(0, OrderLineModel::QuantityColumn).data(OrderLineModel::QuantityRole).toLongLong(),
            line.quantity);
        QCOMPARE(model.index(0, OrderLineModel::TotalColumn).data().toString(),
                 line.totalPrice.format(locale));
        QCOMPARE(model.index(0, OrderLineModel::TaxColumn).data().toString().isEmpty(),
                 !line.taxRate.has_value());
        // The columns that elide in a narrow detail pane say their whole text on hover.
        const QModelIndex name = model.index(0, OrderLineModel::NameColumn);
        QVERIFY(!name.data().toString().isEmpty());
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
        QCOMPARE(model.index(0, OrderLineModel::SkuColumn).data(Qt::ToolTipRole).toString(),
                 line.variant.sku.value_or(QString()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderLineModel)
#include "TestOrderLineModel.moc"
