// SPDX-License-Identifier: MIT
#include "app/merchant/OrderTableHeader.h"

#include "merchant/OrderDesk.h"
#include "models/OrderTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace commercedesk::app {

namespace {

constexpr int kMinColumnWidth = 48;
constexpr int kMaxColumnWidth = 200;

} // namespace

OrderTableHeader::OrderTableHeader(QTableView *table, models::OrderTableModel *model,
                                   merchant::OrderDesk *desk, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_desk(desk)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(110);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &OrderTableHeader::showColumnMenu);
    connect(header, &QHeaderView::sectionMoved, this, &OrderTableHeader::onSectionMoved);
    connect(header, &QHeaderView::sectionClicked, this, &OrderTableHeader::onSectionClicked);
    connect(model, &QAbstractItemModel::modelReset, this, &OrderTableHeader::showSort);
}

std::optional<merchant::OrderFilter::SortField> OrderTableHeader::sortField(merchant::OrderColumn column)
{
    using merchant::OrderColumn;
    using Field = merchant::OrderFilter::SortField;
    switch (column) {
    case OrderColumn::Created:
        return Field::CreatedAt;
    case OrderColumn::LastModified:
        return Field::LastModifiedAt;
    case OrderColumn::OrderNumber:
        return Field::OrderNumber;
    case OrderColumn::Total:
        return Field::TotalPrice;
    default:
        return std::nullopt;
    }
}

void OrderTableHeader::onSectionClicked(int section)
{
    if (section < 0 || section >= m_model->columnCount())
        return;
    const std::optional<merchant::OrderFilter::SortField> field = sortField(m_model->columnAt(section));
    if (!field) {
        showSort(); // the click must not leave an indicator on a column that does not sort
        return;
    }
    const merchant::OrderFilter &current = m_desk->filter();
    // The same column again turns the direction; a new one starts with the newest / largest / last first.
    const bool descending = current.sortField == *field ? !current.descending : true;
    m_desk->sortBy(*field, descending);
    showSort();
}

void OrderTableHeader::showSort()
{
    QHeaderView *header = m_table->horizontalHeader();
    const merchant::OrderFilter &filter = m_desk->filter();
    for (int section = 0; section < m_model->columnCount(); ++section) {
        if (sortField(m_model->columnAt(section)) == filter.sortField) {
            header->setSortIndicator(section, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
    }
    header->setSortIndicator(-1, Qt::DescendingOrder);
}

void OrderTableHeader::onSectionMoved()
{
    // Apply the visual order to the model so it is what we remember (and what CSV export takes).
    QHeaderView *header = m_table->horizontalHeader();
    QList<merchant::OrderColumn> ordered;
    for (int visual = 0; visual < header->count(); ++visual)
        ordered.append(m_model->columnAt(header->logicalIndex(visual)));
    QSignalBlocker block(header);
    setColumns(ordered);
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
}

void OrderTableHeader::showColumnMenu(const QPoint &pos)
{
    QMenu menu(m_table);
    const QList<merchant::OrderColumn> visible = m_model->columns();
    for (merchant::OrderColumn column : merchant::allOrderColumns()) {
        QAction *action = menu.addAction(models::OrderTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(visible.contains(column));
        action->setEnabled(!(visible.size() == 1 && visible.contains(column)));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QList<merchant::OrderColumn> columns = m_model->columns();
            if (on)
                columns.append(column);
            else
                columns.removeAll(column);
            setColumns(columns);
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this,
            [this] { setColumns(merchant::defaultOrderColumns()); });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void OrderTableHeader::setColumns(const QList<merchant::OrderColumn> &columns)
{
    m_model->setColumns(columns);
    m_desk->setColumns(m_model->columns());
    fitColumns();
    showSort();
}

void OrderTableHeader::retranslate(const QLocale &locale)
{
    m_model->retranslate(locale);
    // A title that is longer in the new language widens its column (within the bound); other widths stay.
    QHeaderView *header = m_table->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        const int wanted = std::min(header->sectionSizeHint(section) + 12, kMaxColumnWidth);
        if (header->sectionSize(section) < wanted)
            header->resizeSection(section, wanted);
    }
}

void OrderTableHeader::fitColumns()
{
    // Widths follow the loaded rows (dates, e-mails and amounts readable), within bounds so one long
    // value does not push the states out of sight.
    if (m_model->rowCount() == 0) {
        m_fitted = false;
        return;
    }
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> widths, floors;
    for (int section = 0; section < header->count(); ++section) {
        widths.append(std::clamp(header->sectionSize(section) + 12, kMinColumnWidth, kMaxColumnWidth));
        // Only free text gives way (names, e-mails, PO numbers, store keys: they elide, and the tooltip
        // and the detail show them whole), never below its title and the sort arrow; dates, amounts and
        // states keep their whole width.
        const merchant::OrderColumn column = m_model->columnAt(section);
        const bool freeText = column == merchant::OrderColumn::Customer ||
                              column == merchant::OrderColumn::PurchaseOrder ||
                              column == merchant::OrderColumn::Store;
        const QString title = m_model->headerData(section, Qt::Horizontal).toString();
        const int titleWidth = std::max(kMinColumnWidth, header->fontMetrics().horizontalAdvance(title) + 24);
        floors.append(freeText ? std::min(widths.last(), titleWidth) : widths.last());
    }
    shrinkToFit(widths, floors, m_table->viewport()->width());
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, widths.at(section));
    m_fitted = true;
}

void OrderTableHeader::shrinkToFit(QList<int> &widths, const QList<int> &floors, int available)
{
    // The widest column gives first, down to the next widest or its floor, until the columns fit the
    // table or every column is at its floor (then the table scrolls sideways).
    int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    while (total > available) {
        int widest = -1;
        int next = 0;
        for (int i = 0; i < widths.size(); ++i) {
            if (widths.at(i) <= floors.at(i))
                continue;
            if (widest < 0 || widths.at(i) > widths.at(widest)) {
                if (widest >= 0)
                    next = std::max(next, widths.at(widest));
                widest = i;
            } else {
                next = std::max(next, widths.at(i));
            }
        }
        if (widest < 0)
            return;
        const int target = std::max({floors.at(widest), next, widths.at(widest) - (total - available)});
        const int give = std::max(1, widths.at(widest) - target);
        widths[widest] -= give;
        total -= give;
    }
}

} // namespace commercedesk::app
