// SPDX-License-Identifier: MIT
#include "app/storefront/ProductListDelegate.h"

#include <QAbstractItemView>

namespace commercedesk::app {

void ProductListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!(option->features & QStyleOptionViewItem::HasDecoration))
        return;
    const auto *view = qobject_cast<const QAbstractItemView *>(option->widget);
    const QSize limit = view ? view->iconSize() : option->decorationSize;
    if (limit.isValid() &&
        (option->decorationSize.width() > limit.width() || option->decorationSize.height() > limit.height()))
        option->decorationSize = option->decorationSize.scaled(limit, Qt::KeepAspectRatio);
}

} // namespace commercedesk::app
