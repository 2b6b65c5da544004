// SPDX-License-Identifier: MIT
#pragma once

#include "core/Cart.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace commercedesk::models {

/// The lines of the buyer's cart: product / SKU / quantity / unit price / line total, as the backend
/// computed them. The quantity column is editable: setData() does not change the cart, it shows the new
/// quantity at once (optimistically) and emits quantityRequested(); the next setCart() shows the truth.
/// setCart() with the same lines in the same order only emits dataChanged (selection and editors survive);
/// otherwise the model resets.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, SkuColumn, QuantityColumn, UnitPriceColumn, TotalColumn, ColumnCount };
    enum Role {
        LineItemIdRole = Qt::UserRole + 1, ///< QString
        QuantityRole,                      ///< qint64
        TaxRateRole,                       ///< QString "19 %", or invalid when the line has no tax rate yet
    };

    explicit CartModel(QObject *parent = nullptr);

    /// "19 %", "7.5 %" in `locale` (display only; rates stay exact in core::Rate).
    static QString percentText(core::Rate rate, const QLocale &locale);

    void setLocale(const QLocale &locale, const QString &language);
    /// nullopt = no cart (no rows).
    void setCart(const std::optional<core::Cart> &cart);
    const std::optional<core::Cart> &cart() const { return m_cart; }
    /// nullptr when out of range.
    const core::LineItem *lineItem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The buyer edited a quantity (0 = remove the line).
    void quantityRequested(const QString &lineItemId, qint64 quantity);

private:
    QVariant displayData(const core::LineItem &line, int column) const;
    QList<core::LineItem> &lines();

    std::optional<core::Cart> m_cart;
    QLocale m_locale;
    QString m_language = QStringLiteral("en");
};

} // namespace commercedesk::models
