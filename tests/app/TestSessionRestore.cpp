// SPDX-License-Identifier: MIT
// A buyer's session survives a restart of the app (issue 19 item 4): the storefront session's refresh token
// is kept in the real Secret Service (under scripts/with-secret-service.sh) per profile, so a buyer who was
// signed in is again after closing and reopening the app, with the cart; a guest keeps the cart; a buyer
// who signed out starts signed out. Driven through the real window with clicks and keys.
#include "app/MainWindow.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "models/ProductTableModel.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestSessionRestore : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app;

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_app.window()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    checkout::CartSession *cart() const { return m_app.backend()->cart(); }
    checkout::BuyerSession *buyer() const { return m_app.backend()->buyer(); }

    int cartLines() const { return cart()->cart() ? int(cart()->cart()->lineItems.size()) : 0; }

    /// Closes the app and starts it again, as the same user on the same machine.
    void restart()
    {
        m_app.stop();
        QVERIFY(m_app.start());
        cart()->setDebounceInterval(50);
    }

    /// Adds the first product with a single variant (one with several opens its detail instead).
    void addFirstProduct()
    {
        const int before = cartLines();
        auto *table = child<QTableView>(u"productTableView"_s);
        auto *products = qobject_cast<models::ProductTableModel *>(table->model());
        QTRY_VERIFY_WITH_TIMEOUT(m_app.backend()->catalog()->isSettled() && products->rowCount() > 0, 15000);
        int row = 0;
        while (row < products->rowCount() && products->product(row)->allVariants().size() != 1)
            ++row;
        QVERIFY(row < products->rowCount());
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::mouseClick(child<QPushButton>(u"addToCartButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cartLines() == before + 1 && !cart()->isBusy(), 15000);
    }

    void signIn(const QString &email, const QString &password)
    {
        QTest::mouseClick(child<QPushButton>(u"signInButton"_s), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app.window()->findChild<QDialog *>(u"signInDialog"_s)) &&
                    dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"signInEmailEdit"_s), email);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"signInPasswordEdit"_s), password);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"signInPasswordEdit"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(buyer()->isSignedIn(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!cart()->isBusy(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_app.start());
        cart()->setDebounceInterval(50);
    }

    void aGuestKeepsTheCartAcrossARestart()
    {
        addFirstProduct();
        const QString cartId = cart()->cart()->id;
        restart();
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart().has_value(), 15000);
        QCOMPARE(cart()->cart()->id, cartId);
        QCOMPARE(cartLines(), 1);
        QVERIFY(!buyer()->isSignedIn());
    }

    void aSignedInBuyerStaysSignedIn()
    {
        signIn(u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s);
        const QString customerId = buyer()->customerId();
        QVERIFY(!customerId.isEmpty());
        QVERIFY(cart()->cart().has_value());
        const QString cartId = cart()->cart()->id;
        restart();
        QTRY_VERIFY_WITH_TIMEOUT(buyer()->isSignedIn(), 20000);
        QCOMPARE(buyer()->customerId(), customerId);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"signedInLabel"_s)->toolTip().contains(u"shopper@"_s), 10000);
        QVERIFY(child<QPushButton>(u"signOutButton"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart().has_value() && !cart()->isBusy(), 15000);
        QCOMPARE(cart()->cart()->id, cartId);
        testsupport::saveScreenshot(m_app.window(), u"session-restored-signed-in.png"_s);
    }

    void aBuyerWhoSignedOutStartsSignedOut()
    {
        QTest::mouseClick(child<QPushButton>(u"signOutButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!buyer()->isSignedIn(), 15000);
        restart();
        // The app is ready and has asked for its session; nobody is signed in, and the bar offers sign-in.
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(u"signInButton"_s)->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.backend()->account()->isBusy() && !cart()->isBusy(), 15000);
        QVERIFY(!buyer()->isSignedIn());
        QCOMPARE(cartLines(), 0);
    }
};

QTEST_MAIN(TestSessionRestore)
#include "TestSessionRestore.moc"
