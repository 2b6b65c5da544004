// SPDX-License-Identifier: MIT
#include "app/FlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace commercedesk::app {

namespace {

bool isSpacer(QLayoutItem *item)
{
    return item->spacerItem() != nullptr;
}

bool isHidden(QLayoutItem *item)
{
    return item->widget() && item->widget()->isHidden();
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::takeItemsFrom(QLayout *from)
{
    while (QLayoutItem *item = from->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            delete item;
            addWidget(widget);
        } else {
            addItem(item);
        }
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (QLayoutItem *item : m_items) {
        if (!isSpacer(item) && !isHidden(item))
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row: every visible item side by side.
    int width = 0;
    int height = 0;
    for (QLayoutItem *item : m_items) {
        if (isSpacer(item) || isHidden(item))
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_spacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// Places the items row by row within `rect` (when `apply`) and returns the height used.
int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    int index = 0;
    const int total = int(m_items.size());
    while (index < total) {
        // Gather one row: as many visible items as fit (at least one).
        QList<QLayoutItem *> row;
        int used = 0;
        int spacers = 0;
        int height = 0;
        for (; index < total; ++index) {
            QLayoutItem *item = m_items.at(index);
            if (isHidden(item))
                continue;
            if (isSpacer(item)) {
                row.append(item);
                ++spacers;
                continue;
            }
            const int width = item->sizeHint().width();
            const int needed = used + (used > 0 ? m_spacing : 0) + width;
            if (needed > area.width() && used > 0)
                break;
            row.append(item);
            used = needed;
            height = std::max(height, item->sizeHint().height());
        }
        const int spare = std::max(0, area.width() - used);
        int x = area.x();
        bool first = true;
        for (QLayoutItem *item : std::as_const(row)) {
            if (isSpacer(item)) {
                x += spare / spacers;
                continue;
            }
            if (!first)
                x += m_spacing;
            first = false;
            const QSize hint = item->sizeHint();
            const int width = std::min(hint.width(), area.width());
            if (apply)
                item->setGeometry(
                    QRect(QPoint(x, y + (height - hint.height()) / 2), QSize(width, hint.height())));
            x += width;
        }
        y += height + m_spacing;
    }
    return std::max(0, y - m_spacing - area.y()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace commercedesk::app
