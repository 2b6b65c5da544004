// SPDX-License-Identifier: MIT
#include "models/CartModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::CartModel;

namespace {

core::LineItem line(const QString &id, const QString &sku, qint64 quantity, qint64 unitCents)
{
    core::LineItem l;
    l.id = id;
    l.productId = u"p-"_s + id;
    l.name = core::LocalizedString::of(u"en"_s, u"Product "_s + id);
    l.variant.sku = sku;
    l.quantity = quantity;
    l.price.value = core::Money(unitCents, u"EUR"_s, 2);
    l.totalPrice = core::Money(unitCents * quantity, u"EUR"_s, 2);
    return l;
}

core::Cart cart(QList<core::LineItem> lines)
{
    core::Cart c;
    c.id = u"cart-1"_s;
    c.version = 1;
    c.lineItems = std::move(lines);
    return c;
}

} // namespace

class TestCartModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void satisfiesTheModelContract()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCart(cart({line(u"a"_s, u"A-1"_s, 2, 1299)}));
        model.setCart(cart({line(u"a"_s, u"A-1"_s, 3, 1299), line(u"b"_s, u"B-1"_s, 1, 500)}));
        model.setData(model.index(0, CartModel::QuantityColumn), 5);
        model.setCart(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsLinesAsTheBackendComputedThem()
    {
        CartModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s);
        core::LineItem taxed = line(u"a"_s, u"A-1"_s, 2, 1299);
        taxed.taxRate = core::TaxRate{};
        taxed.taxRate->amount = core::Rate::fromPercent(19);
        model.setCart(cart({taxed}));
        QCOMPARE(model.rowCount(), 1);
        // A line without variant attributes names its variant by SKU (issue 20: variants are visible).
        QCOMPARE(model.index(0, CartModel::ProductColumn).data().toString(), u"Product a (SKU A-1)"_s);
        QCOMPARE(model.index(0, CartModel::SkuColumn).data().toString(), u"A-1"_s);
        QCOMPARE(model.index(0, CartModel::QuantityColumn).data().toString(), u"2"_s);
        QCOMPARE(model.index(0, CartModel::UnitPriceColumn).data().toString(), u"€12.99"_s);
        QCOMPARE(model.index(0, CartModel::TotalColumn).data().toString(), u"€25.98"_s);
        QCOMPARE(model.index(0, 0).data(CartModel::TaxRateRole).toString(), u"19 %"_s);
        QCOMPARE(model.index(0, 0).data(CartModel::LineItemIdRole).toString(), u"a"_s);
        QVERIFY(model.flags(model.index(0, CartModel::QuantityColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, CartModel::ProductColumn)) & Qt::ItemIsEditable));
    }

    void percentText_data()
    {
        QTest::addColumn<qint64>("ppb");
        QTest::addColumn<QString>("text");
        QTest::newRow("19 %") << qint64(190'000'000) << u"19 %"_s;
        QTest::newRow("7.5 %") << qint64(75'000'000) << u"7.50 %"_s;
        QTest::newRow("0 %") << qint64(0) << u"0 %"_s;
    }

    void percentText()
    {
        QFETCH(qint64, ppb);
        QFETCH(QString, text);
        QCOMPARE(CartModel::percentText(core::Rate::fromPartsPerBillion(ppb), QLocale(QLocale::English)),
                 text);
    }

    void quantityEditIsForwardedNotApplied()
    {
        CartModel model;
        model.setCart(cart({line(u"a"_s, u"A-1"_s, 2, 100), line(u"b"_s, u"B-1"_s, 1, 100)}));
        QSignalSpy requested(&model, &CartModel::quantityRequested);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(1, CartModel::QuantityColumn), 4));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"b"_s);
        QCOMPARE(requested.at(0).at(1).toLongLong(), 4);
        QVERIFY(model.setData(model.index(1, CartModel::QuantityColumn), 4)); // unchanged: no new request
        QCOMPARE(requested.count(), 1);
        QVERIFY(!model.setData(model.index(1, CartModel::QuantityColumn), -1));
        QVERIFY(!model.setData(model.index(1, CartModel::SkuColumn), u"X"_s));

        // Same lines in the same order: no reset, so an open editor survives.
        model.setCart(cart({line(u"a"_s, u"A-1"_s, 2, 100), line(u"b"_s, u"B-1"_s, 4, 100)}));
        QCOMPARE(reset.count(), 0);
        model.setCart(cart({line(u"b"_s, u"B-1"_s, 4, 100)}));
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCartModel)
#include "TestCartModel.moc"
