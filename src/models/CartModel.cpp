// SPDX-License-Identifier: MIT
#include "models/CartModel.h"

#include "models/VariantText.h"

using namespace Qt::StringLiterals;

namespace commercedesk::models {

namespace {

QStringList lineIds(const std::optional<core::Cart> &cart)
{
    QStringList ids;
    if (cart) {
        for (const core::LineItem &line : cart->lineItems)
            ids.append(line.id);
    }
    return ids;
}

} // namespace

QString CartModel::percentText(core::Rate rate, const QLocale &locale)
{
    const qint64 hundredths = (rate.partsPerBillion() + 50'000) / 100'000; // of a percent
    const QString number = hundredths % 100 == 0 ? locale.toString(hundredths / 100)
                                                 : locale.toString(double(hundredths) / 100.0, 'f', 2);
    //: a percentage such as "19 %"
    return tr("%1 %").arg(number);
}

CartModel::CartModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CartModel::setLocale(const QLocale &locale, const QString &language)
{
    m_locale = locale;
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CartModel::setCart(const std::optional<core::Cart> &cart)
{
    if (lineIds(cart) == lineIds(m_cart)) {
        m_cart = cart;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_cart = cart;
    endResetModel();
}

const core::LineItem *CartModel::lineItem(int row) const
{
    if (!m_cart || row < 0 || row >= m_cart->lineItems.size())
        return nullptr;
    return &m_cart->lineItems.at(row);
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_cart ? 0 : int(m_cart->lineItems.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::displayData(const core::LineItem &line, int column) const
{
    switch (column) {
    case ProductColumn: {
        const QString name = line.name.value(m_language);
        return VariantText::withName(name.isEmpty() ? line.name.value(u"en"_s) : name, line.variant,
                                     m_language);
    }
    case SkuColumn:
        return line.variant.sku.value_or(QString());
    case QuantityColumn:
        return m_locale.toString(line.quantity);
    case UnitPriceColumn:
        return line.price.effectiveValue().format(m_locale);
    case TotalColumn:
        return line.totalPrice.format(m_locale);
    default:
        return {};
    }
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    const core::LineItem *line = index.isValid() ? lineItem(index.row()) : nullptr;
    if (!line)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*line, index.column());
    case Qt::EditRole:
        return index.column() == QuantityColumn ? QVariant(int(line->quantity))
                                                : displayData(*line, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= QuantityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LineItemIdRole:
        return line->id;
    case QuantityRole:
        return line->quantity;
    case TaxRateRole:
        if (!line->taxRate)
            return {};
        return percentText(line->taxRate->amount, m_locale);
    default:
        return {};
    }
}

QList<core::LineItem> &CartModel::lines()
{
    return m_cart->lineItems;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn || !lineItem(index.row()))
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 0)
        return false;
    core::LineItem &line = lines()[index.row()];
    if (line.quantity == quantity)
        return true;
    line.quantity = quantity;
    Q_EMIT dataChanged(index, index);
    Q_EMIT quantityRequested(line.id, quantity);
    return true;
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case SkuColumn:
        return tr("SKU");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace commercedesk::models
