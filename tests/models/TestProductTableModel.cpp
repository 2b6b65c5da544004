// SPDX-License-Identifier: MIT
#include "models/ProductTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::ProductTableModel;

namespace {

core::ProductProjection product(const QString &id, const QString &sku, std::optional<qint64> cents,
                                int variants = 0)
{
    core::ProductProjection p;
    p.id = id;
    p.name = core::LocalizedString::of(u"en"_s, u"Name "_s + id);
    p.name.insert(u"de"_s, u"Name-de "_s + id);
    p.masterVariant.id = 1;
    p.masterVariant.sku = sku;
    if (cents) {
        core::Price price;
        price.id = u"price-"_s + id;
        price.value = core::Money(*cents, u"EUR"_s, 2);
        p.masterVariant.price = price;
    }
    for (int i = 0; i < variants; ++i) {
        core::ProductVariant variant;
        variant.id = i + 2;
        p.variants.append(variant);
    }
    return p;
}

} // namespace

class TestProductTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void satisfiesTheModelContract()
    {
        ProductTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetProducts({product(u"a"_s, u"A-1"_s, 1299)});
        model.appendProducts({product(u"b"_s, u"B-1"_s, std::nullopt), product(u"c"_s, u"C-1"_s, 5)});
        model.appendProducts({});
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.resetProducts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void appendInsertsExactlyTheNewRows()
    {
        ProductTableModel model;
        model.resetProducts({product(u"a"_s, u"A-1"_s, 100)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.appendProducts({product(u"b"_s, u"B"_s, 1), product(u"c"_s, u"C"_s, 2)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.product(2)->id, u"c"_s);
        QVERIFY(model.product(3) == nullptr);
    }

    void columns_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("variants");
        QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates) << u"Name x"_s << u"3"_s;
        QTest::newRow("german") << QLocale(QLocale::German, QLocale::Germany) << u"Name-de x"_s << u"3"_s;
    }

    void columns()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, name);
        QFETCH(QString, variants);
        ProductTableModel model;
        model.setLocale(locale);
        model.resetProducts({product(u"x"_s, u"SKU-X"_s, 123450, 2)});
        QCOMPARE(model.index(0, ProductTableModel::NameColumn).data().toString(), name);
        QCOMPARE(model.index(0, ProductTableModel::SkuColumn).data().toString(), u"SKU-X"_s);
        QCOMPARE(model.index(0, ProductTableModel::VariantsColumn).data().toString(), variants);
        QCOMPARE(model.index(0, ProductTableModel::PriceColumn).data().toString(),
                 core::Money(123450, u"EUR"_s, 2).format(locale));
        QCOMPARE(model.index(0, 0).data(ProductTableModel::PriceMinorUnitsRole).toLongLong(), 123450);
        QCOMPARE(model.index(0, 0).data(ProductTableModel::CurrencyRole).toString(), u"EUR"_s);
    }

    void productWithoutSelectedPriceShowsNoPrice()
    {
        ProductTableModel model;
        model.resetProducts({product(u"x"_s, u"SKU-X"_s, std::nullopt)});
        QCOMPARE(model.index(0, ProductTableModel::PriceColumn).data().toString(), QString());
        QVERIFY(!model.index(0, 0).data(ProductTableModel::PriceMinorUnitsRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestProductTableModel)
#include "TestProductTableModel.moc"
