// SPDX-License-Identifier: MIT
#include "models/ProductTableModel.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::models {

namespace {

const core::Price *selectedPrice(const core::ProductProjection &product)
{
    const core::ProductVariant &master = product.masterVariant;
    if (master.price)
        return &*master.price;
    for (const core::ProductVariant &variant : product.variants) {
        if (variant.price)
            return &*variant.price;
    }
    return nullptr;
}

} // namespace

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProductTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProductTableModel::resetProducts(QList<core::ProductProjection> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

void ProductTableModel::appendProducts(const QList<core::ProductProjection> &products)
{
    if (products.isEmpty())
        return;
    const int first = int(m_products.size());
    beginInsertRows({}, first, first + int(products.size()) - 1);
    m_products.append(products);
    endInsertRows();
}

void ProductTableModel::imageArrived(const QUrl &url)
{
    const QString text = url.toString();
    for (int row = 0; row < m_products.size(); ++row) {
        const auto &images = m_products.at(row).masterVariant.images;
        if (!images.isEmpty() && images.first().url == text)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::DecorationRole});
    }
}

bool ProductTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void ProductTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_moreAvailable = false;
    Q_EMIT fetchMoreRequested();
}

const core::ProductProjection *ProductTableModel::product(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ProductProjection &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(product, index.column());
    case Qt::DecorationRole: {
        if (index.column() != NameColumn || !m_imageLookup)
            return {};
        const QImage image = product.masterVariant.images.isEmpty()
                                 ? QImage()
                                 : m_imageLookup(QUrl(product.masterVariant.images.first().url));
        return image.isNull() ? m_placeholder : image;
    }
    case Qt::ToolTipRole:
        return index.column() == NameColumn && product.description
                   ? QVariant(product.description->text(m_locale))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PriceColumn || index.column() == VariantsColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case ProductIdRole:
        return product.id;
    case SkuRole:
        return product.masterVariant.sku.value_or(QString());
    case PriceMinorUnitsRole:
        if (const core::Price *price = selectedPrice(product))
            return price->effectiveValue().centAmount();
        return {};
    case CurrencyRole:
        if (const core::Price *price = selectedPrice(product))
            return price->effectiveValue().currencyCode();
        return {};
    case ImageUrlRole:
        return product.masterVariant.images.isEmpty()
                   ? QVariant()
                   : QVariant(QUrl(product.masterVariant.images.first().url));
    default:
        return {};
    }
}

QVariant ProductTableModel::displayData(const core::ProductProjection &product, int column) const
{
    switch (column) {
    case NameColumn:
        return product.name.text(m_locale);
    case SkuColumn:
        return product.masterVariant.sku.value_or(QString());
    case VariantsColumn:
        return m_locale.toString(product.variants.size() + 1);
    case PriceColumn:
        if (const core::Price *price = selectedPrice(product))
            return price->effectiveValue().format(m_locale);
        return QString();
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Product");
    case SkuColumn:
        return tr("SKU");
    case VariantsColumn:
        return tr("Variants");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProductIdRole, "productId"_ba);
    names.insert(SkuRole, "sku"_ba);
    names.insert(PriceMinorUnitsRole, "priceMinorUnits"_ba);
    names.insert(CurrencyRole, "currency"_ba);
    names.insert(ImageUrlRole, "imageUrl"_ba);
    return names;
}

} // namespace commercedesk::models
