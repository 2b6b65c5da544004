// SPDX-License-Identifier: MIT
#include "app/storefront/StorefrontPane.h"

#include "app/ErrorPresenter.h"
#include "app/storefront/BuyerBar.h"
#include "app/storefront/CartPanel.h"
#include "app/storefront/CheckoutView.h"
#include "app/storefront/QuickOrderDialog.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/QuickOrder.h"
#include "models/ProductTableModel.h"
#include "ui_StorefrontPane.h"

#include <QHeaderView>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

StorefrontPane::StorefrontPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StorefrontPane>())
    , m_model(new models::ProductTableModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->setStyleSheet(u"QLabel { color: #8a1c1c; background: #fdecea; padding: 6px; "
                                    u"border-radius: 4px; }"_s);
    m_ui->errorLabel->hide();

    m_ui->productTableView->setModel(m_model);
    QHeaderView *header = m_ui->productTableView->horizontalHeader();
    header->setSectionResizeMode(models::ProductTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(models::ProductTableModel::SkuColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ProductTableModel::VariantsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ProductTableModel::PriceColumn, QHeaderView::ResizeToContents);
    m_ui->productTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->productTableView->fontMetrics().height() + 10);

    m_ui->addToCartButton->setEnabled(false);
    connect(m_ui->addToCartButton, &QPushButton::clicked, this, &StorefrontPane::addSelectedToCart);
    connect(m_ui->productTableView, &QTableView::activated, this, &StorefrontPane::addSelectedToCart);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(addShortcut, &QShortcut::activated, this, &StorefrontPane::addSelectedToCart);

    m_ui->searchEdit->setEnabled(false);
    m_ui->resultCountLabel->setText(tr("Connecting…"));
    setLoading(true);
    setFocusProxy(m_ui->searchEdit);
}

StorefrontPane::~StorefrontPane() = default;

void StorefrontPane::setCatalog(checkout::CatalogBrowser *catalog)
{
    m_catalog = catalog;
    m_model->setLocale(QLocale());
    connect(catalog, &checkout::CatalogBrowser::resultsReady, this, &StorefrontPane::onResults);
    connect(catalog, &checkout::CatalogBrowser::searchFailed, this, &StorefrontPane::onFailed);
    connect(catalog, &checkout::CatalogBrowser::loadingChanged, this, &StorefrontPane::setLoading);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, catalog, &checkout::CatalogBrowser::setSearchText);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, catalog, &checkout::CatalogBrowser::refresh);
    m_ui->searchEdit->setEnabled(true);
    m_ui->resultCountLabel->clear();
    catalog->refresh();
}

void StorefrontPane::setCommerce(checkout::BuyerSession *buyer, checkout::BuyerAccount *account,
                                 checkout::CartSession *cart, checkout::CheckoutFlow *flow)
{
    m_buyerBar = new BuyerBar(buyer, account);
    m_ui->paneLayout->insertWidget(1, m_buyerBar);
    connect(buyer, &checkout::BuyerSession::contextChanged, this, [this, buyer] {
        if (m_catalog)
            m_catalog->setBuyerContext(buyer->buyerContext());
    });
    m_cart = cart;
    m_flow = flow;
    m_buyer = buyer;
    m_cartPanel = new CartPanel;
    m_cartPanel->setCartSession(cart, buyer->locale());
    m_ui->browseSplitter->addWidget(m_cartPanel);
    m_ui->browseSplitter->setStretchFactor(0, 3);
    m_ui->browseSplitter->setStretchFactor(1, 2);
    m_checkoutView = new CheckoutView(flow, cart, buyer);
    m_ui->checkoutLayout->addWidget(m_checkoutView);
    connect(m_cartPanel, &CartPanel::checkoutRequested, this, &StorefrontPane::showCheckout);
    connect(m_checkoutView, &CheckoutView::closeRequested, this, &StorefrontPane::showCatalog);
    m_ui->addToCartButton->setEnabled(true);
    cart->load();
}

void StorefrontPane::setQuickOrder(checkout::QuickOrder *quickOrder)
{
    m_quickOrder = quickOrder;
    m_quickOrderButton = new QPushButton(tr("&Quick order…"));
    m_quickOrderButton->setObjectName(u"quickOrderButton"_s);
    m_quickOrderButton->setToolTip(tr("Order by SKU, or paste a CSV of SKUs and quantities"));
    m_ui->addToCartLayout->addWidget(m_quickOrderButton);
    connect(m_quickOrderButton, &QPushButton::clicked, this, &StorefrontPane::openQuickOrder);
    const auto follow = [this] { m_quickOrderButton->setVisible(m_buyer && m_buyer->actsForBusinessUnit()); };
    if (m_buyer)
        connect(m_buyer, &checkout::BuyerSession::contextChanged, m_quickOrderButton, follow);
    follow();
}

void StorefrontPane::openQuickOrder()
{
    if (!m_quickOrder)
        return;
    QStringList skus;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const core::ProductVariant &variant : m_model->product(row)->allVariants()) {
            if (variant.sku)
                skus << *variant.sku;
        }
    }
    if (m_buyer)
        m_quickOrder->setBuyerContext(m_buyer->buyerContext());
    auto *dialog = new QuickOrderDialog(m_quickOrder, skus, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StorefrontPane::addSelectedToCart()
{
    const QModelIndex current = m_ui->productTableView->currentIndex();
    const core::ProductProjection *product = current.isValid() ? m_model->product(current.row()) : nullptr;
    if (!m_cart || !product)
        return;
    m_cart->addVariant(product->id, product->masterVariant.id, m_ui->quantitySpinBox->value());
}

void StorefrontPane::showCheckout()
{
    if (!m_flow || !m_cart || !m_cart->cart())
        return;
    m_cart->flush();
    m_flow->start();
    m_ui->titleLabel->setText(tr("Checkout"));
    m_ui->storefrontStack->setCurrentWidget(m_ui->checkoutPage);
}

void StorefrontPane::showCatalog()
{
    m_ui->titleLabel->setText(tr("Catalog"));
    m_ui->storefrontStack->setCurrentWidget(m_ui->browsePage);
    m_ui->searchEdit->setFocus();
}

void StorefrontPane::showUnavailable(const QString &message)
{
    setLoading(false);
    m_ui->resultCountLabel->clear();
    showError(message);
    Q_EMIT catalogShown();
}

void StorefrontPane::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void StorefrontPane::onResults(const QList<core::ProductProjection> &products, qint64 total)
{
    m_ui->errorLabel->hide();
    m_model->resetProducts(products);
    if (total == 0)
        m_ui->resultCountLabel->setText(tr("No products match"));
    else if (total > products.size())
        m_ui->resultCountLabel->setText(
            tr("%1 of %2 products").arg(QLocale().toString(products.size()), QLocale().toString(total)));
    else if (total == 1)
        m_ui->resultCountLabel->setText(tr("1 product"));
    else
        m_ui->resultCountLabel->setText(tr("%1 products").arg(QLocale().toString(total)));
    Q_EMIT catalogShown();
}

void StorefrontPane::onFailed(const api::ApiError &error)
{
    showError(ErrorPresenter::describe(error));
    Q_EMIT catalogShown();
}

void StorefrontPane::setLoading(bool loading)
{
    // Keep the layout steady: the bar keeps its space while hidden.
    QSizePolicy policy = m_ui->searchProgressBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_ui->searchProgressBar->setSizePolicy(policy);
    m_ui->searchProgressBar->setVisible(loading);
}

void StorefrontPane::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace commercedesk::app
