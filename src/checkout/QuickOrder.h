// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "checkout/BuyerContext.h"
#include "checkout/QuickOrderLine.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace commercedesk::api {
class ApiJob;
class ProductProjectionClient;
} // namespace commercedesk::api

namespace commercedesk::checkout {

class CartSession;

/// B2B quick order: SKU + quantity lines, typed or pasted as CSV (`sku,quantity`; `,` `;` or tab; an
/// optional header row; blank lines ignored; the same SKU twice is merged). parse() is pure. check() asks
/// the catalog which SKUs exist (one product search) and marks the others UnknownSku → checked(), or
/// checkFailed(). addToCart() adds only valid lines (one merged cart update). `products` and `cart` must
/// outlive this object.
class QuickOrder final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxQuantity = 99999;

    QuickOrder(api::ProductProjectionClient *products, CartSession *cart, QObject *parent = nullptr);
    ~QuickOrder() override;

    static QList<QuickOrderLine> parse(const QString &text);
    /// A translated description of `problem` (empty for None).
    static QString describe(QuickOrderLine::Problem problem);

    void setBuyerContext(const BuyerContext &context) { m_context = context; }
    void check(const QList<QuickOrderLine> &lines);
    /// Returns how many lines were added.
    int addToCart(const QList<QuickOrderLine> &lines);

Q_SIGNALS:
    void checked(const QList<commercedesk::checkout::QuickOrderLine> &lines);
    void checkFailed(const api::ApiError &error);

private:
    api::ProductProjectionClient *m_products;
    CartSession *m_cart;
    BuyerContext m_context;
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
