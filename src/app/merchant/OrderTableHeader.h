// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderColumn.h"
#include "merchant/OrderFilter.h"

#include <QObject>

#include <optional>

class QLocale;
class QPoint;
class QTableView;

namespace commercedesk::merchant {
class OrderDesk;
}
namespace commercedesk::models {
class OrderTableModel;
}

namespace commercedesk::app {

/// The orders table's header: the column chooser (context menu), reordering by drag, widths that follow
/// the loaded rows, and sorting — a click on a sortable column's header asks the desk to sort on the server
/// (again: the other direction); the indicator always shows the desk's sort. Only columns the backend can
/// sort and page by are sortable (sortField()): the sandbox indexes created_at, last_modified_at,
/// order_number (unique) and total_cent (src/sandbox/storage/Migrations.cpp). Columns go to the model and
/// are remembered by the desk. The table, model and desk must outlive this object.
class OrderTableHeader final : public QObject
{
    Q_OBJECT

public:
    OrderTableHeader(QTableView *table, models::OrderTableModel *model, merchant::OrderDesk *desk,
                     QObject *parent = nullptr);

    /// The server-side sort of `column`, if it has one.
    static std::optional<merchant::OrderFilter::SortField> sortField(merchant::OrderColumn column);

    void setColumns(const QList<merchant::OrderColumn> &columns);
    /// Widths from the loaded rows (once rows are there; until then the defaults stand).
    void fitColumns();
    bool isFitted() const { return m_fitted; }
    /// Narrows `widths` (widest first, never below `floors`) until their sum is at most `available`,
    /// or every width is at its floor.
    static void shrinkToFit(QList<int> &widths, const QList<int> &floors, int available);
    /// Shows the desk's sort as the header's indicator.
    void showSort();
    /// The language changed: the titles (and cells) are asked for again in `locale`, columns too narrow
    /// for a longer title widen; sort, order and the other widths stay.
    void retranslate(const QLocale &locale);

private:
    void showColumnMenu(const QPoint &pos);
    void onSectionMoved();
    void onSectionClicked(int section);

    QTableView *m_table;
    models::OrderTableModel *m_model;
    merchant::OrderDesk *m_desk;
    bool m_fitted = false;
};

} // namespace commercedesk::app
