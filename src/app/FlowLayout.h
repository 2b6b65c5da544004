// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

namespace commercedesk::app {

/// Lays its items out left to right and starts a new row when the next one does not fit, so a bar of
/// buttons and filters never makes the window wider than its narrowest item: in a long language or a
/// narrow window the bar grows a row instead. A horizontal spacer item takes the room left in its row (so
/// what follows it sits at the right end, as in a QHBoxLayout). Height follows the width
/// (hasHeightForWidth()).
class FlowLayout final : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    /// Moves every item of `from` (widgets and spacers, in order) into this layout; `from` is left empty.
    void takeItemsFrom(QLayout *from);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace commercedesk::app
