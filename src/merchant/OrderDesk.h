// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/OrderSummary.h"
#include "merchant/BulkPlan.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderColumn.h"
#include "merchant/OrderFetcher.h"
#include "merchant/OrderFilter.h"
#include "merchant/OrderStateRules.h"
#include "merchant/SavedViews.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace commercedesk::api {
class OrderClient;
class OrderSearchClient;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::merchant {

class BulkRunner;
class BuyerVatIds;
class CsvExporter;
class LiveUpdates;
class OrderListSession;
class OrderUndo;

/// The seller's order desk without widgets: the paged list of the current filter and sort
/// (OrderListSession), the full orders behind selected rows (OrderFetcher), single actions with the state
/// rules (OrderStateRules) and conflict handling (OrderActionService), bulk runs with a plan to ask about
/// first (BulkPlan, BulkRunner), the undo of the last action (OrderUndo), live updates (LiveUpdates), the CSV
/// exporter, saved views and the desk's remembered preferences (columns, new-order notices), and version
/// reconciliation: orderChanged() fires once per (id, version) newer than any version of that order the desk
/// has seen, whoever learnt it (an action, live polling, a detail load reported through noteOrder()).
///
/// Contract: every asynchronous answer arrives through the callback's `context` or a signal, never
/// synchronously. `settings` (may be null: the application's QSettings) keeps saved views and
/// preferences. `orders`, `actions` and `transport` must outlive the desk. Thread: the clients'.
class OrderDesk final : public QObject
{
    Q_OBJECT

public:
    OrderDesk(api::Transport *transport, api::OrderClient *orders, OrderActionService *actions, bool canAct,
              QSettings *settings = nullptr, QObject *parent = nullptr);
    ~OrderDesk() override;

    bool canAct() const { return m_canAct; }

    // --- the list -------------------------------------------------------------------------------------
    /// The paging contract the orders table follows (reset, pages, counts).
    OrderListSession *list() const { return m_list; }
    const OrderFilter &filter() const;
    /// Shows `filter` with the sort it carries (a new first page). Ignored when it equals the current filter
    /// and the list already started, unless `force`.
    void setFilter(const OrderFilter &filter, bool force = false);
    /// Keeps the filter, changes the server-side sort (only sortable fields: OrderFilter::SortField).
    void sortBy(OrderFilter::SortField field, bool descending);
    void refresh();

    // --- the orders behind rows -----------------------------------------------------------------------
    /// The full orders for `rows` in their order; when `rows` is one row and `shown` is that order, `shown`
    /// is used as the seller sees it (so a 409 can say what changed). `done` as OrderFetcher's.
    void fetchOrders(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
                     QObject *context, OrderFetcher::Done done);

    // --- acting -------------------------------------------------------------------------------------------
    static StateRefusal check(const core::Order &order, const OrderCommand &command);
    /// Applies `command` to `order` unless the state rules refuse it: then nothing is sent, `done` is not
    /// called and the refusal is returned. Otherwise returns None and `done` runs as OrderActionService's.
    StateRefusal apply(const core::Order &order, const OrderCommand &command, QObject *context,
                       OrderActionService::Done done);
    void applyAgain(const OrderConflict &conflict, QObject *context, OrderActionService::Done done);
    /// What a bulk run of `command` on `orders` would do (ask the seller with it before startBulk()).
    static BulkPlan plan(const QList<core::Order> &orders, const OrderCommand &command);
    /// Starts the bulk run (ignored and false while one runs). Orders the rules refuse are reported Skipped.
    bool startBulk(const QList<core::Order> &orders, const OrderCommand &command);
    BulkRunner *bulk() const { return m_bulk; }
    /// The last action applied through apply(), applyAgain() or a bulk run, and its undo (OrderUndo).
    OrderUndo *undo() const { return m_undo; }

    // --- live updates, export, views, preferences -------------------------------------------------------
    void setLive(bool on);
    LiveUpdates *live() const { return m_live; }
    CsvExporter *exporter() const { return m_exporter; }
    /// The buyers' VAT ids for invoices.
    BuyerVatIds *buyerVatIds() const { return m_vatIds; }
    SavedViews &views() { return *m_views; }
    QList<OrderColumn> columns() const;
    void setColumns(const QList<OrderColumn> &columns);
    bool notifyNewOrders() const;
    void setNotifyNewOrders(bool on);
    /// "Capture on shipment" (default off): a delivery that ships everything captures the rest of the card
    /// authorization (ShipmentCapture).
    bool captureOnShipment() const;
    void setCaptureOnShipment(bool on);

    /// Reports an order learnt elsewhere (a detail load); orderChanged() follows when it is newer.
    void noteOrder(const core::Order &order);

    /// The desk's settings: saved views, preferences and the seller's details (SellerDetails).
    QSettings &settings() const { return *m_settings; }

Q_SIGNALS:
    /// A newer version of an order than the desk has seen (see the class comment).
    void orderChanged(const commercedesk::core::Order &order);
    /// Orders created since live updates started; `listed` is true when the current filter shows every
    /// order, so they belong at the top of the list.
    void newOrders(const QList<commercedesk::core::Order> &orders, bool listed);

private:
    /// `done`, after recording an applied `command` on `before` as the last action.
    OrderActionService::Done recording(const core::Order &before, const OrderCommand &command,
                                       OrderActionService::Done done);

    api::OrderClient *m_orders;
    OrderActionService *m_actions;
    bool m_canAct;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    std::unique_ptr<SavedViews> m_views;
    std::unique_ptr<api::OrderSearchClient> m_search; // outlives m_list (deleted in the destructor's body)
    OrderListSession *m_list;
    OrderFetcher *m_fetcher;
    BulkRunner *m_bulk;
    OrderUndo *m_undo;
    OrderCommand m_bulkCommand; ///< of the bulk run under way or last run
    LiveUpdates *m_live;
    CsvExporter *m_exporter;
    BuyerVatIds *m_vatIds;
    QHash<QString, qint64> m_versions; // id → newest version seen
    bool m_started = false;
};

} // namespace commercedesk::merchant
