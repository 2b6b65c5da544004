// SPDX-License-Identifier: MIT
#include "app/storefront/CheckoutSummary.h"

#include "app/CountryNames.h"
#include "models/CartModel.h"
#include "models/VariantText.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

QString row(const QString &label, const QString &value, bool bold = false)
{
    const QString open = bold ? u"<b>"_s : QString();
    const QString close = bold ? u"</b>"_s : QString();
    return u"<tr><td style='padding:2px 24px 2px 0'>"_s + open + label.toHtmlEscaped() + close +
           u"</td><td align='right'>"_s + open + value.toHtmlEscaped() + close + u"</td></tr>"_s;
}

} // namespace

QString CheckoutSummary::linesHtml(const QList<core::LineItem> &lines, const QLocale &locale,
                                   const QString &language)
{
    QString html = u"<table cellspacing='0'>"_s;
    for (const core::LineItem &line : lines) {
        QString name = line.name.value(language);
        if (name.isEmpty())
            name = line.name.value(u"en"_s);
        html += row(tr("%1 × %2").arg(locale.toString(line.quantity),
                                      models::VariantText::withName(name, line.variant, language)),
                    line.totalPrice.format(locale));
    }
    return html + u"</table>"_s;
}

QString CheckoutSummary::totalsHtml(const core::Money &total, const std::optional<core::TaxedPrice> &taxed,
                                    const std::optional<core::ShippingInfo> &shipping, const QLocale &locale)
{
    QString html = u"<table cellspacing='0'>"_s;
    if (shipping)
        html += row(tr("Shipping (%1)").arg(shipping->shippingMethodName), shipping->price.format(locale));
    if (taxed) {
        html += row(tr("Net total"), taxed->totalNet.format(locale));
        // A rate's name is the project's data, in the project's language ("DE VAT 19%"): the buyer reads
        // the rate in their own words, and the names only where several portions need telling apart.
        const bool nameThem = taxed->taxPortions.size() > 1;
        for (const core::TaxPortion &portion : taxed->taxPortions) {
            const QString rate = models::CartModel::percentText(portion.rate, locale);
            html += row(nameThem && portion.name && !portion.name->isEmpty()
                            ? tr("Tax %1 (%2)").arg(rate, *portion.name)
                            : tr("Tax %1").arg(rate),
                        portion.amount.format(locale));
        }
        if (taxed->taxPortions.isEmpty() && taxed->totalTax)
            html += row(tr("Tax"), taxed->totalTax->format(locale));
        html += row(tr("Total"), taxed->totalGross.format(locale), true);
    } else {
        html += row(tr("Tax"), tr("not calculated yet"));
        html += row(tr("Total"), total.format(locale), true);
    }
    return html + u"</table>"_s;
}

QString CheckoutSummary::addressText(const std::optional<core::Address> &a)
{
    if (!a)
        return {};
    QStringList parts;
    const QString name =
        QString(a->firstName.value_or(QString()) + u' ' + a->lastName.value_or(QString())).trimmed();
    if (!name.isEmpty())
        parts << name;
    if (a->company)
        parts << *a->company;
    parts
        << QString(a->streetName.value_or(QString()) + u' ' + a->streetNumber.value_or(QString())).trimmed();
    parts << QString(a->postalCode.value_or(QString()) + u' ' + a->city.value_or(QString())).trimmed();
    parts << a->state.value_or(QString());
    parts << CountryNames::name(a->country); // in the buyer's language, as the address form shows it
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

QString CheckoutSummary::cartHtml(const core::Cart &cart, const QString &paymentText, const QLocale &locale,
                                  const QString &language)
{
    QString html =
        u"<h3>"_s + tr("Items").toHtmlEscaped() + u"</h3>"_s + linesHtml(cart.lineItems, locale, language);
    html += u"<h3>"_s + tr("Delivery").toHtmlEscaped() + u"</h3><p>"_s +
            tr("Ship to: %1").arg(addressText(cart.shippingAddress)).toHtmlEscaped() + u"<br>"_s +
            tr("Bill to: %1").arg(addressText(cart.billingAddress)).toHtmlEscaped() + u"</p>"_s;
    html +=
        u"<h3>"_s + tr("Payment").toHtmlEscaped() + u"</h3><p>"_s + paymentText.toHtmlEscaped() + u"</p>"_s;
    html += u"<h3>"_s + tr("Totals").toHtmlEscaped() + u"</h3>"_s +
            totalsHtml(cart.totalPrice, cart.taxedPrice, cart.shippingInfo, locale);
    return html;
}

QString CheckoutSummary::orderHtml(const core::Order &order, const QLocale &locale, const QString &language)
{
    QString html = u"<h2>"_s + tr("Thank you — your order is placed.").toHtmlEscaped() + u"</h2><p>"_s;
    html += (order.orderNumber ? tr("Order number: %1").arg(*order.orderNumber)
                               : tr("Order reference: %1").arg(order.id))
                .toHtmlEscaped();
    if (order.purchaseOrderNumber)
        html += u"<br>"_s + tr("Purchase order: %1").arg(*order.purchaseOrderNumber).toHtmlEscaped();
    html += u"<br>"_s + tr("Ship to: %1").arg(addressText(order.shippingAddress)).toHtmlEscaped() + u"</p>"_s;
    html += linesHtml(order.lineItems, locale, language) + u"<br>"_s;
    html += totalsHtml(order.totalPrice, order.taxedPrice, order.shippingInfo, locale);
    return html;
}

} // namespace commercedesk::app
