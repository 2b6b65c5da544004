// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace commercedesk::app {

/// Draws the product list's cells as the default delegate does, but a picture (Qt::DecorationRole, a QImage
/// of any size: ProductTableModel gives the loaded product image as it came) at most the view's icon size,
/// aspect kept — a 160 px image would otherwise be drawn at 160 px, wider than the name column's icon
/// and over the row below.
class ProductListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace commercedesk::app
