// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace commercedesk::app {

/// Paints one ProductTableModel row as a grid card: the picture (Qt::DecorationRole; a neutral placeholder
/// box while it is loading), the name (two lines at most, elided) and the price. Reads the price from the
/// row's price column, so the grid and the list show the same model.
class ProductGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kImageSide = 140;

    explicit ProductGridDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace commercedesk::app
