// SPDX-License-Identifier: MIT
#include "checkout/CartSession.h"

#include "api/actions/CartActions.h"
#include "checkout/BuyerSession.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

api::ApiError noCartError()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Configuration;
    error.message = u"There is no cart yet."_s;
    return error;
}

QString lineName(const core::LineItem &line, const QString &locale)
{
    const QString name = line.name.value(locale);
    return name.isEmpty() ? line.variant.sku.value_or(line.productId) : name;
}

} // namespace

CartSession::CartSession(api::Transport *transport, BuyerSession *buyer, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_buyer(buyer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CartSession::flush);
    m_scope = buyer->scope();
    connect(buyer, &BuyerSession::contextChanged, this, [this] {
        const api::ApiScope scope = m_buyer->scope();
        if (scope == m_scope) {
            followMarket();
            return;
        }
        m_scope = scope; // another unit (or B2C ↔ B2B): another cart
        forget();
        load();
    });
}

CartSession::~CartSession()
{
    if (m_job)
        m_job->cancel();
}

api::CartClient CartSession::client() const
{
    return api::CartClient(m_transport, m_buyer->scope());
}

void CartSession::watch(api::Job<core::Cart> *job,
                        std::function<void(const api::Result<core::Cart> &)> handler)
{
    m_job = job;
    const quint64 generation = m_generation;
    job->onFinished(this, [this, generation, handler = std::move(handler)](const api::Result<core::Cart> &r) {
        if (generation != m_generation)
            return; // forget() happened meanwhile
        m_job.clear();
        handler(r);
    });
}

void CartSession::load()
{
    setRunning(true);
    auto *job = client().activeCart();
    m_job = job;
    const quint64 generation = m_generation;
    job->onFinished(this, [this, generation](const api::Result<std::optional<core::Cart>> &result) {
        if (generation != m_generation)
            return; // forget() happened meanwhile
        m_job.clear();
        setRunning(false);
        if (!result.ok())
            Q_EMIT failed(result.error());
        else if (result.value())
            setCart(*result.value());
        else {
            m_cart.reset(); // no active cart yet: the first add creates one
            Q_EMIT cartChanged();
        }
        startNext();
    });
}

void CartSession::queueAdd(const api::LineItemDraft &draft)
{
    for (api::LineItemDraft &pending : m_burst.adds) {
        if (pending.sku == draft.sku && pending.productId == draft.productId &&
            pending.variantId == draft.variantId) {
            pending.quantity = pending.quantity.value_or(1) + draft.quantity.value_or(1);
            m_debounce.start();
            return;
        }
    }
    m_burst.adds.append(draft);
    m_debounce.start();
    setRunning(m_running);
}

void CartSession::addSku(const QString &sku, qint64 quantity)
{
    queueAdd(api::LineItemDraft::bySku(sku, quantity));
}

void CartSession::addVariant(const QString &productId, int variantId, qint64 quantity)
{
    queueAdd(api::LineItemDraft::byVariant(productId, variantId, quantity));
}

void CartSession::setQuantity(const QString &lineItemId, qint64 quantity)
{
    for (auto &entry : m_burst.quantities) {
        if (entry.first == lineItemId) {
            entry.second = quantity;
            m_debounce.start();
            return;
        }
    }
    m_burst.quantities.append({lineItemId, quantity});
    m_debounce.start();
    setRunning(m_running);
}

void CartSession::flush()
{
    m_debounce.stop();
    if (m_burst.adds.isEmpty() && m_burst.quantities.isEmpty())
        return;
    m_queue.append(std::exchange(m_burst, {}));
    startNext();
}

void CartSession::apply(const QList<api::CartUpdateAction> &actions, Done done)
{
    flush();
    Operation op;
    op.actions = actions;
    op.done = std::move(done);
    m_queue.append(std::move(op));
    startNext();
}

void CartSession::startNext()
{
    if (m_running || m_queue.isEmpty()) {
        setRunning(m_running);
        return;
    }
    Operation op = m_queue.takeFirst();
    if (!m_cart) {
        if (!op.adds.isEmpty()) {
            runCreate(std::move(op));
            return;
        }
        finish(op, noCartError());
        startNext();
        return;
    }
    runUpdate(std::move(op));
}

void CartSession::runCreate(Operation op)
{
    api::CartDraft draft;
    draft.currency = m_buyer->currency();
    draft.country = m_buyer->country();
    draft.locale = m_buyer->locale();
    draft.taxMode = m_taxMode;
    if (!m_buyer->storeKey().isEmpty())
        draft.store = core::ResourceIdentifier::byKey(u"store"_s, m_buyer->storeKey());
    draft.lineItems = op.adds;
    setRunning(true);
    watch(client().create(draft), [this, op](const api::Result<core::Cart> &result) {
        setRunning(false);
        if (result.ok())
            setCart(result.value());
        else
            Q_EMIT failed(result.error());
        finish(op, result);
        startNext();
    });
}

void CartSession::runUpdate(Operation op)
{
    QList<api::CartUpdateAction> actions;
    for (const api::LineItemDraft &add : op.adds)
        actions.append(api::CartActions::addLineItem(add));
    for (const auto &[lineItemId, quantity] : op.quantities) {
        if (!m_cart->lineItem(lineItemId))
            continue; // already gone
        auto action = quantity <= 0 ? api::CartActions::removeLineItem(lineItemId)
                                    : api::CartActions::changeLineItemQuantity(lineItemId, quantity);
        action.safeToRepeat = true; // an absolute quantity: the same outcome on any newer version
        actions.append(action);
    }
    actions.append(op.actions);
    if (actions.isEmpty()) {
        finish(op, *m_cart);
        startNext();
        return;
    }
    setRunning(true);
    watch(client().update(m_cart->id, m_cart->version, actions),
          [this, op](const api::Result<core::Cart> &result) {
              setRunning(false);
              if (!result.ok() && result.error().isConcurrentModification() && !op.retried) {
                  // The cart changed elsewhere and our batch was not applied: re-read, then send it once
                  // more.
                  Operation again = op;
                  again.retried = true;
                  setRunning(true);
                  watch(client().byId(m_cart->id), [this, again](const api::Result<core::Cart> &fresh) {
                      setRunning(false);
                      if (!fresh.ok()) {
                          Q_EMIT failed(fresh.error());
                          finish(again, fresh);
                          startNext();
                          return;
                      }
                      setCart(fresh.value());
                      Q_EMIT conflictResolved();
                      m_queue.prepend(again);
                      startNext();
                  });
                  return;
              }
              if (result.ok())
                  setCart(result.value());
              else if (!op.done)
                  Q_EMIT failed(result.error());
              finish(op, result);
              startNext();
          });
}

void CartSession::finish(const Operation &op, const api::Result<core::Cart> &result)
{
    if (op.done)
        op.done(result);
}

void CartSession::setCart(const core::Cart &cart)
{
    QStringList changed;
    if (m_cart && m_cart->id == cart.id) {
        for (const core::LineItem &line : cart.lineItems) {
            const core::LineItem *before = m_cart->lineItem(line.id);
            if (before && before->price.value != line.price.value)
                changed.append(lineName(line, m_buyer->locale()));
        }
    }
    m_cart = cart;
    if (m_cart->cartState != core::CartState::Active) {
        m_cart.reset();
        m_burst = {};
    }
    Q_EMIT cartChanged();
    if (!changed.isEmpty())
        Q_EMIT pricesChanged(changed);
}

bool CartSession::marketMismatch() const
{
    return m_cart && !m_cart->lineItems.isEmpty() && m_cart->totalPrice.currencyCode() != m_buyer->currency();
}

void CartSession::followMarket()
{
    if (!m_cart)
        return;
    if (m_cart->totalPrice.currencyCode() != m_buyer->currency()) {
        if (m_cart->lineItems.isEmpty() && !isBusy())
            forget();
        return; // a cart with lines waits for moveToMarket()
    }
    if (m_cart->country.value_or(QString()) != m_buyer->country() && !m_buyer->country().isEmpty())
        apply({api::CartActions::setCountry(m_buyer->country())}, [](const auto &) {});
}

void CartSession::moveToMarket()
{
    if (!m_cart)
        return;
    const QList<core::LineItem> lines = m_cart->lineItems;
    forget();
    for (const core::LineItem &line : lines) {
        if (line.variant.sku)
            addSku(*line.variant.sku, line.quantity);
    }
    flush();
}

void CartSession::forget()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
    m_job.clear();
    m_debounce.stop();
    m_burst = {};
    m_queue.clear();
    m_running = false;
    m_cart.reset();
    Q_EMIT cartChanged();
    setRunning(false);
}

void CartSession::adopt(const core::Cart &cart)
{
    m_cart.reset();
    setCart(cart);
}

void CartSession::setRunning(bool running)
{
    m_running = running;
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace commercedesk::checkout
