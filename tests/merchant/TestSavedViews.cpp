// SPDX-License-Identifier: MIT
#include "merchant/SavedViews.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderColumn;
using merchant::SavedView;

class TestSavedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesReplacesRemovesAndSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"views.ini"_s);
        SavedView open;
        open.name = u"Open B2B orders"_s;
        open.filter.orderStates = {core::OrderState::Open};
        open.filter.hasPurchaseOrderNumber = true;
        open.filter.sortField = merchant::OrderFilter::SortField::TotalPrice;
        open.columns = {OrderColumn::OrderNumber, OrderColumn::PurchaseOrder, OrderColumn::Total};
        SavedView unsynced;
        unsynced.name = u"Not in the OMS"_s;
        unsynced.filter.notSyncedToOms = true;
        unsynced.columns = {OrderColumn::OmsSync, OrderColumn::OrderNumber};
        {
            QSettings settings(path, QSettings::IniFormat);
            merchant::SavedViews views(&settings);
            QVERIFY(views.views().isEmpty());
            views.save(open);
            views.save(unsynced);
            SavedView renamedColumns = open;
            renamedColumns.columns = {OrderColumn::Total, OrderColumn::OrderNumber};
            views.save(renamedColumns); // same name: replaces
            open = renamedColumns;
            SavedView nameless;
            views.save(nameless); // ignored
        }
        QSettings settings(path, QSettings::IniFormat);
        merchant::SavedViews views(&settings);
        QCOMPARE(views.views(), (QList<SavedView>{open, unsynced}));
        QCOMPARE(views.view(u"Not in the OMS"_s), std::optional<SavedView>(unsynced));
        QVERIFY(views.remove(u"Open B2B orders"_s));
        QVERIFY(!views.remove(u"Open B2B orders"_s));
        QCOMPARE(views.views(), QList<SavedView>{unsynced});
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "TestSavedViews.moc"
