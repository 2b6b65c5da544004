// SPDX-License-Identifier: MIT
#include "models/OrderLineModel.h"

using namespace Qt::StringLiterals;

namespace commercedesk::models {

OrderLineModel::OrderLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderLineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OrderLineModel::retranslate(const QLocale &locale)
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    setLocale(locale);
}

void OrderLineModel::setOrder(const core::Order &order)
{
    beginResetModel();
    m_lines = order.lineItems;
    endResetModel();
}

void OrderLineModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int OrderLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LineItem &line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= QuantityColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    }
    if (role == LineItemIdRole)
        return line.id;
    if (role == QuantityRole)
        return line.quantity;
    if (role == TotalMinorUnitsRole)
        return line.totalPrice.centAmount();
    if (role == Qt::ToolTipRole && (index.column() == NameColumn || index.column() == SkuColumn))
        return data(index, Qt::DisplayRole); // the full text of what a narrow column elides
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SkuColumn:
        return line.variant.sku.value_or(QString());
    case NameColumn:
        return line.name.text(m_locale);
    case QuantityColumn:
        return m_locale.toString(line.quantity);
    case UnitPriceColumn:
        return line.price.effectiveValue().format(m_locale);
    case TaxColumn:
        if (!line.taxRate)
            return QString();
        return QString(m_locale.toString(line.taxRate->amount.toDouble() * 100.0, 'f', 1) + u" %"_s);
    case TotalColumn:
        return line.totalPrice.format(m_locale);
    default:
        return {};
    }
}

QVariant OrderLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case TaxColumn:
        return tr("Tax");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace commercedesk::models
