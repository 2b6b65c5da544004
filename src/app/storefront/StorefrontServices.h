// SPDX-License-Identifier: MIT
#pragma once

class QSettings;

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

namespace commercedesk::app {

/// What the buyer's pane works with, built by the composition root (app::Backend) and handed to the
/// StorefrontPane's constructor. None is owned by the pane; each must outlive it. A null member switches
/// its part off: without `catalog` the pane waits ("Connecting…"); without `buyer`, `account`, `cart` and
/// `checkout` there is no cart or checkout; without `quickOrder`, no quick order; without `orderHistory` and
/// `reorder`, no "My orders". Without `images` products show a placeholder picture; without `settings`
/// nothing is remembered.
struct StorefrontServices
{
    checkout::CatalogBrowser *catalog = nullptr;
    checkout::ImageLoader *images = nullptr;
    QSettings *settings = nullptr;
    checkout::BuyerSession *buyer = nullptr;
    checkout::BuyerAccount *account = nullptr;
    checkout::CartSession *cart = nullptr;
    checkout::CheckoutFlow *checkout = nullptr;
    checkout::QuickOrder *quickOrder = nullptr;
    checkout::OrderHistory *orderHistory = nullptr;
    checkout::Reorder *reorder = nullptr;
};

} // namespace commercedesk::app
