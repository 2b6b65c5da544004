// SPDX-License-Identifier: MIT
// The storefront catalog end to end in the app as it is built (testsupport::DesktopHarness: the composition
// root on its embedded sandbox), driving the window's storefront pane: type a search, pick a facet with the
// keyboard, sort by price, scroll to load page 2, switch list/grid (remembered), open a B2B product's detail
// and read its tier table. Screenshots: list view with facets, grid view, product detail.
#include "app/storefront/FacetPanel.h"
#include "app/storefront/ProductDetailDialog.h"
#include "app/storefront/StorefrontPane.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/ImageLoader.h"
#include "models/FacetModel.h"
#include "models/ProductTableModel.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <limits>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{demoFree()};
    checkout::CatalogBrowser *m_catalog = nullptr; ///< the app's, from the harness's backend
    checkout::ImageLoader *m_images = nullptr;
    QSettings *m_settings = nullptr;
    app::StorefrontPane *m_pane = nullptr; ///< the window's storefront pane

    static app::AppOptions demoFree()
    {
        app::AppOptions options;
        options.demoOrders = 0; // these tests browse: no demo orders needed
        return options;
    }

    // The catalog part of the app's storefront services (no cart), for a second pane on the same settings.
    app::StorefrontServices services()
    {
        app::StorefrontServices services;
        services.catalog = m_catalog;
        services.images = m_images;
        services.settings = m_settings;
        return services;
    }

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_pane->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    const models::ProductTableModel *model() const
    {
        return qobject_cast<const models::ProductTableModel *>(
            child<QTableView>(u"productTableView"_s)->model());
    }

    static qint64 lowestPrice(const core::ProductProjection &product)
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        for (const core::ProductVariant &variant : product.allVariants()) {
            if (variant.price)
                lowest = std::min(lowest, variant.price->value.centAmount());
        }
        return lowest;
    }

    void saveScreenshot(QWidget *widget, const QString &name) { testsupport::saveScreenshot(widget, name); }

    // Waits for the list to show the answer to what was just done, and for nothing stale after it.
    void waitForResults(QSignalSpy &shown)
    {
        QVERIFY(shown.wait(15000));
        // Every change was delivered before its request went out (the search text's debounce has fired
        // when a result arrives), so once no list request is in flight nothing stale can follow.
        QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isSettled(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start(QSize(1440, 900))); // waits for the first catalog page
        m_catalog = m_app.backend()->catalog();
        m_images = m_app.backend()->images();
        m_settings = m_app.settings();
        m_pane = m_app.window()->storefront();
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isSettled(), 15000);
        QCOMPARE(model()->rowCount(), checkout::CatalogBrowser::kPageSize);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetPanel()->categoryTree()->topLevelItemCount() > 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetPanel()->facetModel()->rowCount() >= 3, 15000);
    }

    void cleanupTestCase()
    {
        m_pane = nullptr;
        m_app.stop();
    }

    void typingSearches()
    {
        QSignalSpy shown(m_pane, &app::StorefrontPane::catalogShown);
        auto *edit = child<QLineEdit>(u"searchEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"mug"_s);
        waitForResults(shown);
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY2(model()->index(row, 0).data().toString().contains(u"Mug"_s),
                     qPrintable(model()->index(row, 0).data().toString()));
        QVERIFY(child<QLabel>(u"resultCountLabel"_s)->text().contains(u"product"_s));

        edit->clear(); // back to the whole catalog
        waitForResults(shown);
        QCOMPARE(model()->rowCount(), checkout::CatalogBrowser::kPageSize);
    }

    void pickingAFacetWithTheKeyboardFilters()
    {
        models::FacetModel *facets = m_pane->facetPanel()->facetModel();
        // The attribute value with most products (more than one page, fewer than all).
        QModelIndex pick;
        qint64 count = 0;
        for (int g = 0; g < facets->rowCount(); ++g) {
            const QModelIndex group = facets->index(g, 0);
            if (group.data(models::FacetModel::GroupNameRole).toString() ==
                checkout::CatalogQuery::priceFacetName())
                continue;
            for (int e = 0; e < facets->rowCount(group); ++e) {
                const QModelIndex entry = facets->index(e, 0, group);
                const qint64 n = entry.data(models::FacetModel::CountRole).toLongLong();
                if (n > count && n < m_catalog->total()) {
                    pick = entry;
                    count = entry.data(models::FacetModel::CountRole).toLongLong();
                }
            }
        }
        QVERIFY(pick.isValid());
        QVERIFY2(count > checkout::CatalogBrowser::kPageSize, "need more than one page for the scroll step");
        const QString value = pick.data(models::FacetModel::ValueRole).toString();
        const QString attribute = pick.data(models::FacetModel::GroupNameRole).toString();

        QSignalSpy shown(m_pane, &app::StorefrontPane::catalogShown);
        QTreeView *view = m_pane->facetPanel()->facetView();
        view->setFocus();
        view->setCurrentIndex(pick);
        QTest::keyClick(view, Qt::Key_Space);
        waitForResults(shown);
        QCOMPARE(m_catalog->total(), count);
        QCOMPARE(m_catalog->query().attributeValues.value(attribute), QStringList{value});
        // The counts come from their own request after the list.
        QTRY_COMPARE_WITH_TIMEOUT(facets->entryIndex(attribute, value).data(Qt::CheckStateRole).toInt(),
                                  int(Qt::Checked), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            facets->entryIndex(attribute, value).data(models::FacetModel::CountRole).toLongLong(), count,
            15000);
        QVERIFY(child<QLabel>(u"resultCountLabel"_s)->text().contains(QLocale().toString(count)));
    }

    void sortingByPriceOrdersTheList()
    {
        QSignalSpy shown(m_pane, &app::StorefrontPane::catalogShown);
        auto *sort = child<QComboBox>(u"sortCombo"_s);
        sort->setCurrentIndex(sort->findData(int(checkout::CatalogQuery::Sort::PriceAscending)));
        waitForResults(shown);
        QCOMPARE(m_catalog->query().sort, checkout::CatalogQuery::Sort::PriceAscending);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(lowestPrice(*model()->product(row - 1)) <= lowestPrice(*model()->product(row)));
        saveScreenshot(m_pane, u"catalog-list-facets.png"_s);
    }

    void scrollingToTheEndLoadsPageTwo()
    {
        QSignalSpy shown(m_pane, &app::StorefrontPane::catalogShown);
        auto *table = child<QTableView>(u"productTableView"_s);
        QScrollBar *bar = table->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        waitForResults(shown);
        QVERIFY(model()->rowCount() > checkout::CatalogBrowser::kPageSize);
        QSet<QString> ids;
        for (int row = 0; row < model()->rowCount(); ++row) {
            QVERIFY(!ids.contains(model()->product(row)->id));
            ids.insert(model()->product(row)->id);
            if (row > 0)
                QVERIFY(lowestPrice(*model()->product(row - 1)) <= lowestPrice(*model()->product(row)));
        }
        QCOMPARE(qint64(ids.size()),
                 std::min<qint64>(m_catalog->total(), 2 * checkout::CatalogBrowser::kPageSize));
    }

    void gridViewShowsPicturesAndIsRemembered()
    {
        QTest::keyClick(m_pane, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_pane->resultsView(), app::StorefrontPane::ResultsView::Grid);
        QCOMPARE(m_settings->value(u"storefront/resultsView"_s).toString(), u"grid"_s);
        auto *grid = child<QListView>(u"productGridView"_s);
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->model()->rowCount(), model()->rowCount());
        grid->scrollToTop();
        const QUrl first = model()->index(0, 0).data(models::ProductTableModel::ImageUrlRole).toUrl();
        QVERIFY(first.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!m_images->cachedImage(first).isNull(), 15000);
        saveScreenshot(m_pane, u"catalog-grid.png"_s);

        // A new pane reading the same settings starts in the grid.
        app::StorefrontPane other(services());
        QCOMPARE(other.resultsView(), app::StorefrontPane::ResultsView::Grid);
        QTest::keyClick(m_pane, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_pane->resultsView(), app::StorefrontPane::ResultsView::List);
    }

    /// A loaded product picture (160 px) is drawn at the list's icon size in the name column, like the
    /// placeholder before it, not at its own size wider than the column's icon and taller than the row.
    void listDrawsLoadedPicturesAtIconSize()
    {
        auto *table = child<QTableView>(u"productTableView"_s);
        const QModelIndex name = model()->index(0, models::ProductTableModel::NameColumn);
        QTRY_VERIFY_WITH_TIMEOUT(name.data(Qt::DecorationRole).value<QImage>().width() >
                                     table->iconSize().width(),
                                 15000); // the real picture has arrived
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.widget = table;
        option.decorationSize = table->iconSize();
        option.features = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay;
        const QSize hint = table->itemDelegateForIndex(name)->sizeHint(option, name);
        QVERIFY2(hint.height() <= table->iconSize().height() + 12,
                 qPrintable(QString::number(hint.height())));
        QVERIFY2(hint.height() <= table->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(hint.height())));
    }

    void productDetailShowsTheTierTableOfAB2BProduct()
    {
        QSignalSpy shown(m_pane, &app::StorefrontPane::catalogShown);
        child<QPushButton>(u"clearFiltersButton"_s)->click();
        waitForResults(shown);
        auto *edit = child<QLineEdit>(u"searchEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, u"hex bolt"_s);
        waitForResults(shown);
        QVERIFY(model()->rowCount() > 0);
        auto *table = child<QTableView>(u"productTableView"_s);
        table->setFocus();
        table->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *dialog = m_pane->findChild<app::ProductDetailDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const core::ProductVariant &variant = dialog->currentVariant();
        QVERIFY(variant.price);
        QCOMPARE(variant.price->value.currencyCode(), u"EUR"_s);

        auto *tiers = dialog->findChild<QTableWidget *>(u"tierTable"_s);
        QVERIFY(tiers && tiers->isVisible());
        QCOMPARE(tiers->rowCount(), int(variant.price->tiers.size()) + 1);
        QCOMPARE(tiers->item(0, 0)->text(), u"1"_s);
        QCOMPARE(tiers->item(1, 0)->text(), u"10"_s);
        QCOMPARE(tiers->item(3, 0)->text(), u"1,000"_s);
        QCOMPARE(tiers->item(0, 1)->text(), variant.price->value.format(QLocale()));
        QCOMPARE(tiers->item(1, 1)->text(), variant.price->tiers.at(0).value.format(QLocale()));
        QVERIFY(variant.price->tiers.at(0).value.centAmount() < variant.price->value.centAmount());
        QCOMPARE(dialog->unitPriceText(150), variant.price->tiers.at(1).value.format(QLocale()));
        QVERIFY(dialog->findChild<QLabel *>(u"availabilityLabel"_s)->text().startsWith(u"In stock"_s));

        // Another variant: the price and attributes follow the choice.
        auto *variants = dialog->findChild<QComboBox *>(u"variantCombo"_s);
        QVERIFY(variants->count() > 1);
        variants->setFocus();
        QTest::keyClick(variants, Qt::Key_Down);
        QCOMPARE(dialog->currentVariant().id, dialog->product().allVariants().at(1).id);
        QVERIFY(dialog->findChild<QLabel *>(u"attributesLabel"_s)
                    ->text()
                    .contains(*dialog->currentVariant().sku));

        QSignalSpy add(dialog, &app::ProductDetailDialog::addToCartRequested);
        auto *quantity = dialog->findChild<QSpinBox *>(u"detailQuantitySpinBox"_s);
        quantity->setValue(25);
        dialog->findChild<QPushButton *>(u"detailAddToCartButton"_s)->click();
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.first().at(0).toString(), dialog->product().id);
        QCOMPARE(add.first().at(1).toInt(), dialog->currentVariant().id);
        QCOMPARE(add.first().at(2).toInt(), 25);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_images->cachedImage(QUrl(dialog->currentVariant().images.first().url)).isNull(), 15000);
        saveScreenshot(dialog, u"catalog-product-detail.png"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestCatalog)
#include "TestCatalog.moc"
