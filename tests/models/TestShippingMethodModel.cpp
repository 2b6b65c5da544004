// SPDX-License-Identifier: MIT
#include "models/ShippingMethodModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::ShippingMethodModel;

namespace {

core::ShippingMethod method(const QString &id, const QString &name, qint64 eurCents, bool isDefault,
                            std::optional<qint64> freeAboveCents = {})
{
    core::ShippingMethod m;
    m.id = id;
    m.name = name;
    m.isDefault = isDefault;
    core::ZoneRate zone;
    core::ShippingRate usd;
    usd.price = core::Money(999, u"USD"_s, 2);
    core::ShippingRate eur;
    eur.price = core::Money(eurCents, u"EUR"_s, 2);
    eur.isMatching = true;
    if (freeAboveCents)
        eur.freeAbove = core::Money(*freeAboveCents, u"EUR"_s, 2);
    zone.shippingRates = {usd, eur};
    m.zoneRates = {zone};
    return m;
}

} // namespace

class TestShippingMethodModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void satisfiesTheModelContract()
    {
        ShippingMethodModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMethods({method(u"s"_s, u"Standard"_s, 490, true)}, core::Money(1000, u"EUR"_s, 2));
        model.setMethods({}, core::Money(1000, u"EUR"_s, 2));
        QCOMPARE(model.defaultRow(), -1);
    }

    void showsTheMatchingRateForTheCartCurrency()
    {
        ShippingMethodModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates), u"en"_s);
        model.setMethods(
            {method(u"x"_s, u"Express"_s, 990, false), method(u"s"_s, u"Standard"_s, 490, true, 5000)},
            core::Money(2000, u"EUR"_s, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.defaultRow(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Express — €9.90"_s);
        QCOMPARE(model.index(1).data().toString(), u"Standard — €4.90"_s);
        QCOMPARE(model.index(1).data(ShippingMethodModel::IdRole).toString(), u"s"_s);
        QVERIFY(model.index(1).data(ShippingMethodModel::IsDefaultRole).toBool());

        // Free above €50: a €60 cart ships for free.
        model.setMethods({method(u"s"_s, u"Standard"_s, 490, true, 5000)}, core::Money(6000, u"EUR"_s, 2));
        QCOMPARE(model.index(0).data().toString(), u"Standard — free"_s);
    }
};

QTEST_GUILESS_MAIN(TestShippingMethodModel)
#include "TestShippingMethodModel.moc"
