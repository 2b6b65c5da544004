// SPDX-License-Identifier: MIT
#include "merchant/DocumentHtml.h"

#include "models/VariantText.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString joined(const std::optional<QString> &a, const std::optional<QString> &b)
{
    return QString(a.value_or(QString()) + u' ' + b.value_or(QString())).trimmed();
}

QString lines(const QStringList &candidates)
{
    QStringList out;
    for (const QString &line : candidates) {
        if (!line.trimmed().isEmpty())
            out.append(esc(line.trimmed()));
    }
    return out.join(u"<br/>"_s);
}

// The net amount of a line: the platform's taxed net, else the total when prices are net.
core::Money lineNet(const core::LineItem &line)
{
    if (line.taxedPrice)
        return line.taxedPrice->totalNet;
    return line.totalPrice;
}

core::Money unitNet(const core::LineItem &line)
{
    if (!line.taxRate || !line.taxRate->includedInPrice || line.quantity <= 0)
        return line.price.effectiveValue();
    const core::Money net = lineNet(line);
    const qint64 cents = (net.centAmount() * 2 + line.quantity) / (line.quantity * 2); // half up
    return core::Money(cents, net.currencyCode(), net.fractionDigits());
}

// An IBAN in groups of four, as printed on paper.
QString grouped(const QString &iban)
{
    QString out;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        out += (out.isEmpty() ? QString() : u" "_s) + iban.mid(i, 4);
    return out;
}

const QString tableStart = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"_s;
const QString headStyle = u" style=\"background-color: #e6e6e6;\""_s;

} // namespace

QString DocumentHtml::addressHtml(const std::optional<core::Address> &address) const
{
    if (!address)
        return QString();
    return lines(
        {address->company.value_or(QString()), address->department.value_or(QString()),
         joined(address->firstName, address->lastName), joined(address->streetName, address->streetNumber),
         address->additionalStreetInfo.value_or(QString()), joined(address->postalCode, address->city),
         address->state.value_or(QString()), countryName(address->country)});
}

QString DocumentHtml::countryName(const QString &code)
{
    static const char *const names[][2] = {
        {"DE", QT_TR_NOOP("Germany")},       {"AT", QT_TR_NOOP("Austria")},
        {"BE", QT_TR_NOOP("Belgium")},       {"FR", QT_TR_NOOP("France")},
        {"IT", QT_TR_NOOP("Italy")},         {"NL", QT_TR_NOOP("Netherlands")},
        {"ES", QT_TR_NOOP("Spain")},         {"LU", QT_TR_NOOP("Luxembourg")},
        {"PL", QT_TR_NOOP("Poland")},        {"DK", QT_TR_NOOP("Denmark")},
        {"IE", QT_TR_NOOP("Ireland")},       {"GB", QT_TR_NOOP("United Kingdom")},
        {"US", QT_TR_NOOP("United States")}, {"CA", QT_TR_NOOP("Canada")},
        {"CH", QT_TR_NOOP("Switzerland")},
    };
    for (const auto &[key, name] : names) {
        if (code.compare(QLatin1StringView(key), Qt::CaseInsensitive) == 0)
            return tr(name);
    }
    return code;
}

bool DocumentHtml::isEuCountry(const QString &code)
{
    static const QStringList eu{u"AT"_s, u"BE"_s, u"BG"_s, u"CY"_s, u"CZ"_s, u"DE"_s, u"DK"_s,
                                u"EE"_s, u"ES"_s, u"FI"_s, u"FR"_s, u"GR"_s, u"HR"_s, u"HU"_s,
                                u"IE"_s, u"IT"_s, u"LT"_s, u"LU"_s, u"LV"_s, u"MT"_s, u"NL"_s,
                                u"PL"_s, u"PT"_s, u"RO"_s, u"SE"_s, u"SI"_s, u"SK"_s, u"XI"_s};
    return eu.contains(code.toUpper());
}

DocumentHtml::DocumentHtml(QLocale locale, SellerDetails seller)
    : m_locale(std::move(locale))
    , m_seller(std::move(seller))
{}

QString DocumentHtml::date(const QDate &date) const
{
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return m_locale.toString(date, format);
}

QString DocumentHtml::percent(const core::Rate &rate) const
{
    const double value = rate.toDouble() * 100;
    const bool whole = qFuzzyCompare(value + 1, std::round(value) + 1);
    return m_locale.toString(value, 'f', whole ? 0 : 1) + u"\u00a0%"_s;
}

QString DocumentHtml::sellerBlock(bool withTaxIds) const
{
    const SellerDetails &s = m_seller;
    QStringList rows{s.legalName, s.street, QString(s.postalCode + u' ' + s.city).trimmed(),
                     countryName(s.country)};
    if (!s.email.isEmpty())
        rows << tr("E-mail: %1").arg(s.email);
    if (!s.phone.isEmpty())
        rows << tr("Phone: %1").arg(s.phone);
    if (withTaxIds && !s.vatId.isEmpty())
        rows << tr("VAT id: %1").arg(s.vatId);
    if (withTaxIds && !s.taxNumber.isEmpty())
        rows << tr("Tax number: %1").arg(s.taxNumber);
    return lines(rows);
}

QString DocumentHtml::metaTable(const QList<std::pair<QString, QString>> &rows) const
{
    QString out = u"<table cellspacing=\"0\" cellpadding=\"1\">"_s;
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            out +=
                u"<tr><td>"_s + esc(label) + u"&nbsp;&nbsp;</td><td><b>"_s + esc(value) + u"</b></td></tr>"_s;
    }
    return out + u"</table>"_s;
}

QString DocumentHtml::tableRow(const QList<Cell> &cells, bool header) const
{
    QString out = tableStart + (header ? u"<tr"_s + headStyle + u'>' : u"<tr>"_s);
    const QString tag = header ? u"th"_s : u"td"_s;
    for (const Cell &cell : cells) {
        out += u"<%1 width=\"%2%\" valign=\"top\" align=\"%3\">"_s.arg(tag)
                   .arg(cell.width)
                   .arg(cell.right ? u"right"_s : u"left"_s) +
               esc(cell.text);
        if (!cell.detail.isEmpty())
            out += u"<br/><small>"_s + esc(cell.detail) + u"</small>"_s;
        out += u"</"_s + tag + u'>';
    }
    return out + u"</tr></table>"_s;
}

DocumentHtml::Parts DocumentHtml::packingSlip(const core::Order &order) const
{
    Parts parts;
    parts.head = tableStart + u"<tr><td width=\"55%\" valign=\"top\"><h1>"_s + esc(tr("Packing slip")) +
                 u"</h1>"_s +
                 metaTable({{tr("Order number"), order.orderNumber.value_or(order.id)},
                            {tr("Order date"), date(order.createdAt.date())},
                            {tr("Purchase order"), order.purchaseOrderNumber.value_or(QString())}}) +
                 u"</td><td width=\"45%\" valign=\"top\"><small>"_s + sellerBlock(false) +
                 u"</small></td></tr>"_s + u"<tr><td colspan=\"2\"><br/><b>"_s + esc(tr("Ship to")) +
                 u"</b><br/>"_s + addressHtml(order.shippingAddress) + u"</td></tr></table><br/>"_s;
    parts.tableHeader = tableRow({{tr("SKU"), 24}, {tr("Item"), 64}, {tr("Qty"), 12, true}}, true);
    const QString language = m_locale.name().left(2);
    for (const core::LineItem &line : order.lineItems) {
        QString variant = models::VariantText::describe(line.variant, language);
        if (variant == u"SKU "_s + line.variant.sku.value_or(QString()))
            variant.clear();
        parts.rows << tableRow({{line.variant.sku.value_or(QString()), 24},
                                {line.name.text(m_locale), 64, false, variant},
                                {m_locale.toString(line.quantity), 12, true}});
    }
    if (order.shippingInfo)
        parts.tail =
            u"<p>"_s + esc(tr("Shipping method: %1").arg(order.shippingInfo->shippingMethodName)) + u"</p>"_s;
    return parts;
}

DocumentHtml::Parts DocumentHtml::invoice(const core::Order &order, const InvoiceNumbers::Number &number,
                                          const QString &buyerVatId) const
{
    const auto &billing = order.billingAddress ? order.billingAddress : order.shippingAddress;
    Parts parts;
    QString &head = parts.head;
    head = tableStart + u"<tr><td width=\"55%\" valign=\"top\"><small>"_s +
           esc(m_seller.legalName + u" · "_s + m_seller.street + u" · "_s + m_seller.postalCode + u' ' +
               m_seller.city) +
           u"</small><br/><br/>"_s + addressHtml(billing);
    if (order.customerEmail)
        head += u"<br/>"_s + esc(*order.customerEmail);
    if (!buyerVatId.isEmpty())
        head += u"<br/>"_s + esc(tr("Your VAT id: %1").arg(buyerVatId));
    head += u"</td><td width=\"45%\" valign=\"top\">"_s + sellerBlock(true) + u"</td></tr></table>"_s;
    head += u"<h1>"_s + esc(tr("Invoice")) + u"</h1>"_s +
            metaTable({{tr("Invoice number"), number.text()},
                       {tr("Invoice date"), date(number.issued)},
                       {tr("Delivery date"), date(order.createdAt.date())},
                       {tr("Order number"), order.orderNumber.value_or(order.id)},
                       {tr("Purchase order"), order.purchaseOrderNumber.value_or(QString())},
                       {tr("Currency"), order.totalPrice.currencyCode()}});
    if (order.shippingAddress && order.shippingAddress != billing)
        head += u"<p><b>"_s + esc(tr("Delivered to")) + u"</b><br/>"_s + addressHtml(order.shippingAddress) +
                u"</p>"_s;
    else
        head += u"<br/>"_s;
    parts.tableHeader = tableRow({{tr("Pos."), 6, true},
                                  {tr("Item"), 43},
                                  {tr("Qty"), 9, true},
                                  {tr("Unit net"), 14, true},
                                  {tr("Tax rate"), 10, true},
                                  {tr("Net amount"), 18, true}},
                                 true);
    const QString language = m_locale.name().left(2);
    int position = 0;
    const auto row = [&](const QString &item, const QString &detail, const QString &qty, const QString &unit,
                         const QString &rate, const QString &net) {
        parts.rows << tableRow({{m_locale.toString(++position), 6, true},
                                {item, 43, false, detail},
                                {qty, 9, true},
                                {unit, 14, true},
                                {rate, 10, true},
                                {net, 18, true}});
    };
    for (const core::LineItem &line : order.lineItems) {
        QString detail = models::VariantText::describe(line.variant, language);
        if (line.variant.sku && !detail.contains(*line.variant.sku))
            detail = (detail.isEmpty() ? QString() : detail + u" · "_s) + tr("SKU %1").arg(*line.variant.sku);
        row(line.name.text(m_locale), detail, m_locale.toString(line.quantity),
            unitNet(line).format(m_locale), line.taxRate ? percent(line.taxRate->amount) : QString(),
            lineNet(line).format(m_locale));
    }
    if (order.shippingInfo) {
        const core::Money net =
            order.taxedShippingPrice ? order.taxedShippingPrice->totalNet : order.shippingInfo->price;
        row(tr("Shipping (%1)").arg(order.shippingInfo->shippingMethodName), QString(), m_locale.toString(1),
            net.format(m_locale),
            order.shippingInfo->taxRate ? percent(order.shippingInfo->taxRate->amount) : QString(),
            net.format(m_locale));
    }
    parts.tail = invoiceTotals(order) + reverseChargeNote(order, billing, buyerVatId) + paymentTerms(number);
    return parts;
}

QString DocumentHtml::reverseChargeNote(const core::Order &order, const std::optional<core::Address> &billing,
                                        const QString &buyerVatId) const
{
    if (buyerVatId.isEmpty() || !billing || m_seller.country.isEmpty())
        return {};
    const QString buyerCountry = billing->country.toUpper();
    if (buyerCountry == m_seller.country.toUpper() || !isEuCountry(buyerCountry) ||
        !isEuCountry(m_seller.country))
        return {};
    // Only when the totals show that no VAT was charged: an invoice with VAT is not a reverse-charge one.
    qint64 tax = 0;
    if (order.taxedPrice) {
        tax = order.taxedPrice->totalGross.centAmount() - order.taxedPrice->totalNet.centAmount();
    } else {
        for (const core::LineItem &line : order.lineItems) {
            if (line.taxedPrice)
                tax += line.taxedPrice->totalGross.centAmount() - line.taxedPrice->totalNet.centAmount();
            else if (line.taxRate && line.taxRate->amount.toDouble() > 0)
                return {}; // a rate but no taxed amount: nothing says the VAT is zero
        }
    }
    if (tax != 0)
        return {};
    // Goods to a business in another member state: a tax-exempt intra-Community supply whose VAT the
    // recipient accounts for (docs/documents.md, "Reverse charge").
    return u"<p><b>"_s + esc(tr("Reverse charge: the recipient accounts for the VAT.")) + u"</b><br/>"_s +
           esc(tr("Tax-exempt intra-Community supply (Art. 138 of Council Directive 2006/112/EC). "
                  "Supplier VAT id %1, recipient VAT id %2.")
                   .arg(m_seller.vatId, buyerVatId)) +
           u"</p>"_s;
}

QString DocumentHtml::invoiceTotals(const core::Order &order) const
{
    // Net per rate from the lines (and shipping); tax per rate from the platform's portions, or from the
    // lines' taxed prices when the order has no taxed price.
    struct PerRate
    {
        core::Rate rate;
        qint64 net = 0;
        qint64 tax = 0;
    };
    QMap<qint64, PerRate> perRate; // key: rate in parts per billion
    const auto keyOf = [](const core::Rate &rate) { return qint64(std::llround(rate.toDouble() * 1e9)); };
    const auto add = [&](const std::optional<core::TaxRate> &rate, const core::Money &net,
                         const std::optional<core::TaxedPrice> &taxed) {
        const core::Rate r = rate ? rate->amount : core::Rate();
        PerRate &entry = perRate[keyOf(r)];
        entry.rate = r;
        entry.net += net.centAmount();
        if (taxed)
            entry.tax += taxed->totalGross.centAmount() - taxed->totalNet.centAmount();
    };
    for (const core::LineItem &line : order.lineItems)
        add(line.taxRate, lineNet(line), line.taxedPrice);
    if (order.shippingInfo)
        add(order.shippingInfo->taxRate,
            order.taxedShippingPrice ? order.taxedShippingPrice->totalNet : order.shippingInfo->price,
            order.taxedShippingPrice);
    if (order.taxedPrice) {
        for (PerRate &entry : perRate)
            entry.tax = 0;
        for (const core::TaxPortion &portion : order.taxedPrice->taxPortions) {
            PerRate &entry = perRate[keyOf(portion.rate)];
            entry.rate = portion.rate;
            entry.tax += portion.amount.centAmount();
        }
    }
    const core::Money &total = order.totalPrice;
    const auto money = [&total, this](qint64 cents) {
        return core::Money(cents, total.currencyCode(), total.fractionDigits()).format(m_locale);
    };
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    const auto row = [&out](const QString &label, const QString &value, bool bold = false) {
        const QString open = bold ? u"<b>"_s : QString();
        const QString close = bold ? u"</b>"_s : QString();
        out += u"<tr><td width=\"70%\" align=\"right\">"_s + open + esc(label) + close +
               u"</td><td width=\"30%\" align=\"right\">"_s + open + esc(value) + close + u"</td></tr>"_s;
    };
    qint64 net = 0;
    qint64 tax = 0;
    for (const PerRate &entry : std::as_const(perRate)) {
        row(tr("Net amount at %1").arg(percent(entry.rate)), money(entry.net));
        row(tr("VAT %1").arg(percent(entry.rate)), money(entry.tax));
        net += entry.net;
        tax += entry.tax;
    }
    if (order.taxedPrice) {
        row(tr("Total net"), order.taxedPrice->totalNet.format(m_locale));
        row(tr("Total VAT"),
            money(order.taxedPrice->totalGross.centAmount() - order.taxedPrice->totalNet.centAmount()));
        row(tr("Total due (%1)").arg(total.currencyCode()), order.taxedPrice->totalGross.format(m_locale),
            true);
    } else {
        row(tr("Total net"), money(net));
        row(tr("Total VAT"), money(tax));
        row(tr("Total due (%1)").arg(total.currencyCode()), money(net + tax), true);
    }
    return out + u"</table>"_s;
}

QString DocumentHtml::paymentTerms(const InvoiceNumbers::Number &number) const
{
    const int days = m_seller.paymentTermsDays;
    QString out = u"<p>"_s;
    out += days == 0 ? esc(tr("Payable immediately without deduction."))
                     : esc(tr("Payable within %n day(s) without deduction, by %1.", nullptr, days)
                               .arg(date(number.issued.addDays(days))));
    if (!m_seller.iban.isEmpty()) {
        out += u"<br/>"_s +
               esc(tr("Bank transfer to %1, IBAN %2").arg(m_seller.legalName, grouped(m_seller.iban)));
        if (!m_seller.bic.isEmpty())
            out += esc(u", BIC "_s + m_seller.bic);
        out += u"<br/>"_s + esc(tr("Please quote invoice number %1 with your payment.").arg(number.text()));
    }
    return out + u"</p>"_s;
}

} // namespace commercedesk::merchant
