// SPDX-License-Identifier: MIT
// Issue 19 item 4: a language change retranslates the merchant pane in place. On the real MainWindow with
// the embedded sandbox (its demo orders), offscreen, with real clicks and key presses on widgets found by
// objectName: the seller searches, filters, sorts, selects an order and opens its detail; switching to
// German, to French and back to English changes the words on screen and nothing else — the same pane, the
// same search text, filters (kept by their data), sort, selection, scroll position and open order, and the
// list is not loaded again. An export dialog that is open retranslates too. Screenshots of the window at
// its default size in each language only when COMMERCEDESK_SCREENSHOT_DIR names a folder.
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "support/ComboChoice.h"
#include "support/DesktopHarness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTableModel;
using SortField = merchant::OrderFilter::SortField;

namespace {

/// What a language switch must leave as it is.
struct DeskState
{
    const app::MerchantPane *pane = nullptr;
    QString search;
    QVariant orderState;
    QVariant purchaseOrder;
    SortField sortField = SortField::CreatedAt;
    bool descending = false;
    int sortSection = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString currentId;
    int selectedRows = 0;
    QString detailId;
    int scroll = 0;
    int detailScroll = 0;
    int detailScrollMax = 0; // the detail's text is longer or shorter in another language
    int rows = 0;
};

/// The words a seller sees in one language.
struct Words
{
    QString title;        // the pane's title
    QString stateHeader;  // the "Order state" column
    QString exportButton; // "Export CSV…"
    QString confirmed;    // the chosen item of the order-state filter
    QString ordersSuffix; // the count label ends with it
    QString refusal;      // in the status: why Confirm was not sent (the order is confirmed already)
    QString country;      // the detail's shipping address names its country (not "DE")
};

} // namespace

class TestMerchantRetranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    testsupport::DesktopHarness m_app;
    app::MainWindow *m_window = nullptr;
    app::Translations m_translations;
    QSize m_defaultSize; // MainWindow's, as the seller first sees it

    /// A widget of the merchant pane (the storefront has widgets of the same names).
    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_window->merchant()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    app::MerchantPane *pane() const { return m_window->merchant(); }
    QTableView *table() const { return child<QTableView>(u"ordersTable"_s); }
    OrderTableModel *model() const { return pane()->orderModel(); }

    int sectionOf(merchant::OrderColumn column) const { return int(model()->columns().indexOf(column)); }

    /// Chooses the item of a combo box whose data is `data` as a user does (testsupport::chooseFromPopup).
    void choose(const QString &name, const QVariant &data)
    {
        auto *combo = child<QComboBox>(name);
        const int row = combo->findData(data);
        QVERIFY2(row >= 0, qPrintable(name));
        QVERIFY2(testsupport::chooseFromPopup(combo, row), qPrintable(name));
        QCOMPARE(combo->currentData(), data);
    }

    /// Waits for the list the desk loads after a filter or sort change.
    void waitForFreshList(const std::function<void()> &change)
    {
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        change();
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
    }

    DeskState state() const
    {
        DeskState s;
        s.pane = pane();
        s.search = child<QLineEdit>(u"orderSearchEdit"_s)->text();
        s.orderState = child<QComboBox>(u"orderStateCombo"_s)->currentData();
        s.purchaseOrder = child<QComboBox>(u"poCombo"_s)->currentData();
        s.sortField = pane()->desk()->filter().sortField;
        s.descending = pane()->desk()->filter().descending;
        s.sortSection = table()->horizontalHeader()->sortIndicatorSection();
        s.sortOrder = table()->horizontalHeader()->sortIndicatorOrder();
        s.currentId = table()->currentIndex().data(OrderTableModel::OrderIdRole).toString();
        s.selectedRows = int(table()->selectionModel()->selectedRows().size());
        s.detailId = pane()->detail()->order() ? pane()->detail()->order()->id : QString();
        s.scroll = table()->verticalScrollBar()->value();
        s.detailScroll = child<QTextBrowser>(u"detailBrowser"_s)->verticalScrollBar()->value();
        s.detailScrollMax = child<QTextBrowser>(u"detailBrowser"_s)->verticalScrollBar()->maximum();
        s.rows = model()->rowCount();
        return s;
    }

    static void compareStates(const DeskState &now, const DeskState &before)
    {
        QCOMPARE(now.pane, before.pane); // retranslated, not rebuilt
        QCOMPARE(now.search, before.search);
        QCOMPARE(now.orderState, before.orderState);
        QCOMPARE(now.purchaseOrder, before.purchaseOrder);
        QCOMPARE(now.sortField, before.sortField);
        QCOMPARE(now.descending, before.descending);
        QCOMPARE(now.sortSection, before.sortSection);
        QCOMPARE(now.sortOrder, before.sortOrder);
        QCOMPARE(now.currentId, before.currentId);
        QCOMPARE(now.selectedRows, before.selectedRows);
        QCOMPARE(now.detailId, before.detailId);
        QCOMPARE(now.scroll, before.scroll);
        // The detail's text is longer or shorter in another language (country names, labels): the reading
        // position is kept where the new text allows — within a tenth of the scroll range, not to the pixel.
        QVERIFY2(std::abs(now.detailScroll - std::min(before.detailScroll, now.detailScrollMax)) <=
                     std::max(now.detailScrollMax, before.detailScrollMax) / 10,
                 qPrintable(u"detail scrolled to %1 of %2, was %3 of %4"_s.arg(now.detailScroll)
                                .arg(now.detailScrollMax)
                                .arg(before.detailScroll)
                                .arg(before.detailScrollMax)));
        QVERIFY(now.detailScroll > 0);
        QCOMPARE(now.rows, before.rows);
    }

    Words shownWords() const
    {
        return {child<QLabel>(u"titleLabel"_s)->text(),
                model()->headerData(sectionOf(merchant::OrderColumn::OrderState), Qt::Horizontal).toString(),
                child<QPushButton>(u"exportButton"_s)->text(),
                child<QComboBox>(u"orderStateCombo"_s)->currentText(),
                child<QLabel>(u"countLabel"_s)->text(),
                child<QLabel>(u"statusLabel"_s)->text(),
                child<QTextBrowser>(u"detailBrowser"_s)->toPlainText()};
    }

    /// Switches to `locale` and checks the words of `expected` are shown, the state is `before` and the list
    /// was not loaded again.
    void switchTo(const QString &code, const QLocale &locale, const Words &expected, const DeskState &before)
    {
        QSignalSpy resets(pane()->session(), &merchant::OrderListSession::reset);
        QSignalSpy headers(model(), &QAbstractItemModel::headerDataChanged);
        QVERIFY(m_translations.apply(locale) ||
                code == u"en"_s); // English is the source: its file holds plurals only
        QTRY_COMPARE(child<QLabel>(u"titleLabel"_s)->text(), expected.title);
        QTRY_VERIFY(!headers.isEmpty()); // the header asks for its titles again
        const Words shown = shownWords();
        QCOMPARE(shown.stateHeader, expected.stateHeader);
        QCOMPARE(shown.exportButton, expected.exportButton);
        QCOMPARE(shown.confirmed, expected.confirmed);
        QVERIFY2(shown.ordersSuffix.endsWith(expected.ordersSuffix), qPrintable(shown.ordersSuffix));
        const QString status = child<QLabel>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(expected.refusal), qPrintable(status));
        const QString detail = child<QTextBrowser>(u"detailBrowser"_s)->toPlainText();
        QVERIFY2(detail.contains(expected.country), qPrintable(detail));
        const QString number = pane()->detail()->order()->orderNumber.value_or(QString());
        QCOMPARE(child<QLabel>(u"detailTitleLabel"_s)->text(),
                 QCoreApplication::translate("commercedesk::app::OrderDetailPanel", "Order %1").arg(number) +
                     u"  ·  "_s + expected.confirmed);
        compareStates(state(), before);
        QCOMPARE(resets.size(), 0); // nothing was loaded again
        checkNothingClipped(code);
        screenshot(u"merchant-"_s + code + u".png"_s);
    }

    /// Lets the layouts take the new texts' sizes (each level asks its parent in a posted event).
    static void settleLayouts()
    {
        for (int level = 0; level < 12; ++level)
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    /// Issue 20's rule for every language: at the default window size no button, check box or filter of the
    /// desk is cut, and the texts do not push the window wider.
    void checkNothingClipped(const QString &code)
    {
        settleLayouts();
        QCOMPARE(m_window->size(), m_defaultSize);
        for (const QString &bar : {u"filterBar"_s, u"actionsBar"_s}) {
            for (QWidget *widget : child<QWidget>(bar)->findChildren<QWidget *>()) {
                const bool control =
                    qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget);
                if (!control || !widget->isVisible() || widget->objectName().isEmpty()) // unnamed: a Qt part
                    continue;
                QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                         qPrintable(u"%1: %2 is %3 px wide, needs %4"_s.arg(code, widget->objectName())
                                        .arg(widget->width())
                                        .arg(widget->minimumSizeHint().width())));
            }
            // What a filter shows must be readable whole: the chosen item of every combo box (and its
            // longest item, which the seller may choose next), the hint of every empty search field.
            for (QComboBox *combo : child<QWidget>(bar)->findChildren<QComboBox *>()) {
                if (!combo->isVisible())
                    continue;
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = combo->isEditable();
                const int room =
                    combo->style()
                        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                        .width();
                for (int item = 0; item < combo->count(); ++item) {
                    const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(item));
                    QVERIFY2(needed <= room,
                             qPrintable(u"%1: %2 cuts \"%3\" (%4 px in %5 px)"_s
                                            .arg(code, combo->objectName(), combo->itemText(item))
                                            .arg(needed)
                                            .arg(room)));
                }
            }
            for (QLineEdit *edit : child<QWidget>(bar)->findChildren<QLineEdit *>()) {
                if (!edit->isVisible() || !edit->text().isEmpty() || edit->placeholderText().isEmpty() ||
                    qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
                    continue;
                const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
                QVERIFY2(needed <= edit->width() - 8,
                         qPrintable(u"%1: %2 cuts its hint \"%3\" (%4 px in %5 px)"_s
                                        .arg(code, edit->objectName(), edit->placeholderText())
                                        .arg(needed)
                                        .arg(edit->width())));
            }
        }
    }

    void screenshot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("COMMERCEDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        settleLayouts(); // labels sized to their last text
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        widget = widget ? widget : m_window;
        QVERIFY(widget->grab().save(path, "PNG"));
        qInfo("screenshot: %s (%dx%d)", qPrintable(path), widget->width(), widget->height());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // A first start (the demo store's orders), at the window's default size (MainWindow.ui).
        QVERIFY(m_app.start());
        m_window = m_app.window();
        settleLayouts();
        m_defaultSize = m_window->size();
        qInfo("default window size %dx%d", m_defaultSize.width(), m_defaultSize.height());
        QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier); // the merchant pane
        QCOMPARE(m_window->currentPane(), app::MainWindow::Merchant);
        QTRY_VERIFY_WITH_TIMEOUT(model() && model()->rowCount() > 0 && !pane()->session()->isLoading(),
                                 60000);
        child<QPushButton>(u"exportButton"_s); // the desk is there
    }

    void cleanupTestCase()
    {
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.stop();
    }

    /// The seller's work survives German, French and English again; only the words change.
    void languageSwitchKeepsTheSellersWork()
    {
        // Search, two filters and a sort, as the seller does them.
        waitForFreshList([this] {
            QTest::mouseClick(child<QLineEdit>(u"orderSearchEdit"_s), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(u"orderSearchEdit"_s), u"example"_s);
            QTest::keyClick(child<QLineEdit>(u"orderSearchEdit"_s), Qt::Key_Return);
        });
        waitForFreshList([this] { choose(u"orderStateCombo"_s, u"Confirmed"_s); });
        waitForFreshList([this] { choose(u"poCombo"_s, true); });
        QTest::mouseClick(child<QToolButton>(u"moreFiltersButton"_s), Qt::LeftButton); // dates, store, …
        QTRY_VERIFY(child<QWidget>(u"moreFiltersWidget"_s)->isVisible());
        QHeaderView *header = table()->horizontalHeader();
        const int totalSection = sectionOf(merchant::OrderColumn::Total);
        QVERIFY(totalSection >= 0);
        waitForFreshList([&] {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(totalSection) + header->sectionSize(totalSection) / 2,
                       header->height() / 2));
        });
        QCOMPARE(pane()->desk()->filter().sortField, SortField::TotalPrice);
        QCOMPARE(header->sortIndicatorSection(), totalSection);

        // An order further down the list, clicked and opened (Enter).
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 20, 20000);
        const int row = std::min(model()->rowCount() - 1, 30);
        const QModelIndex index = model()->index(row, sectionOf(merchant::OrderColumn::OrderNumber));
        table()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        const QString id = model()->summary(row)->id;
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == id, 20000);
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(table()->verticalScrollBar()->value() > 0);
        // C asks to confirm it; the desk refuses (it is confirmed already) and the status says why.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_C);
        auto *status = child<QLabel>(u"statusLabel"_s);
        QTRY_VERIFY(status->text().contains(u"Nothing to do: the order already is in that state."_s));
        // The seller reads further down the detail.
        auto *browser = child<QTextBrowser>(u"detailBrowser"_s);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton);
        QTest::keyClick(browser, Qt::Key_PageDown);
        QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);

        const DeskState before = state();
        QCOMPARE(before.currentId, id);
        QCOMPARE(before.selectedRows, 1);
        QCOMPARE(before.detailId, id);
        const QString number = model()->summary(row)->displayNumber();
        const Words english = shownWords();
        QCOMPARE(english.title, u"Orders"_s);
        QCOMPARE(english.confirmed, u"Confirmed"_s);
        screenshot(u"merchant-en-before.png"_s);
        checkNothingClipped(u"en"_s);

        switchTo(u"de"_s, QLocale(QLocale::German, QLocale::Germany),
                 {u"Bestellungen"_s, u"Bestellstatus"_s, u"CSV exportieren…"_s, u"Bestätigt"_s,
                  u" Bestellungen"_s, u"Bestätigen ("_s + number + u"): Nichts zu tun"_s, u"Deutschland"_s},
                 before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(child<QLineEdit>(u"orderSearchEdit"_s)->placeholderText(),
                 u"Bestellnr., PO, E-Mail, Name oder SKU suchen  (/)"_s);
        switchTo(u"fr"_s, QLocale(QLocale::French, QLocale::France),
                 {u"Commandes"_s, u"État de la commande"_s, u"Exporter en CSV…"_s, u"Confirmée"_s,
                  u" commandes"_s, u"Confirmer ("_s + number + u") : Rien à faire"_s, u"Allemagne"_s},
                 before);
        if (QTest::currentTestFailed())
            return;
        switchTo(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates),
                 {english.title, english.stateHeader, english.exportButton, english.confirmed, u" orders"_s,
                  u"Confirm ("_s + number + u"): Nothing to do"_s, u"Germany"_s},
                 before);
    }

    /// A dialog that is open when the language changes speaks the new one and keeps what was chosen in it.
    void openExportDialogRetranslates()
    {
        QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"exportDialog"_s)) && dialog->isVisible());
        auto *columns = dialog->findChild<QListWidget *>(u"exportColumnsList"_s);
        QListWidgetItem *first = columns->item(0);
        const int column = first->data(Qt::UserRole).toInt();
        const Qt::CheckState checked = first->checkState();
        first->setCheckState(checked == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        const QString path = m_data.filePath(u"chosen.csv"_s);
        auto *pathEdit = dialog->findChild<QLineEdit *>(u"exportPathEdit"_s);
        pathEdit->selectAll();
        QTest::keyClicks(pathEdit, path);

        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(dialog->windowTitle(), u"Bestellungen als CSV exportieren"_s);
        QCOMPARE(dialog->findChild<QPushButton *>(u"exportStartButton"_s)->text(), u"Exportieren"_s);
        QCOMPARE(columns->item(0)->data(Qt::UserRole).toInt(), column);
        QCOMPARE(columns->item(0)->checkState(), checked == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        QCOMPARE(columns->item(0)->text(),
                 OrderTableModel::columnTitle(merchant::OrderColumn(column))); // in German now
        QVERIFY(columns->item(0)->text() != QString());
        QCOMPARE(pathEdit->text(), path);
        screenshot(u"merchant-export-de.png"_s, dialog);

        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(dialog->windowTitle(), u"Export orders to CSV"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(u"exportDialog"_s));
    }
};

QTEST_MAIN(TestMerchantRetranslation)
#include "TestMerchantRetranslation.moc"
