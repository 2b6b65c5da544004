// SPDX-License-Identifier: MIT
// Issue 20 ("partial search … with an empty-state message"): on the real MainWindow with the embedded
// demo store, a seller's search that finds nothing says so in the table — naming the search and how to
// see every order again — in the chosen language, and the words go once the search is cleared.
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestMerchantEmptyList : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app;
    app::Translations m_translations;

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    template<class T>
    T *child(const QString &name) const
    {
        T *widget = pane()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLabel *notice() const { return child<QLabel>(u"emptyListNotice"_s); }

    /// Types `text` into the search as a seller does and waits for the list it loads.
    void search(const QString &text)
    {
        auto *edit = child<QLineEdit>(u"orderSearchEdit"_s);
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier); // the merchant pane
        QTRY_VERIFY_WITH_TIMEOUT(pane()->orderModel() && pane()->orderModel()->rowCount() > 0 &&
                                     !pane()->session()->isLoading(),
                                 60000);
        QVERIFY(!notice()->isVisible()); // the demo store has orders
    }

    void cleanupTestCase() { m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aSearchThatFindsNothingSaysSo()
    {
        search(u"no-such-order-4711"_s);
        QCOMPARE(pane()->orderModel()->rowCount(), 0);
        QTRY_VERIFY(notice()->isVisible());
        QVERIFY2(notice()->text().contains(u"No orders match “no-such-order-4711”"_s),
                 qPrintable(notice()->text()));
        QVERIFY(notice()->text().contains(u"clear the search and filters"_s));
        // No order is chosen, so nothing can be confirmed, completed, cancelled or printed.
        for (const QString &name :
             {u"confirmButton"_s, u"completeButton"_s, u"cancelOrderButton"_s, u"shipmentButton"_s,
              u"paymentButton"_s, u"addDeliveryButton"_s, u"printButton"_s})
            QVERIFY2(!m_app.window()->findChild<QWidget *>(name)->isEnabled(), qPrintable(name));
        // The words are readable: inside the table, not cut.
        QVERIFY(child<QTableView>(u"ordersTable"_s)->viewport()->rect().contains(notice()->geometry()));
        testsupport::saveScreenshot(m_app.window(), u"merchant-empty-search.png"_s);
    }

    void theNoticeFollowsTheLanguage()
    {
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_VERIFY2(notice()->text().contains(u"Keine Bestellungen passen zu „no-such-order-4711“"_s),
                     qPrintable(notice()->text()));
        QVERIFY(m_translations.apply(QLocale(QLocale::French, QLocale::France)));
        QTRY_VERIFY2(notice()->text().contains(u"Aucune commande ne correspond à « no-such-order-4711 »"_s),
                     qPrintable(notice()->text()));
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void clearingTheSearchBringsTheOrdersBack()
    {
        search(QString());
        QVERIFY(pane()->orderModel()->rowCount() > 0);
        QVERIFY(!notice()->isVisible());
        QTRY_VERIFY(child<QTableView>(u"ordersTable"_s)->currentIndex().isValid()); // the first row is chosen
        QVERIFY(m_app.window()->findChild<QWidget *>(u"confirmButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestMerchantEmptyList)
#include "TestMerchantEmptyList.moc"
