// SPDX-License-Identifier: MIT
#include "merchant/DocumentPrinter.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString addressHtml(const std::optional<core::Address> &address)
{
    if (!address)
        return QString();
    const auto joined = [](const std::optional<QString> &a, const std::optional<QString> &b) {
        return QString(a.value_or(QString()) + u' ' + b.value_or(QString())).trimmed();
    };
    const QStringList candidates{address->company.value_or(QString()),
                                 joined(address->firstName, address->lastName),
                                 joined(address->streetName, address->streetNumber),
                                 joined(address->postalCode, address->city), address->country};
    QStringList lines;
    for (const QString &line : candidates) {
        if (!line.isEmpty())
            lines.append(esc(line));
    }
    return lines.join(u"<br/>"_s);
}

} // namespace

DocumentPrinter::DocumentPrinter(QLocale locale, QString sellerName)
    : m_locale(std::move(locale))
    , m_sellerName(std::move(sellerName))
{}

QString DocumentPrinter::html(const QList<core::Order> &orders, Kind kind) const
{
    QString out = u"<html><body style=\"font-family: sans-serif; font-size: 10pt;\">"_s;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (i > 0)
            out += u"<div style=\"page-break-before: always;\"></div>"_s;
        out += orderHtml(orders.at(i), kind);
    }
    out += u"</body></html>"_s;
    return out;
}

QString DocumentPrinter::orderHtml(const core::Order &order, Kind kind) const
{
    const QString title = kind == Kind::Invoice ? tr("Invoice") : tr("Packing slip");
    const QString number = order.orderNumber.value_or(order.id);
    QString out = u"<h1>"_s + esc(title) + u"</h1>"_s;
    if (!m_sellerName.isEmpty())
        out += u"<p><b>"_s + esc(m_sellerName) + u"</b></p>"_s;
    out += u"<p>"_s + esc(tr("Order %1").arg(number)) + u"<br/>"_s +
           esc(tr("Date: %1").arg(m_locale.toString(order.createdAt.date(), QLocale::ShortFormat)));
    if (order.purchaseOrderNumber)
        out += u"<br/>"_s + esc(tr("Purchase order: %1").arg(*order.purchaseOrderNumber));
    if (order.businessUnit)
        out += u"<br/>"_s + esc(tr("Business unit: %1").arg(order.businessUnit->key));
    out += u"</p><table width=\"100%\"><tr><td valign=\"top\"><b>"_s + esc(tr("Ship to")) + u"</b><br/>"_s +
           addressHtml(order.shippingAddress) + u"</td>"_s;
    if (kind == Kind::Invoice) {
        out += u"<td valign=\"top\"><b>"_s + esc(tr("Bill to")) + u"</b><br/>"_s +
               addressHtml(order.billingAddress ? order.billingAddress : order.shippingAddress) + u"</td>"_s;
    }
    out += u"</tr></table><br/>"_s + linesHtml(order, kind);
    if (kind == Kind::Invoice)
        out += totalsHtml(order);
    else if (order.shippingInfo)
        out +=
            u"<p>"_s + esc(tr("Shipping method: %1").arg(order.shippingInfo->shippingMethodName)) + u"</p>"_s;
    return out;
}

QString DocumentPrinter::linesHtml(const core::Order &order, Kind kind) const
{
    const bool invoice = kind == Kind::Invoice;
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr>"_s;
    QStringList headers{tr("SKU"), tr("Item"), tr("Qty")};
    if (invoice)
        headers << tr("Unit price") << tr("Tax") << tr("Total");
    for (const QString &header : std::as_const(headers))
        out += u"<th align=\"left\">"_s + esc(header) + u"</th>"_s;
    out += u"</tr>"_s;
    for (const core::LineItem &line : order.lineItems) {
        out += u"<tr><td>"_s + esc(line.variant.sku.value_or(QString())) + u"</td><td>"_s +
               esc(line.name.text(m_locale)) + u"</td><td align=\"right\">"_s +
               m_locale.toString(line.quantity) + u"</td>"_s;
        if (invoice) {
            const QString rate =
                line.taxRate ? m_locale.toString(line.taxRate->amount.toDouble() * 100, 'f', 1) + u" %"_s
                             : QString();
            out += u"<td align=\"right\">"_s + esc(line.price.effectiveValue().format(m_locale)) +
                   u"</td><td align=\"right\">"_s + esc(rate) + u"</td><td align=\"right\">"_s +
                   esc(line.totalPrice.format(m_locale)) + u"</td>"_s;
        }
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

QString DocumentPrinter::totalsHtml(const core::Order &order) const
{
    QString out = u"<br/><table align=\"right\" cellpadding=\"3\">"_s;
    const auto row = [&out](const QString &label, const QString &value, bool bold = false) {
        const QString open = bold ? u"<b>"_s : QString();
        const QString close = bold ? u"</b>"_s : QString();
        out += u"<tr><td>"_s + open + esc(label) + close + u"</td><td align=\"right\">"_s + open +
               esc(value) + close + u"</td></tr>"_s;
    };
    if (order.shippingInfo)
        row(tr("Shipping (%1)").arg(order.shippingInfo->shippingMethodName),
            order.shippingInfo->price.format(m_locale));
    if (order.taxedPrice) {
        row(tr("Net total"), order.taxedPrice->totalNet.format(m_locale));
        for (const core::TaxPortion &portion : order.taxedPrice->taxPortions) {
            row(tr("Tax %1 %").arg(m_locale.toString(portion.rate.toDouble() * 100, 'f', 1)),
                portion.amount.format(m_locale));
        }
    }
    row(tr("Total"), order.displayTotal().format(m_locale), true);
    return out + u"</table>"_s;
}

bool DocumentPrinter::writePdf(const QList<core::Order> &orders, Kind kind, QIODevice *device) const
{
    if (!device || !device->isWritable() || orders.isEmpty())
        return false;
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(kind == Kind::Invoice ? tr("Invoice") : tr("Packing slip"));
    writer.setCreator(u"CommerceDesk"_s);
    QTextDocument document;
    document.setHtml(html(orders, kind));
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.print(&writer);
    return true;
}

bool DocumentPrinter::writePdf(const QList<core::Order> &orders, Kind kind, const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return writePdf(orders, kind, &file);
}

} // namespace commercedesk::merchant
