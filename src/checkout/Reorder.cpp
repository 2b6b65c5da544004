// SPDX-License-Identifier: MIT
#include "checkout/Reorder.h"

#include "api/CartClient.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

QString itemLabel(const ReorderItem &item)
{
    if (item.sku.isEmpty())
        return item.name;
    if (item.name.isEmpty())
        return item.sku;
    return Reorder::tr("%1 (%2)").arg(item.name, item.sku);
}

/// "Name (SKU) – why" for each item that could not be added.
QString missingList(const QList<ReorderItem> &items)
{
    QStringList out;
    for (const ReorderItem &item : items)
        out << Reorder::tr("%1 – %2").arg(itemLabel(item), Reorder::describe(item.problem));
    return out.join(u"; "_s);
}

} // namespace

Reorder::Reorder(api::ProductProjectionClient *products, CartSession *cart, BuyerSession *buyer,
                 QObject *parent)
    : QObject(parent)
    , m_products(products)
    , m_cart(cart)
    , m_buyer(buyer)
{}

Reorder::~Reorder()
{
    if (m_job)
        m_job->cancel();
}

QList<ReorderItem> Reorder::itemsOf(const core::Order &order, const QString &locale)
{
    QList<ReorderItem> items;
    for (const core::LineItem &line : order.lineItems) {
        ReorderItem item;
        item.sku = line.variant.sku.value_or(QString());
        item.name = line.name.value(locale);
        if (item.name.isEmpty())
            item.name = line.name.value(u"en"_s);
        item.quantity = line.quantity;
        if (item.sku.isEmpty()) {
            item.problem = ReorderItem::Problem::NoSku;
            items.append(item);
            continue;
        }
        auto same = std::find_if(items.begin(), items.end(),
                                 [&item](const ReorderItem &other) { return other.sku == item.sku; });
        if (same != items.end())
            same->quantity += item.quantity;
        else
            items.append(item);
    }
    return items;
}

QString Reorder::describe(ReorderItem::Problem problem)
{
    switch (problem) {
    case ReorderItem::Problem::None:
        return {};
    case ReorderItem::Problem::NoSku:
        return tr("No SKU to order it by");
    case ReorderItem::Problem::Unavailable:
        return tr("No longer available");
    case ReorderItem::Problem::NotForSale:
        return tr("Not sold in your current market");
    }
    return {};
}

QString Reorder::describe(const ReorderResult &result)
{
    const QList<ReorderItem> added = result.added();
    const QList<ReorderItem> missing = result.unavailable();
    const QString number = result.orderNumber.isEmpty() ? result.orderId : result.orderNumber;
    if (added.isEmpty()) {
        return tr("None of the items of order %1 can be ordered again, so no cart was made. %2.")
            .arg(number, missingList(missing));
    }
    const QString done =
        tr("%n item(s) of order %1 are in your new cart.", nullptr, int(added.size())).arg(number);
    if (missing.isEmpty())
        return done;
    return done + u' ' + tr("Not added: %1.").arg(missingList(missing));
}

bool Reorder::reorder(const core::Order &order)
{
    if (m_busy)
        return false;
    ReorderResult result;
    result.orderId = order.id;
    result.orderNumber = order.orderNumber.value_or(QString());
    result.items = itemsOf(order, m_buyer->locale());
    setBusy(true);

    QStringList skus;
    for (const ReorderItem &item : std::as_const(result.items)) {
        if (item.isAvailable())
            skus << api::ProductSearchQuery::quoteFilterValue(item.sku);
    }
    if (skus.isEmpty()) {
        // Nothing to look up; still answer asynchronously, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return true;
    }
    api::ProductSearchQuery query;
    query.queryFilters = {u"variants.sku:"_s + skus.join(u',')};
    query.limit = 500;
    m_buyer->buyerContext().applyPriceSelection(query);
    auto *job = m_products->search(query);
    m_job = job;
    job->onFinished(this, [this, result](const auto &found) mutable {
        m_job.clear();
        if (!found.ok()) {
            fail(found.error());
            return;
        }
        QHash<QString, bool> priced; // sku → has a price for the buyer's context
        for (const core::ProductProjection &product : found.value().results) {
            if (product.published == false)
                continue;
            for (const core::ProductVariant &variant : product.allVariants()) {
                if (variant.sku)
                    priced.insert(*variant.sku, variant.price.has_value());
            }
        }
        for (ReorderItem &item : result.items) {
            if (!item.isAvailable())
                continue;
            if (!priced.contains(item.sku))
                item.problem = ReorderItem::Problem::Unavailable;
            else if (!priced.value(item.sku))
                item.problem = ReorderItem::Problem::NotForSale;
        }
        if (result.added().isEmpty()) {
            finish(result);
            return;
        }
        createCart(std::move(result));
    });
    return true;
}

void Reorder::createCart(ReorderResult result)
{
    api::CartDraft draft;
    draft.currency = m_buyer->currency();
    draft.country = m_buyer->country();
    draft.locale = m_buyer->locale();
    draft.taxMode = m_cart->taxMode();
    if (!m_buyer->storeKey().isEmpty())
        draft.store = core::ResourceIdentifier::byKey(u"store"_s, m_buyer->storeKey());
    for (const ReorderItem &item : result.added())
        draft.lineItems.append(api::LineItemDraft::bySku(item.sku, item.quantity));
    auto *job = m_cart->client().create(draft);
    m_job = job;
    job->onFinished(this, [this, result](const api::Result<core::Cart> &created) mutable {
        m_job.clear();
        if (!created.ok()) {
            fail(created.error());
            return;
        }
        result.cart = created.value();
        m_cart->adopt(created.value());
        finish(result);
    });
}

void Reorder::finish(const ReorderResult &result)
{
    setBusy(false);
    Q_EMIT finished(result);
}

void Reorder::fail(const api::ApiError &error)
{
    setBusy(false);
    if (error.kind != api::ApiError::Kind::Cancelled)
        Q_EMIT failed(error);
}

void Reorder::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace commercedesk::checkout
