// SPDX-License-Identifier: MIT
// The B2B quick order dialog on the app's own services (testsupport::DesktopHarness: the composition root on
// its embedded sandbox), offscreen, as the demo B2B buyer of the company unit: typed lines with a bad
// quantity and an unknown SKU are marked in the preview and nothing reaches the cart; a pasted `sku,quantity`
// CSV is checked and added in one go, at the buyer's tier prices.
#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "app/storefront/QuickOrderDialog.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/QuickOrder.h"
#include "support/DesktopHarness.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"
#include "support/TestNetwork.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

/// The tier of `price` that applies to `quantity`, if any.
std::optional<core::PriceTier> tierFor(const core::Price &price, qint64 quantity)
{
    std::optional<core::PriceTier> best;
    for (const core::PriceTier &tier : price.tiers) {
        if (tier.minimumQuantity <= quantity && (!best || tier.minimumQuantity > best->minimumQuantity))
            best = tier;
    }
    return best;
}

} // namespace

class TestQuickOrderGui : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{demoFree()};
    checkout::BuyerSession *m_buyer = nullptr;
    checkout::CartSession *m_cart = nullptr;
    checkout::BuyerAccount *m_account = nullptr;
    checkout::QuickOrder *m_quickOrder = nullptr;
    /// The test's own reader of the catalog (the expected tier prices), kept apart from the app's services
    /// on purpose: an anonymous storefront client from harness.sandbox()->credentials().
    std::unique_ptr<api::ApiSession> m_referenceSession;
    std::unique_ptr<api::ProductProjectionClient> m_products;
    QStringList m_tieredSkus; ///< master SKUs of products sold with volume tiers (the industrial range)
    QHash<QString, qint64> m_baseCents; ///< price id → the price row's base value (before tiers)

    template<class T>
    T *child(QWidget *parent, const QString &name) const
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void saveScreenshot(QWidget *widget, const QString &name) { testsupport::saveScreenshot(widget, name); }

    static app::AppOptions demoFree()
    {
        app::AppOptions options;
        options.demoOrders = 0; // no demo orders needed here
        return options;
    }

    std::unique_ptr<app::QuickOrderDialog> openDialog()
    {
        auto dialog = std::make_unique<app::QuickOrderDialog>(m_quickOrder, m_tieredSkus);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    /// Clicks Check and waits for the preview of `rows` lines.
    bool check(app::QuickOrderDialog *dialog, int rows)
    {
        auto *preview = child<QTableWidget>(dialog, u"quickOrderPreviewTable"_s);
        preview->setRowCount(0);
        QTest::mouseClick(child<QPushButton>(dialog, u"quickOrderCheckButton"_s), Qt::LeftButton);
        return QTest::qWaitFor(
            [&] {
                return preview->rowCount() == rows &&
                       child<QPushButton>(dialog, u"quickOrderCheckButton"_s)->isEnabled();
            },
            15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        app::Backend *backend = m_app.backend();
        m_buyer = backend->buyer();
        m_cart = backend->cart();
        m_account = backend->account();
        m_quickOrder = backend->quickOrder();
        m_buyer->setMode(checkout::BuyerSession::Mode::B2B);
        m_cart->setDebounceInterval(20);
        const api::ConnectionConfig connection =
            testsupport::sandboxConnection(m_app.sandbox()->credentials(), u"storefront");
        QVERIFY(!connection.clientId.isEmpty());
        m_referenceSession = std::make_unique<api::ApiSession>(
            testsupport::testNetwork(), connection, api::OAuthTokenProvider::Grant::AnonymousSession);
        m_products = std::make_unique<api::ProductProjectionClient>(m_referenceSession->transport());

        QSignalSpy signedIn(m_account, &checkout::BuyerAccount::signedIn);
        m_account->signIn(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
        QVERIFY(signedIn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(m_buyer->actsForBusinessUnit(), 15000);
        QCOMPARE(m_buyer->businessUnitKey(), u"acme-industrial"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_cart->isBusy(), 15000);
        m_quickOrder->setBuyerContext(m_buyer->buyerContext());

        api::ProductSearchQuery query;
        query.limit = 200;
        m_buyer->buyerContext().applyPriceSelection(query);
        std::optional<api::Result<core::PagedResult<core::ProductProjection>>> found;
        m_products->search(query)->onFinished(this, [&found](const auto &r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 15000);
        QVERIFY(found->ok());
        for (const core::ProductProjection &product : found->value().results) {
            const auto &prices = product.masterVariant.prices;
            const bool tiered = std::any_of(prices.cbegin(), prices.cend(),
                                            [](const core::Price &p) { return !p.tiers.isEmpty(); });
            if (tiered && product.masterVariant.sku)
                m_tieredSkus << *product.masterVariant.sku;
            for (const core::Price &price : prices)
                m_baseCents.insert(price.id, price.value.centAmount());
        }
        QVERIFY2(m_tieredSkus.size() >= 3, "the demo catalog has no tiered (industrial) products");
    }

    void cleanupTestCase()
    {
        m_products.reset();
        m_referenceSession.reset();
        m_app.stop();
    }

    void typedLinesWithProblemsAreMarkedAndNothingIsAdded()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        // One good line through the SKU + quantity entry…
        auto *sku = child<QLineEdit>(dialog.get(), u"quickOrderSkuEdit"_s);
        sku->setFocus();
        QTest::keyClicks(sku, m_tieredSkus.first());
        auto *quantity = child<QSpinBox>(dialog.get(), u"quickOrderQuantitySpinBox"_s);
        quantity->setValue(12);
        QTest::mouseClick(child<QPushButton>(dialog.get(), u"quickOrderAddLineButton"_s), Qt::LeftButton);
        // …and two typed straight into the lines: an unknown SKU and a bad quantity.
        auto *lines = child<QPlainTextEdit>(dialog.get(), u"quickOrderCsvEdit"_s);
        lines->setFocus();
        lines->moveCursor(QTextCursor::End);
        QTest::keyClick(lines, Qt::Key_Return);
        QTest::keyClicks(lines, u"NO-SUCH-SKU-404,3"_s);
        QTest::keyClick(lines, Qt::Key_Return);
        QTest::keyClicks(lines, m_tieredSkus.at(1) + u",twelve"_s);
        QVERIFY(check(dialog.get(), 3));

        auto *preview = child<QTableWidget>(dialog.get(), u"quickOrderPreviewTable"_s);
        const auto status = [preview](int row) { return preview->item(row, 3)->text(); };
        QCOMPARE(preview->item(0, 1)->text(), m_tieredSkus.first());
        QCOMPARE(status(0), u"OK"_s);
        QCOMPARE(preview->item(1, 1)->text(), u"NO-SUCH-SKU-404"_s);
        QCOMPARE(status(1), checkout::QuickOrder::describe(checkout::QuickOrderLine::Problem::UnknownSku));
        QCOMPARE(preview->item(2, 2)->text(), u"twelve"_s);
        QCOMPARE(status(2), checkout::QuickOrder::describe(checkout::QuickOrderLine::Problem::BadQuantity));
        // The marked rows stand out from the good one.
        QVERIFY(preview->item(1, 1)->foreground() != preview->item(0, 1)->foreground());
        QVERIFY(preview->item(2, 1)->foreground() != preview->item(0, 1)->foreground());
        QCOMPARE(child<QLabel>(dialog.get(), u"quickOrderSummaryLabel"_s)->text(),
                 u"1 of 3 lines can be added."_s);
        saveScreenshot(dialog.get(), u"quick-order-problems.png"_s);

        // Checking adds nothing; closing the dialog adds nothing either.
        dialog->reject();
        QVERIFY(!m_cart->isBusy()); // an add would be queued (busy) synchronously by now
        QVERIFY(!m_cart->cart().has_value() || m_cart->cart()->lineItems.isEmpty());
    }

    void pastedCsvIsAddedAtTierPrices()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        const QMap<QString, qint64> wanted{
            {m_tieredSkus.at(0), 12}, {m_tieredSkus.at(1), 100}, {m_tieredSkus.at(2), 10}};
        QString csv = u"sku,quantity\n"_s;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            csv += it.key() + u',' + QString::number(it.value()) + u'\n';
        QGuiApplication::clipboard()->setText(csv);
        auto *lines = child<QPlainTextEdit>(dialog.get(), u"quickOrderCsvEdit"_s);
        lines->setFocus();
        QTest::keySequence(lines, QKeySequence::Paste);
        QCOMPARE(lines->toPlainText().trimmed(), csv.trimmed());
        QVERIFY(check(dialog.get(), 3));
        auto *add = child<QPushButton>(dialog.get(), u"quickOrderAddButton"_s);
        QVERIFY(add->isEnabled());
        saveScreenshot(dialog.get(), u"quick-order-csv.png"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(m_cart->cart() && !m_cart->isBusy(), 15000);
        const core::Cart &cart = *m_cart->cart();
        QCOMPARE(cart.lineItems.size(), 3);
        QVERIFY(cart.businessUnit.has_value());
        if (!cart.customerGroup)
            qInfo(
                "note: the unit's cart has no customerGroup, so the b2b customer-group prices are not used");
        for (const core::LineItem &line : cart.lineItems) {
            const QString sku = line.variant.sku.value_or(QString());
            QCOMPARE(line.quantity, wanted.value(sku));
            const auto tier = tierFor(line.price, line.quantity);
            QVERIFY2(tier.has_value(), qPrintable(u"no tier applies to "_s + sku));
            // The platform charged the tier's unit price for the whole quantity…
            QCOMPARE(line.totalPrice.centAmount(), tier->value.centAmount() * line.quantity);
            // …and the tier is a real volume step below the catalog price row's base value.
            QVERIFY(m_baseCents.contains(line.price.id));
            QCOMPARE(line.price.value, tier->value);
            QVERIFY2(tier->minimumQuantity > 1 && tier->value.centAmount() < m_baseCents.value(line.price.id),
                     qPrintable(u"%1: tier %2 from %3, base %4"_s.arg(sku)
                                    .arg(tier->value.centAmount())
                                    .arg(tier->minimumQuantity)
                                    .arg(m_baseCents.value(line.price.id))));
        }
    }
};

QTEST_MAIN(TestQuickOrderGui)
#include "TestQuickOrderGui.moc"
