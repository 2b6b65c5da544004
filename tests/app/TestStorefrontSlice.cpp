// SPDX-License-Identifier: MIT
// The first running slice end to end: main window → embedded sandbox on a loopback port → anonymous token →
// product-projections/search → model → table, with the search box filtering for real. By default the
// storefront goes through the orchestrator started beside the sandbox and holds no commercetools credential.
#include "app/MainWindow.h"
#include "app/storefront/StorefrontPane.h"
#include "checkout/CatalogBrowser.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestStorefrontSlice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    testsupport::DesktopHarness m_app;
    app::MainWindow *m_window = nullptr;
    app::Backend *backend() const { return m_app.backend(); }

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    QStringList visibleNames() const
    {
        const QAbstractItemModel *model = child<QTableView>(u"productTableView"_s)->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

    void search(const QString &text)
    {
        QSignalSpy shown(m_window->storefront(), &app::StorefrontPane::catalogShown);
        auto *edit = child<QLineEdit>(u"searchEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, text);
        QVERIFY(shown.wait(10000));
        // Typing fires one debounced search; nothing stale may arrive afterwards. The keystrokes were all
        // delivered before the debounce fired, so once no list request is in flight none can follow.
        QTRY_VERIFY_WITH_TIMEOUT(backend()->catalog()->isSettled(), 10000);
        QCOMPARE(shown.count(), 1);
    }

    void saveScreenshot(const QString &name) { testsupport::saveScreenshot(m_window, name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_app.start(QSize(1200, 760), 30000));
        m_window = m_app.window();
    }

    void cleanupTestCase() { m_app.stop(); }

    void theBuyerHoldsNoCommercetoolsCredential()
    {
        if (qEnvironmentVariable("COMMERCEDESK_STOREFRONT") == u"direct"_s)
            QSKIP("COMMERCEDESK_STOREFRONT=direct: the storefront API client is the buyer's credential");
        QVERIFY(backend()->isOrchestrated());
        const api::ConnectionConfig buyer = backend()->buyerConnection();
        QVERIFY(buyer.orchestrator);
        QVERIFY(buyer.clientId.isEmpty() && buyer.clientSecret.isEmpty() && buyer.projectKey.isEmpty());
        QVERIFY(buyer.authUrl.isEmpty());
        QCOMPARE(buyer.apiUrl.host(), u"127.0.0.1"_s);
        QVERIFY(buyer.apiUrl.port() != m_app.sandbox()->credentials().apiUrl.port());
    }

    void showsTheSeededCatalog()
    {
        const QStringList names = visibleNames();
        QVERIFY2(names.size() >= 20, qPrintable(names.join(u", ")));
        QVERIFY(!child<QLabel>(u"errorLabel"_s)->isVisible());
        QVERIFY2(child<QLabel>(u"resultCountLabel"_s)->text().contains(u"products"_s),
                 qPrintable(child<QLabel>(u"resultCountLabel"_s)->text()));
        QVERIFY(child<QLabel>(u"connectionLabel"_s)->text().contains(u"127.0.0.1"_s));
        // Sorted by name when there is no search text.
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
        // Prices were selected for the buyer's context (EUR, DE).
        const QAbstractItemModel *model = child<QTableView>(u"productTableView"_s)->model();
        QVERIFY(model->index(0, 3).data().toString().contains(u"€"_s));
        saveScreenshot(u"storefront-catalog.png"_s);
    }

    void searchFiltersTheCatalog_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one word") << u"drill"_s;
        QTest::newRow("mixed case") << u"Gloves"_s;
    }

    void searchFiltersTheCatalog()
    {
        QFETCH(QString, text);
        const int before = int(visibleNames().size());
        search(text);
        const QStringList names = visibleNames();
        QVERIFY2(!names.isEmpty(), qPrintable(text));
        QVERIFY(names.size() < before || before < 50);
        for (const QString &name : names)
            QVERIFY2(name.contains(text, Qt::CaseInsensitive), qPrintable(name + u" ∌ "_s + text));
        if (qstrcmp(QTest::currentDataTag(), "one word") == 0)
            saveScreenshot(u"storefront-search.png"_s);
    }

    void searchWithoutMatchesSaysSo()
    {
        search(u"zzqxv"_s);
        QCOMPARE(visibleNames().size(), 0);
        QCOMPARE(child<QLabel>(u"resultCountLabel"_s)->text(), u"No products match"_s);
    }

    void clearingTheSearchShowsEverythingAgain()
    {
        search(u"drill"_s);
        const auto filtered = visibleNames().size();
        QSignalSpy shown(m_window->storefront(), &app::StorefrontPane::catalogShown);
        child<QLineEdit>(u"searchEdit"_s)->clear();
        QVERIFY(shown.wait(10000));
        QVERIFY(visibleNames().size() > filtered);
    }
};

QTEST_MAIN(TestStorefrontSlice)
#include "TestStorefrontSlice.moc"
