// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/CartClient.h"
#include "api/LineItemDraft.h"
#include "api/Result.h"
#include "core/Cart.h"
#include "core/Enums.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace commercedesk::checkout {

class BuyerSession;

/// The buyer's active cart (architecture data flow 1), never blocking.
///
/// - load(): fetches the active cart of the buyer's scope (me: `/me/active-cart`; associate: the newest
///   Active cart of the unit); "no cart yet" is not an error. The cart is created on the first add with the
///   buyer's currency, country, store, business unit and taxMode().
/// - Edits (addSku, addVariant, setQuantity, removeLineItem) are collected for debounceInterval() and sent
///   as ONE update per burst (adds of the same SKU merge, the last quantity per line wins). Operations run
///   strictly one after another, each on the version the previous one returned.
/// - A 409: quantity/remove actions are absolute, so they are marked safe to repeat and ResourceUpdate
///   re-reads and re-applies them; a burst with adds is re-read here and re-sent once.
/// - After every answer, line prices are compared with the previous cart: pricesChanged() names the lines
///   whose unit price changed.
/// - apply(): other services (the checkout) send their actions through the same queue.
/// - When the buyer's scope changes (B2C ↔ B2B, another business unit) the session forgets its cart and
///   loads the active cart of the new scope.
/// - When the buyer's market changes: same currency, other country → the cart's country follows
///   (setCountry); another currency → an empty cart is forgotten (the next add creates one in the new
///   currency), a cart with lines stays as it is until moveToMarket() (the UI asks the buyer first;
///   marketMismatch() says whether it must).
/// Signals are emitted in this object's thread. `transport` and `buyer` must outlive this object.
class CartSession final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const api::Result<core::Cart> &)>;
    static constexpr int kDefaultDebounceMs = 250;

    CartSession(api::Transport *transport, BuyerSession *buyer, QObject *parent = nullptr);
    ~CartSession() override;

    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setTaxMode(core::TaxMode mode) { m_taxMode = mode; }
    core::TaxMode taxMode() const { return m_taxMode; }

    const std::optional<core::Cart> &cart() const { return m_cart; }
    bool isBusy() const { return m_running || m_debounce.isActive() || !m_queue.isEmpty(); }
    api::CartClient client() const;

    void load();
    void addSku(const QString &sku, qint64 quantity);
    void addVariant(const QString &productId, int variantId, qint64 quantity);
    /// quantity 0 removes the line.
    void setQuantity(const QString &lineItemId, qint64 quantity);
    void removeLineItem(const QString &lineItemId) { setQuantity(lineItemId, 0); }
    /// Sends the pending burst now instead of waiting for the debounce.
    void flush();
    /// Queues `actions` after everything pending; `done` runs with the outcome (the cart is updated and
    /// cartChanged() emitted before). Fails with Kind::Configuration when there is no cart.
    void apply(const QList<api::CartUpdateAction> &actions, Done done);
    /// Starts over without a cart (after an order was placed, or the buyer's scope changed).
    void forget();
    /// True when the cart has lines priced in another currency than the buyer's market.
    bool marketMismatch() const;
    /// Recreates the cart in the buyer's current market: a new cart in its currency and country with the
    /// same lines (by SKU and quantity, priced anew); the old cart is left behind, no longer active.
    void moveToMarket();
    /// Replaces the cart value (e.g. a reorder made a new cart).
    void adopt(const core::Cart &cart);

Q_SIGNALS:
    void cartChanged();
    void busyChanged(bool busy);
    void failed(const api::ApiError &error);
    /// Lines whose unit price differs from the one shown before (their product names, in the cart's locale).
    void pricesChanged(const QStringList &lineNames);
    /// A concurrent change was detected and the cart re-read; the buyer's edits were re-applied.
    void conflictResolved();

private:
    struct Operation
    {
        QList<api::LineItemDraft> adds;
        QList<QPair<QString, qint64>> quantities;
        QList<api::CartUpdateAction> actions;
        Done done;
        bool retried = false;
    };

    void queueAdd(const api::LineItemDraft &draft);
    void startNext();
    void runCreate(Operation op);
    void runUpdate(Operation op);
    void finish(const Operation &op, const api::Result<core::Cart> &result);
    void setCart(const core::Cart &cart);
    void setRunning(bool running);
    void followMarket();
    void watch(api::Job<core::Cart> *job, std::function<void(const api::Result<core::Cart> &)> handler);

    api::Transport *m_transport;
    BuyerSession *m_buyer;
    api::ApiScope m_scope = api::ApiScope::me();
    core::TaxMode m_taxMode = core::TaxMode::External;
    std::optional<core::Cart> m_cart;
    QTimer m_debounce;
    Operation m_burst;
    QList<Operation> m_queue;
    bool m_running = false;
    bool m_busy = false;
    QPointer<api::ApiJob> m_job;
    quint64 m_generation = 0;
};

} // namespace commercedesk::checkout
