// SPDX-License-Identifier: MIT
// The window fits its default size (MainWindow.ui: 1200×760) in every language the app ships, with both
// panes: a QStackedWidget is as wide as its widest page, so one pane's long German labels would force
// the whole window wider than a laptop screen — and beyond the size the texts are judged at.
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/storefront/StorefrontPane.h"
#include "support/DesktopHarness.h"

#include <QComboBox>
#include <QLayout>
#include <QStyle>
#include <QStyleOptionComboBox>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {
constexpr QSize kDefaultSize(1200, 760);

// The widest descendants of `root` whose minimum width is more than `limit`, for the failure message.
QString wideChildren(QWidget *root, int limit)
{
    QStringList out;
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        const int width = std::max(child->minimumSizeHint().width(), child->minimumWidth());
        if (width > limit && !child->objectName().isEmpty())
            out << u"%1 (%2) %3"_s
                       .arg(child->objectName(), QString::fromLatin1(child->metaObject()->className()))
                       .arg(width);
    }
    return out.join(u", "_s);
}
} // namespace

class TestWindowFits : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app;
    app::Translations m_translations;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_app.start(kDefaultSize)); }

    void cleanupTestCase() { m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bothPanesFitTheDefaultWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en_US"_s;
        QTest::newRow("de") << u"de_DE"_s;
        QTest::newRow("fr") << u"fr_FR"_s;
    }

    void bothPanesFitTheDefaultWindow()
    {
        QFETCH(QString, language);
        m_translations.apply(QLocale(language));
        app::MainWindow *window = m_app.window();
        QCoreApplication::processEvents(); // the language change reaches every widget
        window->layout()->activate();
        const int storefront = window->storefront()->minimumSizeHint().width();
        const int merchant = window->merchant()->minimumSizeHint().width();
        const int whole = window->minimumSizeHint().width();
        QVERIFY2(
            whole <= kDefaultSize.width(),
            qPrintable(u"window %1 px wide at least (storefront %2, merchant %3); too wide: %4"_s.arg(whole)
                           .arg(storefront)
                           .arg(merchant)
                           .arg(wideChildren(window, 300))));
        QVERIFY2(window->minimumSizeHint().height() <= kDefaultSize.height(),
                 qPrintable(QString::number(window->minimumSizeHint().height())));

        // The storefront's sort box shows its default entry whole in this language ("Relevanz" was cut).
        auto *sort = window->storefront()->findChild<QComboBox *>(u"sortCombo"_s);
        QVERIFY(sort);
        QTRY_VERIFY(sort->isVisible());
        QCOMPARE(sort->currentIndex(), 0);
        QStyleOptionComboBox option;
        option.initFrom(sort);
        option.rect = sort->rect();
        const QRect field =
            sort->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, sort);
        const int needed = sort->fontMetrics().horizontalAdvance(sort->currentText());
        QVERIFY2(field.width() >= needed,
                 qPrintable(u"\"%1\" needs %2 px, the box shows %3"_s.arg(sort->currentText())
                                .arg(needed)
                                .arg(field.width())));
    }
};

QTEST_MAIN(TestWindowFits)
#include "TestWindowFits.moc"
