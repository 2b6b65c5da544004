// SPDX-License-Identifier: MIT
// Issue 20, item 6: attribute values in the chosen language. The demo catalog's colour, material and product
// line are localized enums (lenum): the storefront, started in German and in French on its embedded sandbox
// (tests/support/DesktopHarness.h), shows their labels — in the facet list (whose terms are keys), in the
// product detail, and on the cart's line — never the keys or the English labels.
#include "app/storefront/FacetPanel.h"
#include "app/storefront/ProductDetailDialog.h"
#include "app/storefront/StorefrontPane.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "models/FacetModel.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestLocalizedAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsFollowTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cotton");   // material "cotton"
        QTest::addColumn<QString>("navy");     // colour "navy"
        QTest::addColumn<QString>("material"); // the attribute's title
        QTest::addColumn<QString>("hoodie");   // what a buyer types to find hoodies
        QTest::addColumn<QString>("classic");  // product line "classic" (shown as the collection)
        QTest::newRow("de") << u"de_DE"_s << u"Baumwolle"_s << u"Marineblau"_s << u"Material"_s
                            << u"Kapuzenpullover"_s << u"Klassisch"_s;
        QTest::newRow("fr") << u"fr_FR"_s << u"Coton"_s << u"Marine"_s << u"Matière"_s << u"capuche"_s
                            << u"Classique"_s;
    }

    void labelsFollowTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, cotton);
        QFETCH(QString, navy);
        QFETCH(QString, material);
        QFETCH(QString, hoodie);
        QFETCH(QString, classic);
        app::AppOptions options;
        options.demoOrders = 0;
        options.language = language;
        auto app = std::make_unique<testsupport::DesktopHarness>(options);
        QVERIFY(app->start());
        app::StorefrontPane *pane = app->window()->storefront();
        checkout::CatalogBrowser *catalog = app->backend()->catalog();
        app->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app->window()));

        // The whole catalog: every product line reads as its label, also those of products not on the
        // first page (their labels come from the product types, not from the products shown).
        models::FacetModel *facets = pane->facetPanel()->facetModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            catalog->isSettled() && facets->entryIndex(u"line"_s, u"classic"_s).isValid(), 20000);
        const QModelIndex lineGroup = facets->entryIndex(u"line"_s, u"classic"_s).parent();
        QVERIFY(facets->rowCount(lineGroup) > 10);
        for (int row = 0; row < facets->rowCount(lineGroup); ++row) {
            const QModelIndex entry = facets->index(row, 0, lineGroup);
            const QString key = entry.data(models::FacetModel::ValueRole).toString();
            const QString text = entry.data().toString();
            QVERIFY2(!key.isEmpty() && text != key && !text.startsWith(key + u' '),
                     qPrintable(u"%1 is shown as %2"_s.arg(key, text)));
        }

        // Browse the hoodies: the facets' material and colour terms are keys; they read as labels.
        auto *search = pane->findChild<QLineEdit *>(u"searchEdit"_s);
        search->setFocus();
        QTest::keyClicks(search, hoodie);
        QTRY_VERIFY_WITH_TIMEOUT(
            catalog->isSettled() && facets->entryIndex(u"material"_s, u"cotton"_s).isValid(), 20000);
        const QModelIndex cottonEntry = facets->entryIndex(u"material"_s, u"cotton"_s);
        QVERIFY2(cottonEntry.data().toString().startsWith(cotton), qPrintable(cottonEntry.data().toString()));
        const QModelIndex navyEntry = facets->entryIndex(u"color"_s, u"navy"_s);
        QVERIFY(navyEntry.isValid());
        QVERIFY2(navyEntry.data().toString().startsWith(navy), qPrintable(navyEntry.data().toString()));
        const QModelIndex classicEntry = facets->entryIndex(u"line"_s, u"classic"_s);
        QVERIFY(classicEntry.isValid());
        QVERIFY2(classicEntry.data().toString().startsWith(classic),
                 qPrintable(classicEntry.data().toString()));
        testsupport::saveScreenshot(pane, u"catalog-facets-%1.png"_s.arg(language.left(2)));

        // The detail of the first hoodie names its material in the language.
        auto *table = pane->findChild<QTableView *>(u"productTableView"_s);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        app::ProductDetailDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane->findChild<app::ProductDetailDialog *>()) && dialog->isVisible());
        const QString details = dialog->findChild<QLabel *>(u"attributesLabel"_s)->text();
        // (cotton or organic cotton: "Bio-Baumwolle", "Coton bio"; never the key or the English label)
        QVERIFY2(details.contains(material) && details.contains(cotton), qPrintable(details));
        QVERIFY2(!details.contains(u"cotton"_s) && !details.contains(u"Organic"_s), qPrintable(details));
        const QString variantTitle = dialog->findChild<QComboBox *>(u"variantCombo"_s)->currentText();
        for (const QString &english : {u"Black"_s, u"White"_s, u"Navy"_s, u"Red"_s, u"Green"_s, u"Grey"_s})
            QVERIFY2(!variantTitle.contains(english, Qt::CaseInsensitive), qPrintable(variantTitle));
        testsupport::saveScreenshot(dialog, u"catalog-detail-%1.png"_s.arg(language.left(2)));

        // Into the cart: the line says its colour and material in the language too.
        checkout::CartSession *cart = app->backend()->cart();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"detailAddToCartButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cart->cart() && !cart->cart()->lineItems.isEmpty() && !cart->isBusy(),
                                 15000);
        dialog->close();
        auto *cartTable = pane->findChild<QTableView *>(u"cartTableView"_s);
        QTRY_COMPARE(cartTable->model()->rowCount(), 1);
        const QString line = cartTable->model()->index(0, 0).data().toString();
        QVERIFY2(line.contains(material) && line.contains(cotton), qPrintable(line));
        QVERIFY2(!line.contains(u"cotton"_s) && !line.contains(u"Organic"_s), qPrintable(line));
        app->stop();
    }
};

QTEST_MAIN(TestLocalizedAttributes)
#include "TestLocalizedAttributes.moc"
