// SPDX-License-Identifier: MIT
#include "app/storefront/ProductGridDelegate.h"

#include "models/ProductTableModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

constexpr int kPadding = 8;

// Lays `text` out in at most `maxLines` lines of `width`, eliding the last one.
QStringList wrapped(const QString &text, const QFontMetrics &metrics, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text);
    layout.beginLayout();
    for (int i = 0; i < maxLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (i == maxLines - 1 && line.textStart() + line.textLength() < text.size())
            lines << metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
        else
            lines << part;
    }
    layout.endLayout();
    return lines;
}

} // namespace

ProductGridDelegate::ProductGridDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize ProductGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineHeight = option.fontMetrics.lineSpacing();
    // picture, gap, two name lines, gap, price line: every part gets its own band, nothing overlaps
    return {kImageSide + 2 * kPadding, kImageSide + 4 * kPadding + 3 * lineHeight + 4};
}

void ProductGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(selected ? palette.color(QPalette::Highlight).lighter(185)
                               : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const QRect imageRect(card.left() + (card.width() - kImageSide) / 2, card.top() + kPadding, kImageSide,
                          kImageSide);
    const QVariant decoration = index.data(Qt::DecorationRole);
    const QImage image = decoration.value<QImage>();
    if (image.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::AlternateBase).darker(104));
        painter->drawRoundedRect(imageRect, 4, 4);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(imageRect, Qt::AlignCenter, tr("Loading…"));
    } else {
        const QImage scaled = image.scaled(imageRect.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QPoint topLeft(imageRect.left() + (imageRect.width() - scaled.width()) / 2,
                             imageRect.top() + (imageRect.height() - scaled.height()) / 2);
        painter->drawImage(topLeft, scaled);
    }

    const QFontMetrics metrics(opt.font);
    const int textWidth = card.width() - 2 * kPadding;
    int y = imageRect.bottom() + kPadding;
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(opt.font);
    const QString name = index.data(Qt::DisplayRole).toString();
    for (const QString &line : wrapped(name, metrics, textWidth, 2)) {
        painter->drawText(QRect(card.left() + kPadding, y, textWidth, metrics.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
    QFont priceFont = opt.font;
    priceFont.setBold(true);
    painter->setFont(priceFont);
    const QString price = index.siblingAtColumn(models::ProductTableModel::PriceColumn).data().toString();
    const QRect priceRect(card.left() + kPadding, card.bottom() - kPadding - metrics.lineSpacing(), textWidth,
                          metrics.lineSpacing());
    painter->drawText(priceRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      price.isEmpty() ? tr("No price") : price);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }
    painter->restore();
}

} // namespace commercedesk::app
