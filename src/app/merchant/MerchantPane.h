// SPDX-License-Identifier: MIT
#pragma once

#include "app/merchant/MerchantServices.h"
#include "merchant/DocumentPrinter.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderFilter.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSystemTrayIcon;

namespace Ui {
class MerchantPane;
}

namespace commercedesk::core {
struct Order;
struct OrderSummary;
} // namespace commercedesk::core
namespace commercedesk::merchant {
class LiveUpdates;
class MerchantContext;
class OrderDesk;
class OrderListSession;
} // namespace commercedesk::merchant
namespace commercedesk::models {
class OrderTableModel;
}

namespace commercedesk::app {

class DeskPrompter;
class OrderActionRunner;
class OrderDetailPanel;
class EmptyListNotice;
class NoticeBar;
class OrderTableHeader;

/// The seller's order desk: a filter bar (OrderFilterBar: filters and saved views), an actions bar
/// (OrderActionsBar), the orders table (infinite scroll over keyset pages; columns chosen and reordered
/// from the header's context menu and remembered; a click on a sortable column's header sorts on the
/// server) and the detail (OrderDetailPanel, detachable). It renders and forwards intent to the
/// merchant::OrderDesk of its context, which owns paging, fetching, actions with the state rules, bulk
/// runs, live updates, saved views and version reconciliation. Every bulk run says what it will do and to
/// how many orders and asks first (DeskPrompter); refused moves are told, never sent. Keyboard triage: j/k
/// or arrows, Enter, C/M/X/D, Ctrl+Z to undo the last action where the state rules allow (UndoOffer), / for
/// search (Ctrl+F is the window's, which focuses the same search). Without a context it shows why orders are
/// unavailable. A read-only client gets no action buttons. A language change retranslates the pane and its
/// parts in place: the search text, filters, selection, sort, scroll position and open order stay.
class MerchantPane final : public QWidget
{
    Q_OBJECT

public:
    /// Starts the desk of `services.context` at once; without one the pane shows why there is no desk.
    explicit MerchantPane(const MerchantServices &services = {}, QWidget *parent = nullptr);
    ~MerchantPane() override;

    /// The prompter asking before bulk runs and cancellations (the services' one, or the pane's own).
    DeskPrompter *prompter() const { return m_prompter; }
    void showUnavailable(const QString &message);
    void focusSearch();

    /// The filter shown, with the desk's sort.
    merchant::OrderFilter currentFilter() const;
    merchant::OrderDesk *desk() const { return m_desk; }
    merchant::OrderListSession *session() const;
    models::OrderTableModel *orderModel() const { return m_model; }
    OrderDetailPanel *detail() const { return m_detail; }
    merchant::LiveUpdates *liveUpdates() const;
    /// Fetches the selected orders and writes their packing slips or invoices to `filePath`
    /// (documentsWritten follows); false when nothing is selected.
    bool printSelection(merchant::DocumentPrinter::Kind kind, const QString &filePath);
    /// Runs `command` on the selection (one order, or a bulk run after the seller agreed), as the buttons
    /// do. The table holds summaries, so the orders are fetched first — except the one the detail shows,
    /// which is acted on as the seller sees it (a 409 then tells what changed).
    void runOnSelection(const merchant::OrderCommand &command);
    /// The detached detail window, or null while the detail is docked.
    QWidget *detailWindow() const { return m_detailWindow; }

Q_SIGNALS:
    /// The seller was told about new orders (a tray message where the platform has a tray); not emitted
    /// while "Notify new orders" is off. The choice is remembered by the desk.
    void newOrdersNotified(int count, const QString &message);
    /// A printSelection() finished: `ok` false when the orders could not be fetched or the file written.
    void documentsWritten(bool ok, const QString &filePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setContext(merchant::MerchantContext *context);
    void setPrompter(DeskPrompter *prompter);
    void setDeskEnabled(bool enabled);
    void connectBars();
    void connectDesk();
    void setupShortcuts();
    void applyFilter();
    void applyView(const QString &name);
    void saveView(const QString &name);
    void reloadViews(const QString &current = QString());
    void onCurrentRowChanged();
    void updateCount();
    void askCancel();
    void askDelivery();
    void askPrint(merchant::DocumentPrinter::Kind kind);
    void openExport();
    void onOrderChanged(const core::Order &order);
    void onNewOrders(const QList<core::Order> &orders, bool listed);
    void setDetailDetached(bool detached);
    void setStatus(const QString &text);
    /// Shows `text()` now and again after a language change (likewise showCount for the count).
    void showStatus(std::function<QString()> text);
    void showCount(std::function<QString()> text);
    QString countText() const;
    QList<core::OrderSummary> selectedSummaries() const;

    std::unique_ptr<Ui::MerchantPane> m_ui;
    merchant::MerchantContext *m_context = nullptr;
    merchant::OrderDesk *m_desk = nullptr;
    models::OrderTableModel *m_model = nullptr;
    OrderTableHeader *m_header = nullptr;
    EmptyListNotice *m_emptyNotice = nullptr;
    OrderActionRunner *m_runner = nullptr;
    DeskPrompter *m_ownPrompter;
    DeskPrompter *m_prompter;
    OrderDetailPanel *m_detail;
    QWidget *m_detailWindow = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    NoticeBar *m_newOrdersNotice = nullptr;
    int m_unseenNewOrders = 0; ///< announced since the notice was last dismissed
    std::function<QString()> m_statusText;
    std::function<QString()> m_countText;
};

} // namespace commercedesk::app
