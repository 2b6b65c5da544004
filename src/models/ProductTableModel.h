// SPDX-License-Identifier: MIT
#pragma once

#include "core/ProductProjection.h"

#include <QAbstractTableModel>
#include <QImage>
#include <QLocale>

#include <functional>

namespace commercedesk::models {

/// Catalog rows for the storefront: one row per product, columns name / SKU / variants / price. Prices are
/// the ones the backend selected for the buyer's context (variant.price); a product without one shows no
/// price. Appending inserts exactly the new rows (beginInsertRows), so views keep their scroll position.
///
/// Images: with setImageLookup(), Qt::DecorationRole of the name column is the lookup's image for the row's
/// ImageUrlRole, or the placeholder while it is null (the lookup may start a load; imageArrived() then
/// repaints the rows showing that URL). Paging: with setMoreAvailable(true), canFetchMore() is true and the
/// first fetchMore() emits fetchMoreRequested() once (further calls do nothing until setMoreAvailable(true)
/// again), so a view scrolled to the end asks the owner for exactly one next page.
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
    void setImageLookup(std::function<QImage(const QUrl &)> lookup) { m_imageLookup = std::move(lookup); }
    void setPlaceholder(const QImage &placeholder) { m_placeholder = placeholder; }
    /// Repaints (dataChanged, DecorationRole) every row whose image is `url`.
    void imageArrived(const QUrl &url);
    void setMoreAvailable(bool more) { m_moreAvailable = more; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// nullptr when `row` is out of range.
    const core::ProductProjection *product(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void fetchMoreRequested();

private:
    QVariant displayData(const core::ProductProjection &product, int column) const;

    QList<core::ProductProjection> m_products;
    QLocale m_locale;
    std::function<QImage(const QUrl &)> m_imageLookup;
    QImage m_placeholder;
    bool m_moreAvailable = false;
};

} // namespace commercedesk::models
