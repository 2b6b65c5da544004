// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "app/storefront/StorefrontServices.h"
#include "core/ProductProjection.h"

#include <QWidget>

class QAbstractItemView;
class QPushButton;
class QSettings;

#include <memory>

namespace Ui {
class StorefrontPane;
}
namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
class CartSession;
class CatalogBrowser;
class CheckoutFlow;
class ImageLoader;
class OrderHistory;
class QuickOrder;
class Reorder;
} // namespace commercedesk::checkout
namespace commercedesk::models {
class ProductTableModel;
}

namespace commercedesk::app {

class BuyerBar;
class CartPanel;
class CheckoutView;
class FacetPanel;
class NoticeBar;
class OrderHistoryView;
class ProductDetailDialog;

/// The buyer's pane: categories and facets, catalog search, sort and results (a list or a grid of the same
/// model, the choice remembered in the settings), the cart beside them, and the checkout in place of both.
/// Forwards what the buyer does to the CatalogBrowser and renders what it delivers; holds no business logic.
/// Scrolling near the end of the results loads the next page. Return or a double-click opens the product's
/// details; Ctrl+Return adds the selected product to the cart. Without a catalog it shows a waiting
/// state. A language change retranslates the pane and its parts in place: the search text, the
/// results, the cart, the business unit and an open checkout (with a half-typed address) stay, and the
/// buyer's language follows the UI's (names and attribute values of products).
class StorefrontPane final : public QWidget
{
    Q_OBJECT

public:
    /// Works with `services` (see StorefrontServices for what each enables). With a catalog it starts the
    /// first search (the whole catalog) and loads the categories; with a cart session it loads the active
    /// cart. The list/grid choice is remembered in the services' settings.
    explicit StorefrontPane(const StorefrontServices &services = {}, QWidget *parent = nullptr);
    ~StorefrontPane() override;

    checkout::ImageLoader *imageLoader() const { return m_images; }
    enum class ResultsView { List, Grid };
    void setResultsView(ResultsView view);
    ResultsView resultsView() const;
    FacetPanel *facetPanel() const { return m_facetPanel; }
    /// Opens the detail dialog of the selected product (nullptr when none is selected).
    ProductDetailDialog *openProductDetail();
    /// Enables Add to cart exactly when a product is chosen and a cart session exists.
    void updateAddToCart();
    BuyerBar *buyerBar() const { return m_buyerBar; }
    /// The B2B quick order (its button shows while the buyer acts for a business unit).
    void openQuickOrder();
    /// The buyer's order history and reorder (the bar's "My orders").
    void showOrderHistory();
    CartPanel *cartPanel() const { return m_cartPanel; }
    CheckoutView *checkoutView() const { return m_checkoutView; }
    /// Adds the selected product with the chosen quantity to the cart; a product with several variants
    /// opens its detail instead, so the buyer picks the variant.
    void addSelectedToCart();
    void showCheckout();
    void showCatalog();
    /// Shows why there is no catalog (e.g. the backend failed to start).
    void showUnavailable(const QString &message);

    void focusSearch();

Q_SIGNALS:
    /// After each completed search (results shown or error shown); used by screenshots and tests.
    void catalogShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setCatalog(checkout::CatalogBrowser *catalog);
    void setCommerce(checkout::BuyerSession *buyer, checkout::BuyerAccount *account,
                     checkout::CartSession *cart, checkout::CheckoutFlow *flow);
    void setQuickOrder(checkout::QuickOrder *quickOrder);
    void setOrderHistory(checkout::OrderHistory *history, checkout::Reorder *reorder);
    void retranslate();
    /// Keeps the sort box at least as wide as its default entry in the language shown (the column is narrow
    /// at the default size: squeezed to its minimum the box cut "Relevanz").
    void fitSortCombo();
    void showTitle();
    void onResults(const QList<core::ProductProjection> &products, qint64 total);
    void onMoreResults(const QList<core::ProductProjection> &products);
    void showResultCount();
    void fetchMoreNearEnd(QAbstractItemView *view);
    QAbstractItemView *currentView() const;
    void onFailed(const api::ApiError &error);
    void setLoading(bool loading);
    void showError(const QString &message);

    std::unique_ptr<Ui::StorefrontPane> m_ui;
    models::ProductTableModel *m_model;
    checkout::CatalogBrowser *m_catalog = nullptr;
    checkout::CartSession *m_cart = nullptr;
    checkout::CheckoutFlow *m_flow = nullptr;
    checkout::BuyerSession *m_buyer = nullptr;
    checkout::QuickOrder *m_quickOrder = nullptr;
    QPushButton *m_quickOrderButton = nullptr;
    BuyerBar *m_buyerBar = nullptr;
    CartPanel *m_cartPanel = nullptr;
    CheckoutView *m_checkoutView = nullptr;
    OrderHistoryView *m_orderHistoryView = nullptr;
    FacetPanel *m_facetPanel = nullptr;
    NoticeBar *m_notice = nullptr; ///< above the results: what the last reorder did
    checkout::ImageLoader *m_images = nullptr;
    QSettings *m_settings = nullptr;
};

} // namespace commercedesk::app
