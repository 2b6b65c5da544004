// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/ProductProjection.h"

#include <QWidget>

class QPushButton;

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
class QuickOrder;
} // namespace commercedesk::checkout
namespace commercedesk::models {
class ProductTableModel;
}

namespace commercedesk::app {

class BuyerBar;
class CartPanel;
class CheckoutView;

/// The buyer's pane: catalog search and results, the cart beside them, and the checkout in place of both.
/// Forwards what the buyer types to the CatalogBrowser and renders what it delivers; holds no business logic.
/// Until setCatalog() is called it shows a waiting state.
class StorefrontPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StorefrontPane(QWidget *parent = nullptr);
    ~StorefrontPane() override;

    /// `catalog` must outlive this pane. Starts the first search (the whole catalog).
    void setCatalog(checkout::CatalogBrowser *catalog);
    /// The buyer's cart and checkout; all three must outlive this pane. Loads the active cart.
    void setCommerce(checkout::BuyerSession *buyer, checkout::BuyerAccount *account,
                     checkout::CartSession *cart, checkout::CheckoutFlow *flow);
    BuyerBar *buyerBar() const { return m_buyerBar; }
    /// Enables the B2B quick order (shown while the buyer acts for a business unit); must outlive the pane.
    void setQuickOrder(checkout::QuickOrder *quickOrder);
    void openQuickOrder();
    CartPanel *cartPanel() const { return m_cartPanel; }
    CheckoutView *checkoutView() const { return m_checkoutView; }
    /// Adds the selected product (master variant) with the chosen quantity to the cart.
    void addSelectedToCart();
    void showCheckout();
    void showCatalog();
    /// Shows why there is no catalog (e.g. the backend failed to start).
    void showUnavailable(const QString &message);

    void focusSearch();

Q_SIGNALS:
    /// After each completed search (results shown or error shown); used by screenshots and tests.
    void catalogShown();

private:
    void onResults(const QList<core::ProductProjection> &products, qint64 total);
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
};

} // namespace commercedesk::app
