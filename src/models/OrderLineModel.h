// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace commercedesk::models {

/// The line items of one order for the detail panel: SKU, product name, quantity, unit price, tax rate,
/// line total (net or gross as the order computed it). setOrder() resets the model.
class OrderLineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        QuantityColumn,
        UnitPriceColumn,
        TaxColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        LineItemIdRole = Qt::UserRole + 1, ///< QString
        QuantityRole,                      ///< qint64
        TotalMinorUnitsRole,               ///< qint64
    };

    explicit OrderLineModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    /// The language changed: the column titles and every cell are asked for again (headerDataChanged(),
    /// dataChanged(); no reset).
    void retranslate(const QLocale &locale);
    void setOrder(const core::Order &order);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::LineItem> m_lines;
    QLocale m_locale;
};

} // namespace commercedesk::models
