// SPDX-License-Identifier: MIT
#include "models/OrderHistoryModel.h"

#include "models/OrderTableModel.h"

using namespace Qt::StringLiterals;

namespace commercedesk::models {

OrderHistoryModel::OrderHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderHistoryModel::setLocale(const QLocale &locale)
{
    // Every text changes length (dates, money, state names, headers): a layout change lets views size
    // their columns to the new texts; rows and the selection stay.
    Q_EMIT layoutAboutToBeChanged();
    m_locale = locale;
    Q_EMIT layoutChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void OrderHistoryModel::setOrders(const QList<core::Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    m_moreRequested = false;
    endResetModel();
}

void OrderHistoryModel::appendOrders(const QList<core::Order> &orders)
{
    m_moreRequested = false;
    if (orders.isEmpty())
        return;
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(orders.size()) - 1);
    m_orders.append(orders);
    endInsertRows();
}

void OrderHistoryModel::setHasMore(bool hasMore)
{
    m_hasMore = hasMore;
}

const core::Order *OrderHistoryModel::order(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

int OrderHistoryModel::rowOf(const QString &orderId) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == orderId)
            return row;
    }
    return -1;
}

QString OrderHistoryModel::displayNumber(const core::Order &order)
{
    return order.orderNumber.value_or(order.id);
}

QString OrderHistoryModel::statusText(const core::Order &order)
{
    const QString state = OrderTableModel::stateText(order.orderState);
    if (!order.paymentState)
        return state;
    return tr("%1 · %2").arg(state, paymentText(order));
}

QString OrderHistoryModel::paymentText(const core::Order &order)
{
    if (!order.paymentState)
        return {};
    const bool hasPayment = !order.paymentInfo.payments.isEmpty();
    switch (*order.paymentState) {
    case core::PaymentState::Pending:
        return hasPayment ? tr("Authorized", "payment state for the buyer")
                          : tr("Payment pending", "payment state for the buyer");
    case core::PaymentState::BalanceDue:
        return tr("Partly paid", "payment state for the buyer");
    case core::PaymentState::Paid:
        return tr("Paid", "payment state for the buyer");
    case core::PaymentState::CreditOwed:
        return tr("Refunded", "payment state for the buyer");
    case core::PaymentState::Failed:
        return hasPayment ? tr("Payment released", "payment state for the buyer")
                          : tr("Not paid", "payment state for the buyer");
    }
    return {};
}

int OrderHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::display(const core::Order &order, int column) const
{
    switch (column) {
    case NumberColumn:
        return displayNumber(order);
    case DateColumn:
        return m_locale.toString(order.createdAt.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return statusText(order);
    case ItemsColumn:
        return m_locale.toString(order.totalLineItemQuantity());
    case TotalColumn:
        return order.displayTotal().format(m_locale);
    case PurchaseOrderColumn:
        return order.purchaseOrderNumber.value_or(QString());
    default:
        return {};
    }
}

QVariant OrderHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Order &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn || index.column() == TotalColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NumberColumn)
            return tr("Order %1").arg(displayNumber(order));
        return display(order, index.column());
    case OrderIdRole:
        return order.id;
    case OrderNumberRole:
        return order.orderNumber.value_or(QString());
    case CreatedAtRole:
        return order.createdAt;
    case TotalMinorUnitsRole:
        return order.displayTotal().centAmount();
    default:
        return {};
    }
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Order");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case PurchaseOrderColumn:
        return tr("PO number");
    default:
        return {};
    }
}

bool OrderHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_moreRequested;
}

void OrderHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_moreRequested = true;
    Q_EMIT moreRequested();
}

} // namespace commercedesk::models
