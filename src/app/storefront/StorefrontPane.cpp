// SPDX-License-Identifier: MIT
#include "app/storefront/StorefrontPane.h"

#include "app/ErrorPresenter.h"
#include "app/NoticeBar.h"
#include "app/storefront/BuyerBar.h"
#include "app/storefront/CartPanel.h"
#include "app/storefront/CheckoutView.h"
#include "app/storefront/FacetPanel.h"
#include "app/storefront/OrderHistoryView.h"
#include "app/storefront/ProductDetailDialog.h"
#include "app/storefront/ProductGridDelegate.h"
#include "app/storefront/ProductListDelegate.h"
#include "app/storefront/QuickOrderDialog.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/ImageLoader.h"
#include "checkout/QuickOrder.h"
#include "checkout/Reorder.h"
#include "models/ProductTableModel.h"
#include "ui_StorefrontPane.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

const auto kViewSetting = QLatin1StringView("storefront/resultsView");
constexpr int kListIconSide = 32;

QImage placeholderImage()
{
    QImage image(kListIconSide, kListIconSide, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe4, 0xe6, 0xea));
    painter.drawRoundedRect(QRectF(1, 1, kListIconSide - 2, kListIconSide - 2), 4, 4);
    return image;
}

} // namespace

StorefrontPane::StorefrontPane(const StorefrontServices &services, QWidget *parent)
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
    m_notice = new NoticeBar;
    m_notice->setObjectName(u"storefrontNotice"_s);
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->errorLabel->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->errorLabel), m_notice);

    m_ui->productTableView->setModel(m_model);
    QHeaderView *header = m_ui->productTableView->horizontalHeader();
    header->setSectionResizeMode(models::ProductTableModel::NameColumn, QHeaderView::Stretch);
    // SKUs are long ("ELC-LIGHTNING-CABLE-BASIC-BLACK"): a fixed, resizable width, so the name keeps the
    // room.
    header->setSectionResizeMode(models::ProductTableModel::SkuColumn, QHeaderView::Interactive);
    header->resizeSection(models::ProductTableModel::SkuColumn,
                          m_ui->productTableView->fontMetrics().horizontalAdvance(u'M') * 9);
    header->setSectionResizeMode(models::ProductTableModel::VariantsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ProductTableModel::PriceColumn, QHeaderView::ResizeToContents);
    m_ui->productTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->productTableView->fontMetrics().height() + 10);

    m_ui->productTableView->setIconSize({kListIconSide, kListIconSide});
    m_ui->productTableView->setItemDelegate(new ProductListDelegate(m_ui->productTableView));
    m_ui->productTableView->verticalHeader()->setDefaultSectionSize(
        std::max(m_ui->productTableView->fontMetrics().height() + 10, kListIconSide + 4));
    m_model->setPlaceholder(placeholderImage());
    m_ui->productGridView->setModel(m_model);
    m_ui->productGridView->setModelColumn(models::ProductTableModel::NameColumn);
    m_ui->productGridView->setSelectionModel(m_ui->productTableView->selectionModel());
    m_ui->productGridView->setItemDelegate(new ProductGridDelegate(m_ui->productGridView));

    for (const auto sort :
         {checkout::CatalogQuery::Sort::Relevance, checkout::CatalogQuery::Sort::Name,
          checkout::CatalogQuery::Sort::PriceAscending, checkout::CatalogQuery::Sort::PriceDescending,
          checkout::CatalogQuery::Sort::Newest})
        m_ui->sortCombo->addItem(QString(), int(sort));
    m_ui->sortCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    retranslate();
    m_ui->sortCombo->setEnabled(false);

    m_facetPanel = new FacetPanel;
    m_ui->browseSplitter->insertWidget(0, m_facetPanel);
    m_ui->browseSplitter->setStretchFactor(0, 1);
    m_ui->browseSplitter->setStretchFactor(1, 3);
    m_facetPanel->setEnabled(false);

    m_ui->listViewButton->setChecked(true);
    connect(m_ui->listViewButton, &QToolButton::clicked, this, [this] { setResultsView(ResultsView::List); });
    connect(m_ui->gridViewButton, &QToolButton::clicked, this, [this] { setResultsView(ResultsView::Grid); });
    auto *listShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(listShortcut, &QShortcut::activated, this, [this] { setResultsView(ResultsView::List); });
    auto *gridShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
    connect(gridShortcut, &QShortcut::activated, this, [this] { setResultsView(ResultsView::Grid); });

    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ui->productTableView),
                                    static_cast<QAbstractItemView *>(m_ui->productGridView)}) {
        connect(view, &QAbstractItemView::activated, this, [this] { openProductDetail(); });
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, view] { fetchMoreNearEnd(view); });
    }

    // Add to cart is offered only for a chosen product: a click on it with nothing chosen would do nothing.
    m_ui->addToCartButton->setEnabled(false);
    connect(m_ui->productTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StorefrontPane::updateAddToCart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StorefrontPane::updateAddToCart);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StorefrontPane::updateAddToCart);
    connect(m_ui->addToCartButton, &QPushButton::clicked, this, &StorefrontPane::addSelectedToCart);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(addShortcut, &QShortcut::activated, this, &StorefrontPane::addSelectedToCart);

    m_ui->searchEdit->setEnabled(false);
    m_ui->resultCountLabel->setText(tr("Connecting…"));
    setLoading(true);
    setFocusProxy(m_ui->searchEdit);

    m_images = services.images;
    m_settings = services.settings;
    if (services.catalog)
        setCatalog(services.catalog);
    if (services.buyer && services.account && services.cart && services.checkout)
        setCommerce(services.buyer, services.account, services.cart, services.checkout);
    if (services.quickOrder)
        setQuickOrder(services.quickOrder);
    if (services.orderHistory && services.reorder)
        setOrderHistory(services.orderHistory, services.reorder);
}

StorefrontPane::~StorefrontPane() = default;

void StorefrontPane::fitSortCombo()
{
    QComboBox *combo = m_ui->sortCombo;
    const QFontMetrics metrics = combo->fontMetrics();
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(combo->itemText(i)));
    // The box's own frame, padding and arrow: what its size hint adds to its widest entry.
    const int chrome = combo->sizeHint().width() - widest;
    // The first entry, the default ("Relevanz", "Pertinence"), always reads whole; a longer one the buyer
    // picks may need more room than the default window gives the column, and then gets what there is.
    combo->setMinimumWidth(metrics.horizontalAdvance(combo->itemText(0)) + std::max(chrome, 0));
}

/// Texts set in code (the .ui's own come from retranslateUi()).
void StorefrontPane::retranslate()
{
    const QStringList sorts{tr("Relevance"), tr("Name"), tr("Price: low to high"), tr("Price: high to low"),
                            tr("Newest")};
    for (int i = 0; i < sorts.size() && i < m_ui->sortCombo->count(); ++i)
        m_ui->sortCombo->setItemText(i, sorts.at(i));
    fitSortCombo();
    if (m_quickOrderButton) {
        m_quickOrderButton->setText(tr("&Quick order…"));
        m_quickOrderButton->setToolTip(tr("Order by SKU, or paste a CSV of SKUs and quantities"));
    }
    showTitle();
}

void StorefrontPane::showTitle()
{
    QWidget *page = m_ui->storefrontStack->currentWidget();
    if (page == m_ui->checkoutPage)
        m_ui->titleLabel->setText(tr("Checkout"));
    else if (m_orderHistoryView && page == m_orderHistoryView)
        m_ui->titleLabel->setText(tr("My orders"));
    else
        m_ui->titleLabel->setText(tr("Catalog"));
}

void StorefrontPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_catalog) {
            m_model->setLocale(QLocale());
            showResultCount();
        } else {
            m_ui->resultCountLabel->setText(tr("Connecting…"));
        }
        if (m_buyer)
            m_buyer->setLocale(QLocale().name().section(u'_', 0, 0));
        if (m_cartPanel && m_buyer)
            m_cartPanel->setLanguage(m_buyer->locale());
    }
    QWidget::changeEvent(event);
}

void StorefrontPane::setResultsView(ResultsView view)
{
    const bool grid = view == ResultsView::Grid;
    QAbstractItemView *from = currentView();
    m_ui->resultsStack->setCurrentWidget(grid ? m_ui->gridPage : m_ui->listPage);
    m_ui->gridViewButton->setChecked(grid);
    m_ui->listViewButton->setChecked(!grid);
    QAbstractItemView *to = currentView();
    if (from->hasFocus())
        to->setFocus();
    if (to->currentIndex().isValid())
        to->scrollTo(to->currentIndex());
    if (m_settings)
        m_settings->setValue(kViewSetting, grid ? u"grid"_s : u"list"_s);
}

StorefrontPane::ResultsView StorefrontPane::resultsView() const
{
    return m_ui->resultsStack->currentWidget() == m_ui->gridPage ? ResultsView::Grid : ResultsView::List;
}

QAbstractItemView *StorefrontPane::currentView() const
{
    if (resultsView() == ResultsView::Grid)
        return m_ui->productGridView;
    return m_ui->productTableView;
}

void StorefrontPane::fetchMoreNearEnd(QAbstractItemView *view)
{
    const QScrollBar *bar = view->verticalScrollBar();
    if (view != currentView() || bar->maximum() <= 0)
        return;
    if (bar->value() >= bar->maximum() - bar->pageStep() / 2 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void StorefrontPane::updateAddToCart()
{
    const QModelIndex current = m_ui->productTableView->currentIndex();
    m_ui->addToCartButton->setEnabled(m_cart && current.isValid() && m_model->product(current.row()));
}

ProductDetailDialog *StorefrontPane::openProductDetail()
{
    const QModelIndex current = currentView()->currentIndex();
    const core::ProductProjection *product = current.isValid() ? m_model->product(current.row()) : nullptr;
    if (!product)
        return nullptr;
    auto *dialog = new ProductDetailDialog(*product, QLocale(), m_images, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDetailDialog::addToCartRequested, this,
            [this](const QString &productId, int variantId, int quantity) {
                if (m_cart)
                    m_cart->addVariant(productId, variantId, quantity);
            });
    dialog->open();
    return dialog;
}

void StorefrontPane::setCatalog(checkout::CatalogBrowser *catalog)
{
    m_catalog = catalog;
    m_model->setLocale(QLocale());
    if (m_images) {
        m_model->setImageLookup([images = m_images](const QUrl &url) { return images->image(url); });
        connect(m_images, &checkout::ImageLoader::imageReady, m_model,
                &models::ProductTableModel::imageArrived);
    }
    connect(m_model, &models::ProductTableModel::fetchMoreRequested, catalog,
            &checkout::CatalogBrowser::fetchMore);
    connect(catalog, &checkout::CatalogBrowser::moreResultsReady, this, &StorefrontPane::onMoreResults);
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, catalog, [this, catalog] {
        catalog->setSort(checkout::CatalogQuery::Sort(m_ui->sortCombo->currentData().toInt()));
    });
    m_ui->sortCombo->setEnabled(true);
    m_facetPanel->setCatalog(catalog);
    m_facetPanel->setEnabled(true);
    const bool grid = m_settings && m_settings->value(kViewSetting).toString() == u"grid"_s;
    setResultsView(grid ? ResultsView::Grid : ResultsView::List);
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
    m_buyerBar->setCart(cart);
    m_ui->paneLayout->insertWidget(1, m_buyerBar);
    connect(buyer, &checkout::BuyerSession::contextChanged, this, [this, buyer] {
        if (m_catalog)
            m_catalog->setBuyerContext(buyer->buyerContext());
    });
    m_cart = cart;
    m_flow = flow;
    m_buyer = buyer;
    buyer->setLocale(QLocale().name().section(u'_', 0, 0)); // product names in the UI's language
    m_cartPanel = new CartPanel;
    m_cartPanel->setCartSession(cart, buyer->locale());
    m_ui->browseSplitter->addWidget(m_cartPanel);
    // Facets | results | cart: the results take what the window gives beyond the two columns' own width, so
    // product names stay readable at the default window size.
    m_ui->browseSplitter->setStretchFactor(0, 0);
    m_ui->browseSplitter->setStretchFactor(1, 1);
    m_ui->browseSplitter->setStretchFactor(2, 0);
    m_checkoutView = new CheckoutView(flow, cart, buyer);
    m_checkoutView->setAccount(account);
    m_ui->checkoutLayout->addWidget(m_checkoutView);
    connect(m_cartPanel, &CartPanel::checkoutRequested, this, &StorefrontPane::showCheckout);
    connect(m_checkoutView, &CheckoutView::closeRequested, this, &StorefrontPane::showCatalog);
    updateAddToCart();
    cart->load();
}

void StorefrontPane::setQuickOrder(checkout::QuickOrder *quickOrder)
{
    m_quickOrder = quickOrder;
    m_quickOrderButton = new QPushButton;
    m_quickOrderButton->setObjectName(u"quickOrderButton"_s);
    retranslate();
    m_ui->addToCartLayout->addWidget(m_quickOrderButton);
    connect(m_quickOrderButton, &QPushButton::clicked, this, &StorefrontPane::openQuickOrder);
    const auto follow = [this] { m_quickOrderButton->setVisible(m_buyer && m_buyer->actsForBusinessUnit()); };
    if (m_buyer)
        connect(m_buyer, &checkout::BuyerSession::contextChanged, m_quickOrderButton, follow);
    follow();
}

void StorefrontPane::setOrderHistory(checkout::OrderHistory *history, checkout::Reorder *reorder)
{
    if (!history || !reorder || !m_buyerBar)
        return;
    m_orderHistoryView = new OrderHistoryView(history, reorder);
    m_ui->storefrontStack->addWidget(m_orderHistoryView);
    connect(m_buyerBar, &BuyerBar::ordersRequested, this, &StorefrontPane::showOrderHistory);
    connect(m_orderHistoryView, &OrderHistoryView::closeRequested, this, &StorefrontPane::showCatalog);
    // The catalog shows with the new cart beside it, and above it what the reorder put in and what it left
    // out.
    connect(m_orderHistoryView, &OrderHistoryView::reordered, this,
            [this](const checkout::ReorderResult &result) {
                m_notice->showNotice([result] { return checkout::Reorder::describe(result); },
                                     !result.unavailable().isEmpty());
                showCatalog();
            });
}

void StorefrontPane::showOrderHistory()
{
    if (!m_orderHistoryView)
        return;
    m_ui->storefrontStack->setCurrentWidget(m_orderHistoryView);
    showTitle();
    m_orderHistoryView->reload();
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
    const QModelIndex current = currentView()->currentIndex();
    const core::ProductProjection *product = current.isValid() ? m_model->product(current.row()) : nullptr;
    if (!m_cart || !product)
        return;
    if (product->allVariants().size() > 1) {
        // Which size or colour? Never the master variant silently: the detail opens on its variant list.
        if (ProductDetailDialog *dialog = openProductDetail())
            dialog->setQuantity(m_ui->quantitySpinBox->value());
        return;
    }
    m_cart->addVariant(product->id, product->masterVariant.id, m_ui->quantitySpinBox->value());
}

void StorefrontPane::showCheckout()
{
    if (!m_flow || !m_cart || !m_cart->cart())
        return;
    m_cart->flush();
    m_notice->dismiss();
    m_flow->start();
    m_ui->storefrontStack->setCurrentWidget(m_ui->checkoutPage);
    showTitle();
}

void StorefrontPane::showCatalog()
{
    m_ui->storefrontStack->setCurrentWidget(m_ui->browsePage);
    showTitle();
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
    Q_UNUSED(total);
    m_ui->errorLabel->hide();
    m_model->resetProducts(products);
    m_model->setMoreAvailable(m_catalog && m_catalog->canFetchMore());
    m_ui->productTableView->scrollToTop();
    m_ui->productGridView->scrollToTop();
    showResultCount();
    Q_EMIT catalogShown();
}

void StorefrontPane::onMoreResults(const QList<core::ProductProjection> &products)
{
    m_model->appendProducts(products);
    m_model->setMoreAvailable(m_catalog && m_catalog->canFetchMore());
    showResultCount();
    Q_EMIT catalogShown();
}

void StorefrontPane::showResultCount()
{
    const auto fit = qScopeGuard([this] {
        m_ui->resultCountLabel->setMinimumWidth(
            m_ui->resultCountLabel->fontMetrics().horizontalAdvance(m_ui->resultCountLabel->text()) + 4);
    });
    const qint64 total = m_catalog ? m_catalog->total() : m_model->rowCount();
    const int shown = m_model->rowCount();
    if (total == 0)
        m_ui->resultCountLabel->setText(tr("No products match"));
    else if (total > shown)
        m_ui->resultCountLabel->setText(
            tr("%1 of %2 products").arg(QLocale().toString(shown), QLocale().toString(total)));
    else if (total == 1)
        m_ui->resultCountLabel->setText(tr("1 product"));
    else
        m_ui->resultCountLabel->setText(tr("%1 products").arg(QLocale().toString(total)));
}

void StorefrontPane::onFailed(const api::ApiError &error)
{
    showError(ErrorPresenter::describe(error));
    Q_EMIT catalogShown();
}

void StorefrontPane::setLoading(bool loading)
{
    // Keep the layout steady: the bar keeps its space while hidden (48 px: a busy bar needs no more, and
    // the sort row shares the narrow catalog column at the default window size).
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
