// SPDX-License-Identifier: MIT
#include "merchant/DocumentPrinter.h"

#include "merchant/DocumentHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <memory>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

constexpr double MarginMm = 18;
constexpr double FooterPt = 8;
constexpr double BodyPt = 9.5;

} // namespace

DocumentPrinter::DocumentPrinter(QLocale locale, SellerDetails seller, QPageSize::PageSizeId pageSize)
    : m_locale(std::move(locale))
    , m_seller(std::move(seller))
    , m_pageSize(pageSize)
{}

QPageSize::PageSizeId DocumentPrinter::pageSizeFor(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

std::optional<DocumentHtml::Parts> DocumentPrinter::parts(const core::Order &order, Kind kind) const
{
    const DocumentHtml document(m_locale, m_seller);
    if (kind == Kind::PackingSlip)
        return document.packingSlip(order);
    const auto number = m_numbers.constFind(order.id);
    if (number == m_numbers.cend())
        return std::nullopt;
    return document.invoice(order, *number, m_buyerVatIds.value(order.id));
}

QString DocumentPrinter::html(const core::Order &order, Kind kind) const
{
    const auto document = parts(order, kind);
    return document ? u"<html><body>"_s + document->joined() + u"</body></html>"_s : QString();
}

bool DocumentPrinter::writePdf(const QList<core::Order> &orders, Kind kind, QIODevice *device) const
{
    if (!device || !device->isWritable() || orders.isEmpty())
        return false;
    QList<DocumentHtml::Parts> documents;
    for (const core::Order &order : orders) {
        const auto document = parts(order, kind);
        if (!document)
            return false;
        documents.append(*document);
    }
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(m_pageSize));
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    writer.setResolution(300);
    const QString title = kind == Kind::Invoice ? tr("Invoice") : tr("Packing slip");
    writer.setTitle(title);
    writer.setCreator(u"CommerceDesk"_s);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(FooterPt);
    const double footerLine = QFontMetricsF(footerFont, &writer).height();
    const double bodyHeight = area.height() - footerLine * 2.5;
    bool firstPage = true;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const core::Order &order = orders.at(i);
        const QString footerLeft =
            title + u' ' +
            (kind == Kind::Invoice ? m_numbers.value(order.id).text() : order.orderNumber.value_or(order.id));
        const PageLayout layout = layOut(documents.at(i), &writer, area.width(), bodyHeight);
        for (int page = 0; page < layout.pageCount; ++page) {
            if (!firstPage)
                writer.newPage();
            firstPage = false;
            for (const Placement &placed : layout.placements) {
                if (placed.page != page)
                    continue;
                painter.save();
                painter.translate(0, placed.y);
                placed.block->drawContents(&painter);
                painter.restore();
            }
            painter.setFont(footerFont);
            const QRectF footer(0, area.height() - footerLine, area.width(), footerLine);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
            painter.drawText(
                footer, Qt::AlignRight | Qt::AlignBottom,
                tr("Page %1 of %2").arg(m_locale.toString(page + 1), m_locale.toString(layout.pageCount)));
        }
    }
    return painter.end();
}

DocumentPrinter::PageLayout DocumentPrinter::layOut(const DocumentHtml::Parts &document, QPaintDevice *device,
                                                    double width, double bodyHeight)
{
    PageLayout layout;
    const auto block = [&layout, device, width](const QString &html) {
        auto text = std::make_shared<QTextDocument>();
        text->documentLayout()->setPaintDevice(device);
        QTextOption wrap = text->defaultTextOption();
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        text->setDefaultTextOption(wrap);
        text->setDocumentMargin(0);
        QFont font = text->defaultFont();
        font.setPointSizeF(BodyPt);
        text->setDefaultFont(font);
        text->setHtml(u"<html><body>"_s + html + u"</body></html>"_s);
        text->setTextWidth(width);
        return text;
    };
    const auto header = block(document.tableHeader);
    int page = 0;
    double y = 0;
    // Places `text` whole: on this page when it fits, else on the next (with the table header first when
    // `repeatHeader`). A block taller than a page starts a page and is drawn whole anyway.
    const auto place = [&](const std::shared_ptr<QTextDocument> &text, bool repeatHeader) {
        const double height = text->size().height();
        if (y > 0 && y + height > bodyHeight) {
            ++page;
            y = 0;
            if (repeatHeader) {
                layout.placements.append({header, page, 0});
                y = header->size().height();
            }
        }
        layout.placements.append({text, page, y});
        y += height;
    };
    place(block(document.head), false);
    if (!document.rows.isEmpty()) {
        // The header with at least the first row: never a lone header at the foot of a page.
        const auto first = block(document.rows.first());
        if (y + header->size().height() + first->size().height() > bodyHeight) {
            ++page;
            y = 0;
        }
        layout.placements.append({header, page, y});
        y += header->size().height();
        place(first, true);
        for (qsizetype row = 1; row < document.rows.size(); ++row)
            place(block(document.rows.at(row)), true);
    }
    if (!document.tail.isEmpty())
        place(block(u"<br/>"_s + document.tail), false);
    layout.pageCount = page + 1;
    return layout;
}

bool DocumentPrinter::writePdf(const QList<core::Order> &orders, Kind kind, const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return writePdf(orders, kind, &file);
}

} // namespace commercedesk::merchant
