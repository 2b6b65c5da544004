// SPDX-License-Identifier: MIT
// FacetModel: groups and checkable values with counts; a check asks the owner (toggled) and changes nothing
// until the owner's next setGroups().
#include "models/FacetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Group = models::FacetModel::Group;

class TestFacetModel : public QObject
{
    Q_OBJECT

private:
    static QList<Group> sample(bool navySelected)
    {
        return {{u"color"_s,
                 u"Colour"_s,
                 {{u"navy"_s, u"navy"_s, 12, navySelected}, {u"red"_s, u"red"_s, 3, false}}},
                {u"price"_s, u"Price"_s, {{u"(* to 1000)"_s, u"Under €10.00"_s, 40, false}}}};
    }

private Q_SLOTS:
    void treeShapeAndRoles()
    {
        models::FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sample(false));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex colour = model.index(0, 0);
        QCOMPARE(colour.data().toString(), u"Colour"_s);
        QCOMPARE(model.rowCount(colour), 2);
        QVERIFY(!(model.flags(colour) & Qt::ItemIsUserCheckable));
        const QModelIndex navy = model.index(0, 0, colour);
        QCOMPARE(navy.parent(), colour);
        QCOMPARE(navy.data().toString(), u"navy (12)"_s);
        QCOMPARE(navy.data(models::FacetModel::ValueRole).toString(), u"navy"_s);
        QCOMPARE(navy.data(models::FacetModel::CountRole).toLongLong(), 12);
        QCOMPARE(navy.data(models::FacetModel::GroupNameRole).toString(), u"color"_s);
        QCOMPARE(navy.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(navy) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.rowCount(navy), 0);
        QCOMPARE(model.entryIndex(u"price"_s, u"(* to 1000)"_s).data().toString(), u"Under €10.00 (40)"_s);
        QVERIFY(!model.entryIndex(u"color"_s, u"green"_s).isValid());
    }

    void checkingAsksTheOwnerAndWaitsForItsAnswer_data()
    {
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("newState");
        QTest::addColumn<int>("toggles");
        QTest::newRow("check an unchecked value") << false << int(Qt::Checked) << 1;
        QTest::newRow("uncheck a checked value") << true << int(Qt::Unchecked) << 1;
        QTest::newRow("check a checked value: nothing") << true << int(Qt::Checked) << 0;
    }

    void checkingAsksTheOwnerAndWaitsForItsAnswer()
    {
        QFETCH(bool, selected);
        QFETCH(int, newState);
        QFETCH(int, toggles);
        models::FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sample(selected));
        QSignalSpy toggled(&model, &models::FacetModel::toggled);
        const QModelIndex navy = model.entryIndex(u"color"_s, u"navy"_s);
        QVERIFY(model.setData(navy, newState, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), toggles);
        if (toggles) {
            QCOMPARE(toggled.first().at(0).toString(), u"color"_s);
            QCOMPARE(toggled.first().at(1).toString(), u"navy"_s);
        }
        QCOMPARE(navy.data(models::FacetModel::SelectedRole).toBool(),
                 selected); // unchanged until the owner answers
        QVERIFY(!model.setData(model.index(0, 0), int(Qt::Checked),
                               Qt::CheckStateRole)); // a group is not checkable
    }

    void ownersAnswerShowsTheSelection()
    {
        models::FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sample(false));
        QCOMPARE(model.selectedCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setGroups(sample(false));
        QCOMPARE(reset.count(), 0); // the same facets again: views keep their state
        model.setGroups(sample(true));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.selectedCount(), 1);
        QCOMPARE(model.entryIndex(u"color"_s, u"navy"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model.setGroups({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFacetModel)
#include "TestFacetModel.moc"
