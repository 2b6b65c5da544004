// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/ReorderResult.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace commercedesk::checkout {
class OrderHistory;
class Reorder;
} // namespace commercedesk::checkout
namespace commercedesk::models {
class OrderHistoryModel;
class OrderLineModel;
} // namespace commercedesk::models

namespace commercedesk::app {

/// The buyer's order history (B2C: my orders; B2B: the business unit's orders as the role allows): the list
/// on the left (newest first, more pages as the list scrolls), the selected order's detail on the right
/// (number, date, status, PO number, addresses, lines, totals, tax breakdown) and Reorder, which makes a new
/// cart from the order and names what could not be added. Keyboard: Enter in the list opens the detail and
/// moves focus to Reorder; Alt+R or Ctrl+R reorders the selected order; F5 reloads; Escape closes.
/// Progress shows while the history loads or a reorder runs; failures go through ErrorPresenter.
/// Forwards intents to checkout::OrderHistory / checkout::Reorder; keeps no state of its own.
class OrderHistoryView final : public QWidget
{
    Q_OBJECT

public:
    /// Both must outlive the view.
    OrderHistoryView(checkout::OrderHistory *history, checkout::Reorder *reorder, QWidget *parent = nullptr);

    /// Loads the first page afresh (call when the view is shown).
    void reload();
    /// Shows the selected order's detail and focuses Reorder.
    void openSelected();
    /// Reorders the selected order (ignored while a reorder runs or nothing is selected).
    void reorderSelected();

Q_SIGNALS:
    /// Back to the catalog (Escape, the Back button).
    void closeRequested();
    /// A reorder finished with a new cart (the cart session holds it already).
    void reordered(const commercedesk::checkout::ReorderResult &result);

protected:
    /// Retranslates in place: texts, the list's dates and money, the detail; the selection stays.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void onLoaded(int appended);
    void showDetail(int row);
    QString detailHtml(int row) const;
    void showMessage(const QString &text, bool error);
    void updateBusy();

    checkout::OrderHistory *m_history;
    checkout::Reorder *m_reorder;
    models::OrderHistoryModel *m_model;
    models::OrderLineModel *m_lines;
    QLabel *m_title;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_detail;
    QTableView *m_lineTable;
    QPushButton *m_reorderButton;
    QPushButton *m_refreshButton;
    QPushButton *m_backButton;
    QLabel *m_listLabel;
    QLabel *m_message;
    QProgressBar *m_progress;
};

} // namespace commercedesk::app
