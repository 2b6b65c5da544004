// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/DocumentPrinter.h"
#include "merchant/OrderColumn.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderFilter.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSettings;
class QSystemTrayIcon;
class QTimer;

namespace Ui {
class MerchantPane;
}

namespace commercedesk::merchant {
class BulkRunner;
class LiveUpdates;
class MerchantContext;
class OmsLogClient;
class OrderFetcher;
class OrderListSession;
class SavedViews;
} // namespace commercedesk::merchant
namespace commercedesk::models {
class OrderTableModel;
}

namespace commercedesk::app {

class OrderDetailPanel;

/// The seller's order desk: filter bar and saved views, the orders table (infinite scroll over keyset
/// pages; columns chosen and reordered from the header's context menu and remembered), the detail panel
/// (detachable), actions on the selection (one order: a versioned update with a conflict dialog on 409;
/// several: a bulk run with per-order results), CSV export, packing slips/invoices as PDF, live updates with
/// a tray notification, and keyboard triage (j/k or arrows, Enter, C/M/X/D, / and Ctrl+F for search).
/// Without a context it shows why orders are unavailable. A read-only client gets no action buttons.
class MerchantPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MerchantPane(QWidget *parent = nullptr);
    ~MerchantPane() override;

    /// Starts the desk on `context` (not owned; must outlive the pane's use of it). `settings` (may be
    /// null: the application's QSettings) keeps columns and saved views; `omsLog` (may be null) reads the
    /// OMS delivery log.
    void setContext(merchant::MerchantContext *context, QSettings *settings = nullptr,
                    merchant::OmsLogClient *omsLog = nullptr);
    void showUnavailable(const QString &message);
    void focusSearch();

    merchant::OrderFilter currentFilter() const;
    merchant::OrderListSession *session() const { return m_session; }
    models::OrderTableModel *orderModel() const { return m_model; }
    OrderDetailPanel *detail() const { return m_detail; }
    merchant::LiveUpdates *liveUpdates() const { return m_live; }
    /// Fetches the selected orders and writes their packing slips or invoices to `filePath`
    /// (documentsWritten follows); false when nothing is selected.
    bool printSelection(merchant::DocumentPrinter::Kind kind, const QString &filePath);
    /// Runs `command` on the selection (one order or a bulk run), as the buttons do. The table holds
    /// summaries, so the orders are fetched first — except the one the detail shows, which is acted on as
    /// the seller sees it (a 409 then tells what changed).
    void runOnSelection(const merchant::OrderCommand &command);
    /// The detached detail window, or null while the detail is docked.
    QWidget *detailWindow() const { return m_detailWindow; }

Q_SIGNALS:
    /// The seller was told about new orders (a tray message where the platform has a tray); not emitted
    /// while "Notify new orders" is off. The choice is remembered in the settings.
    void newOrdersNotified(int count, const QString &message);
    /// A printSelection() finished: `ok` false when the orders could not be fetched or the file written.
    void documentsWritten(bool ok, const QString &filePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDeskEnabled(bool enabled);
    void setupFilters();
    void setupActions();
    void setupTable();
    void setupShortcuts();
    void applyFilter();
    void applyView(const QString &name);
    void reloadViews();
    void saveView();
    void onCurrentRowChanged();
    void updateCount();
    void showColumnMenu(const QPoint &pos);
    void setColumns(const QList<merchant::OrderColumn> &columns);
    void fitColumns();
    void saveColumns();
    void runOne(const core::Order &order, const merchant::OrderCommand &command);
    void runBulk(const QList<core::Order> &orders, const merchant::OrderCommand &command);
    void askCancel();
    void askDelivery();
    void askPrint(merchant::DocumentPrinter::Kind kind);
    void openExport();
    void onNewOrders(const QList<core::Order> &orders);
    void setDetailDetached(bool detached);
    QList<core::OrderSummary> selectedSummaries() const;
    /// Calls `then` with the full orders of the selection (see runOnSelection), or reports why not in the
    /// status line and calls `failed` (if given). At most one of them runs; never both.
    void withSelectedOrders(std::function<void(const QList<core::Order> &)> then,
                            std::function<void()> failed = {});
    QString commandText(const merchant::OrderCommand &command) const;

    std::unique_ptr<Ui::MerchantPane> m_ui;
    merchant::MerchantContext *m_context = nullptr;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<merchant::SavedViews> m_views;
    merchant::OrderListSession *m_session = nullptr;
    models::OrderTableModel *m_model = nullptr;
    merchant::LiveUpdates *m_live = nullptr;
    merchant::BulkRunner *m_bulk = nullptr;
    merchant::OrderFetcher *m_fetcher = nullptr;
    OrderDetailPanel *m_detail;
    QWidget *m_detailWindow = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_searchDebounce;
    bool m_applyingView = false;
    bool m_columnsFitted = false;
};

} // namespace commercedesk::app
