// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "checkout/ReorderResult.h"
#include "core/Order.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace commercedesk::api {
class ApiJob;
class ProductProjectionClient;
} // namespace commercedesk::api

namespace commercedesk::checkout {

class BuyerSession;
class CartSession;

/// "Buy again": a NEW cart from an old order's line items, by SKU, in the buyer's CURRENT context (scope,
/// currency, country, store, customer group — not the old order's).
///
/// reorder(): the old lines are merged per SKU; one product search (published products only, with the
/// buyer's price selection) tells which SKUs can still be bought: an unknown SKU or an unpublished product
/// is Unavailable, a product without a price for the buyer's market NotForSale. The available ones are sent
/// in ONE request (a cart create carrying all line items, like CartSession's first add); the cart session
/// then adopts the new cart (it becomes the buyer's active cart). When nothing is available no cart is made.
/// Exactly one of finished()/failed() per accepted reorder() call; calls while one runs are refused
/// (returns false). `products`, `cart` and `buyer` must outlive this object; GUI thread.
class Reorder final : public QObject
{
    Q_OBJECT

public:
    Reorder(api::ProductProjectionClient *products, CartSession *cart, BuyerSession *buyer,
            QObject *parent = nullptr);
    ~Reorder() override;

    bool isBusy() const { return m_busy; }
    bool reorder(const core::Order &order);

    /// The old order's lines merged per SKU (line order kept), names in `locale`; lines without a SKU are
    /// marked NoSku. Pure.
    static QList<ReorderItem> itemsOf(const core::Order &order, const QString &locale);
    /// A translated sentence for the buyer: what was added, and which items (by name and SKU) were not.
    static QString describe(const ReorderResult &result);
    static QString describe(ReorderItem::Problem problem);

Q_SIGNALS:
    void finished(const commercedesk::checkout::ReorderResult &result);
    void failed(const api::ApiError &error);
    void busyChanged(bool busy);

private:
    void createCart(ReorderResult result);
    void finish(const ReorderResult &result);
    void fail(const api::ApiError &error);
    void setBusy(bool busy);

    api::ProductProjectionClient *m_products;
    CartSession *m_cart;
    BuyerSession *m_buyer;
    bool m_busy = false;
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
