// SPDX-License-Identifier: MIT
#include "merchant/OrderDesk.h"

#include "api/OrderSearch.h"
#include "merchant/BulkRunner.h"
#include "merchant/BuyerVatIds.h"
#include "merchant/CsvExporter.h"
#include "merchant/LiveUpdates.h"
#include "merchant/OrderListSession.h"
#include "merchant/OrderUndo.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

const QString kColumnsKey = u"merchant/columns"_s;
const QString kNotifyKey = u"merchant/notifyNewOrders"_s;
const QString kCaptureOnShipmentKey = u"merchant/captureOnShipment"_s;

} // namespace

OrderDesk::OrderDesk(api::Transport *transport, api::OrderClient *orders, OrderActionService *actions,
                     bool canAct, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_actions(actions)
    , m_canAct(canAct)
    , m_ownSettings(settings ? std::unique_ptr<QSettings>() : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_views(std::make_unique<SavedViews>(m_settings))
    , m_list(new OrderListSession(orders, canAct, this))
    , m_fetcher(new OrderFetcher(orders, this))
    , m_bulk(new BulkRunner(actions, this))
    , m_undo(new OrderUndo(actions, this))
    , m_live(new LiveUpdates(orders, this))
    , m_exporter(new CsvExporter(transport, this))
    , m_vatIds(new BuyerVatIds(transport, this))
{
    // A seller's text filter is a partial search (order number, PO, e-mail, names, SKUs).
    m_search = std::make_unique<api::OrderSearchClient>(transport);
    m_list->setTextSearch(m_search.get());
    connect(m_actions, &OrderActionService::orderUpdated, this, &OrderDesk::noteOrder);
    connect(m_bulk, &BulkRunner::finished, this, [this] {
        QList<OrderUndo::Change> changes;
        for (const BulkItemResult &result : m_bulk->results()) {
            if (result.status == BulkItemResult::Status::Applied && result.before && result.after)
                changes.append({*result.before, *result.after});
        }
        if (!changes.isEmpty())
            m_undo->record(m_bulkCommand, changes);
    });
    connect(m_live, &LiveUpdates::ordersChanged, this, [this](const QList<core::Order> &changed) {
        for (const core::Order &order : changed)
            noteOrder(order);
    });
    connect(m_live, &LiveUpdates::newOrders, this, [this](const QList<core::Order> &created) {
        Q_EMIT newOrders(created, !m_list->filter().hasPredicates());
    });
}

OrderDesk::~OrderDesk()
{
    // Children cancel their jobs as they go; the runner and fetcher before the list they may feed.
    delete m_undo;
    delete m_bulk;
    delete m_fetcher;
    delete m_live;
    delete m_exporter;
    delete m_list;
}

const OrderFilter &OrderDesk::filter() const
{
    return m_list->filter();
}

void OrderDesk::setFilter(const OrderFilter &filter, bool force)
{
    if (!force && m_started && filter == m_list->filter())
        return;
    m_started = true;
    m_list->setFilter(filter);
}

void OrderDesk::sortBy(OrderFilter::SortField field, bool descending)
{
    OrderFilter filter = m_list->filter();
    filter.sortField = field;
    filter.descending = descending;
    setFilter(filter);
}

void OrderDesk::refresh()
{
    m_started = true;
    m_list->refresh();
}

void OrderDesk::fetchOrders(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
                            QObject *context, OrderFetcher::Done done)
{
    if (rows.size() == 1 && shown && shown->id == rows.first().id) {
        const core::Order order = *shown;
        QTimer::singleShot(0, context, [done, order] { done(QList<core::Order>{order}); });
        return;
    }
    QStringList ids;
    for (const core::OrderSummary &row : rows)
        ids.append(row.id);
    m_fetcher->fetch(ids, context, std::move(done));
}

StateRefusal OrderDesk::check(const core::Order &order, const OrderCommand &command)
{
    return OrderStateRules::check(order, command);
}

StateRefusal OrderDesk::apply(const core::Order &order, const OrderCommand &command, QObject *context,
                              OrderActionService::Done done)
{
    if (const StateRefusal refusal = check(order, command); refusal != StateRefusal::None)
        return refusal;
    m_actions->apply(order, command, context, recording(order, command, std::move(done)));
    return StateRefusal::None;
}

void OrderDesk::applyAgain(const OrderConflict &conflict, QObject *context, OrderActionService::Done done)
{
    m_actions->applyAgain(conflict, context, recording(conflict.current, conflict.command, std::move(done)));
}

OrderActionService::Done OrderDesk::recording(const core::Order &before, const OrderCommand &command,
                                              OrderActionService::Done done)
{
    // `before` is the order the seller acted on: an automatic re-apply (OrderConflict::onlyUntouchedChanges)
    // ran on a re-read that differs from it only in what the command neither writes nor depends on.
    return [undo = QPointer<OrderUndo>(m_undo), before, command,
            done = std::move(done)](const OrderActionOutcome &outcome) {
        if (undo && outcome.status == OrderActionOutcome::Status::Applied && outcome.order)
            undo->record(command, {{before, *outcome.order}});
        done(outcome);
    };
}

BulkPlan OrderDesk::plan(const QList<core::Order> &orders, const OrderCommand &command)
{
    return BulkPlan::of(orders, command);
}

bool OrderDesk::startBulk(const QList<core::Order> &orders, const OrderCommand &command)
{
    if (m_bulk->isRunning())
        return false;
    m_bulkCommand = command;
    m_bulk->start(orders, command);
    return true;
}

void OrderDesk::setLive(bool on)
{
    if (on && !m_live->isActive())
        m_live->start();
    else if (!on)
        m_live->stop();
}

QList<OrderColumn> OrderDesk::columns() const
{
    const QList<OrderColumn> columns = orderColumnsFromKeys(settings().value(kColumnsKey).toStringList());
    return columns.isEmpty() ? defaultOrderColumns() : columns;
}

void OrderDesk::setColumns(const QList<OrderColumn> &columns)
{
    settings().setValue(kColumnsKey, columnKeys(columns));
}

bool OrderDesk::notifyNewOrders() const
{
    return settings().value(kNotifyKey, true).toBool();
}

void OrderDesk::setNotifyNewOrders(bool on)
{
    settings().setValue(kNotifyKey, on);
}

bool OrderDesk::captureOnShipment() const
{
    return settings().value(kCaptureOnShipmentKey, false).toBool();
}

void OrderDesk::setCaptureOnShipment(bool on)
{
    settings().setValue(kCaptureOnShipmentKey, on);
}

void OrderDesk::noteOrder(const core::Order &order)
{
    const auto known = m_versions.constFind(order.id);
    if (known != m_versions.cend() && *known >= order.version)
        return;
    m_versions.insert(order.id, order.version);
    Q_EMIT orderChanged(order);
}

} // namespace commercedesk::merchant
