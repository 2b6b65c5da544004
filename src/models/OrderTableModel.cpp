// SPDX-License-Identifier: MIT
#include "models/OrderTableModel.h"

#include "core/OrderPageSource.h"

#include <QBrush>
#include <QColor>
#include <QSet>

using namespace Qt::StringLiterals;

namespace commercedesk::models {

using core::OrderColumn;

OrderTableModel::OrderTableModel(core::OrderPageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_columns(core::defaultOrderColumns())
{
    connect(source, &core::OrderPageSource::reset, this, &OrderTableModel::onReset);
    connect(source, &core::OrderPageSource::pageLoaded, this, &OrderTableModel::onPage);
}

void OrderTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void OrderTableModel::retranslate(const QLocale &locale)
{
    if (!m_columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    setLocale(locale);
}

void OrderTableModel::setColumns(const QList<OrderColumn> &columns)
{
    if (columns == m_columns || columns.isEmpty())
        return;
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

const core::OrderSummary *OrderTableModel::summary(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

int OrderTableModel::rowOf(const QString &orderId) const
{
    return m_rowById.value(orderId, -1);
}

void OrderTableModel::upsertOrder(const core::OrderSummary &order, bool insertNew)
{
    const int row = rowOf(order.id);
    if (row >= 0) {
        if (m_orders.at(row).version > order.version)
            return; // never go back to an older version
        m_orders[row] = order;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    if (!insertNew)
        return;
    beginInsertRows({}, 0, 0);
    m_orders.prepend(order);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it)
        ++it.value();
    m_rowById.insert(order.id, 0);
    endInsertRows();
}

void OrderTableModel::onReset()
{
    beginResetModel();
    m_orders.clear();
    m_rowById.clear();
    endResetModel();
}

void OrderTableModel::onPage(const QList<core::OrderSummary> &orders)
{
    QList<core::OrderSummary> fresh;
    fresh.reserve(orders.size());
    for (const core::OrderSummary &order : orders) {
        if (!m_rowById.contains(order.id)) // a live insert may already show it
            fresh.append(order);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const core::OrderSummary &order : std::as_const(fresh)) {
        m_rowById.insert(order.id, int(m_orders.size()));
        m_orders.append(order);
    }
    endInsertRows();
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source->canFetchMore();
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_source->fetchMore();
}

QString OrderTableModel::stateText(core::OrderState state)
{
    switch (state) {
    case core::OrderState::Open:
        return tr("Open");
    case core::OrderState::Confirmed:
        return tr("Confirmed");
    case core::OrderState::Complete:
        return tr("Complete");
    case core::OrderState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrderTableModel::stateText(core::PaymentState state)
{
    switch (state) {
    case core::PaymentState::BalanceDue:
        return tr("Balance due");
    case core::PaymentState::Failed:
        return tr("Failed");
    case core::PaymentState::Pending:
        return tr("Pending");
    case core::PaymentState::CreditOwed:
        return tr("Credit owed");
    case core::PaymentState::Paid:
        return tr("Paid");
    }
    return {};
}

QString OrderTableModel::stateText(core::ShipmentState state)
{
    switch (state) {
    case core::ShipmentState::Shipped:
        return tr("Shipped");
    case core::ShipmentState::Delivered:
        return tr("Delivered");
    case core::ShipmentState::Ready:
        return tr("Ready");
    case core::ShipmentState::Pending:
        return tr("Pending");
    case core::ShipmentState::Delayed:
        return tr("Delayed");
    case core::ShipmentState::Partial:
        return tr("Partial");
    case core::ShipmentState::Backorder:
        return tr("Backorder");
    case core::ShipmentState::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString OrderTableModel::columnTitle(OrderColumn column)
{
    switch (column) {
    case OrderColumn::OrderNumber:
        return tr("Order");
    case OrderColumn::Created:
        return tr("Created");
    case OrderColumn::Customer:
        return tr("Customer / unit");
    case OrderColumn::PurchaseOrder:
        return tr("PO number");
    case OrderColumn::Items:
        return tr("Items");
    case OrderColumn::Total:
        return tr("Total");
    case OrderColumn::OrderState:
        return tr("Order state");
    case OrderColumn::PaymentState:
        return tr("Payment");
    case OrderColumn::ShipmentState:
        return tr("Shipment");
    case OrderColumn::OmsSync:
        return tr("OMS");
    case OrderColumn::Store:
        return tr("Store");
    case OrderColumn::Country:
        return tr("Country");
    case OrderColumn::LastModified:
        return tr("Modified");
    }
    return {};
}

QVariant OrderTableModel::display(const core::OrderSummary &order, OrderColumn column) const
{
    if (column == core::OrderColumn::Customer && order.businessUnitKey && m_unitName) {
        const QString name = m_unitName(*order.businessUnitKey);
        if (!name.isEmpty())
            return name;
    }
    switch (column) {
    case OrderColumn::Created:
        return m_locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat);
    case OrderColumn::LastModified:
        return m_locale.toString(order.lastModifiedAt.toLocalTime(), QLocale::ShortFormat);
    case OrderColumn::Items:
        return m_locale.toString(order.itemCount);
    case OrderColumn::Total:
        return order.displayTotal.format(m_locale);
    case OrderColumn::OrderState:
        return stateText(order.orderState);
    case OrderColumn::PaymentState:
        return order.paymentState ? stateText(*order.paymentState) : QString();
    case OrderColumn::ShipmentState:
        return order.shipmentState ? stateText(*order.shipmentState) : QString();
    case OrderColumn::OmsSync:
        return order.isSynced() ? tr("Synced") : tr("Pending");
    default:
        return core::plainValue(order, column);
    }
}

void OrderTableModel::setUnitNames(std::function<QString(const QString &)> name)
{
    m_unitName = std::move(name);
    refreshUnitNames();
}

void OrderTableModel::refreshUnitNames()
{
    const int column = int(m_columns.indexOf(OrderColumn::Customer));
    if (column >= 0 && !m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_orders.size()) - 1, column), {Qt::DisplayRole});
}

QStringList OrderTableModel::businessUnitKeys(int first, int last) const
{
    QStringList keys;
    QSet<QString> seen;
    for (int row = std::max(first, 0); row <= last && row < m_orders.size(); ++row) {
        const std::optional<QString> &key = m_orders.at(row).businessUnitKey;
        if (key && !seen.contains(*key)) {
            seen.insert(*key);
            keys.append(*key);
        }
    }
    return keys;
}

QVariant OrderTableModel::sortKey(const core::OrderSummary &order, OrderColumn column) const
{
    switch (column) {
    case OrderColumn::Created:
        return order.createdAt;
    case OrderColumn::LastModified:
        return order.lastModifiedAt;
    case OrderColumn::Items:
        return order.itemCount;
    case OrderColumn::Total:
        return order.displayTotal.centAmount();
    default:
        return core::plainValue(order, column);
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OrderSummary &order = m_orders.at(index.row());
    const OrderColumn column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, column);
    case Qt::ToolTipRole:
        if (column == OrderColumn::Customer && order.businessUnitKey)
            return order.customerEmail ? *order.businessUnitKey + u" · "_s + *order.customerEmail
                                       : *order.businessUnitKey;
        return {};
    case Qt::TextAlignmentRole:
        return column == OrderColumn::Total || column == OrderColumn::Items
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ForegroundRole:
        if (column == OrderColumn::OmsSync && !order.isSynced())
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (column == OrderColumn::OrderState && order.orderState == core::OrderState::Cancelled)
            return QBrush(QColor(0xa0, 0x20, 0x20));
        return {};
    case OrderIdRole:
        return order.id;
    case OrderNumberRole:
        return order.orderNumber.value_or(QString());
    case VersionRole:
        return order.version;
    case PlainValueRole:
        return core::plainValue(order, column);
    case SortKeyRole:
        return sortKey(order, column);
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(m_columns.at(section));
}

QHash<int, QByteArray> OrderTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OrderIdRole, "orderId"_ba);
    names.insert(OrderNumberRole, "orderNumber"_ba);
    names.insert(VersionRole, "version"_ba);
    names.insert(PlainValueRole, "plainValue"_ba);
    names.insert(SortKeyRole, "sortKey"_ba);
    return names;
}

} // namespace commercedesk::models
