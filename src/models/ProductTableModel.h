// SPDX-License-Identifier: MIT
#pragma once

#include "core/ProductProjection.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace commercedesk::models {

/// Catalog rows for the storefront: one row per product, columns name / SKU / variants / price. Prices are
/// the ones the backend selected for the buyer's context (variant.price); a product without one shows no
/// price. Appending inserts exactly the new rows (beginInsertRows), so views keep their scroll position.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SkuColumn, VariantsColumn, PriceColumn, ColumnCount };
    enum Role {
        ProductIdRole = Qt::UserRole + 1, ///< QString
        SkuRole,                          ///< QString, master variant
        PriceMinorUnitsRole,              ///< qint64, or invalid when no price was selected
        CurrencyRole,                     ///< QString
        ImageUrlRole,                     ///< QUrl of the master variant's first image, or invalid
    };

    explicit ProductTableModel(QObject *parent = nullptr);

    /// Locale for names and money; changing it repaints every row.
    void setLocale(const QLocale &locale);

    void resetProducts(QList<core::ProductProjection> products);
    void appendProducts(const QList<core::ProductProjection> &products);
    /// nullptr when `row` is out of range.
    const core::ProductProjection *product(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const core::ProductProjection &product, int column) const;

    QList<core::ProductProjection> m_products;
    QLocale m_locale;
};

} // namespace commercedesk::models
