// SPDX-License-Identifier: MIT
#include "app/merchant/OrderDetailDocument.h"

#include "app/CountryNames.h"
#include "app/ErrorPresenter.h"
#include "models/OrderTableModel.h"
#include "models/ReturnStateTexts.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title)
{
    return u"<h3 style=\"margin-top:10px; margin-bottom:2px; color:#335;\">"_s + esc(title) + u"</h3>"_s;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style=\"color:#666; padding-right:12px;\">"_s + esc(label) + u"</td><td>"_s + value +
           u"</td></tr>"_s;
}

QString addressText(const std::optional<core::Address> &address)
{
    if (!address)
        return u"—"_s;
    QStringList parts;
    const auto add = [&parts](const QString &text) {
        if (!text.trimmed().isEmpty())
            parts.append(esc(text.trimmed()));
    };
    add(address->company.value_or(QString()));
    add(address->firstName.value_or(QString()) + u' ' + address->lastName.value_or(QString()));
    add(address->streetName.value_or(QString()) + u' ' + address->streetNumber.value_or(QString()));
    add(address->postalCode.value_or(QString()) + u' ' + address->city.value_or(QString()));
    add(CountryNames::name(address->country));
    add(address->email.value_or(QString()));
    return parts.join(u"<br/>"_s);
}

QString percent(const core::Rate &rate, const QLocale &locale)
{
    return locale.toString(rate.toDouble() * 100.0, 'f', 1) + u" %"_s;
}

} // namespace

QString OrderDetailDocument::html() const
{
    const core::Order &order = m_order;
    QString html = u"<table cellspacing=\"0\">"_s;
    html += row(tr("Created"), esc(m_locale.toString(order.createdAt.toLocalTime(), QLocale::LongFormat)));
    html += row(tr("Order state"), esc(models::OrderTableModel::stateText(order.orderState)));
    html += row(tr("Payment state"),
                esc(order.paymentState ? models::OrderTableModel::stateText(*order.paymentState) : u"—"_s));
    html += row(tr("Shipment state"),
                esc(order.shipmentState ? models::OrderTableModel::stateText(*order.shipmentState) : u"—"_s));
    html += row(tr("Customer"), esc(order.customerEmail.value_or(u"—"_s)));
    if (order.businessUnit)
        html += row(tr("Business unit"), m_unitName.isEmpty()
                                             ? esc(order.businessUnit->key)
                                             : esc(m_unitName) + u" (" + esc(order.businessUnit->key) + u')');
    if (order.purchaseOrderNumber)
        html += row(tr("PO number"), esc(*order.purchaseOrderNumber));
    if (order.store)
        html += row(tr("Store"), esc(order.store->key));
    html += row(tr("Version"), QString::number(order.version));
    html += u"</table>"_s;

    html += section(tr("Addresses"));
    html += u"<table width=\"100%\"><tr><td valign=\"top\"><b>"_s + esc(tr("Shipping")) + u"</b><br/>"_s +
            addressText(order.shippingAddress) + u"</td><td valign=\"top\"><b>"_s + esc(tr("Billing")) +
            u"</b><br/>"_s + addressText(order.billingAddress) + u"</td></tr></table>"_s;

    html += section(tr("Totals"));
    html += u"<table cellspacing=\"0\">"_s;
    if (order.shippingInfo) {
        html += row(tr("Shipping method"), esc(order.shippingInfo->shippingMethodName) + u" · "_s +
                                               esc(order.shippingInfo->price.format(m_locale)));
    }
    if (order.taxedPrice) {
        html += row(tr("Net"), esc(order.taxedPrice->totalNet.format(m_locale)));
        for (const core::TaxPortion &portion : order.taxedPrice->taxPortions) {
            html += row(tr("Tax %1").arg(percent(portion.rate, m_locale)) +
                            (portion.name ? u" (" + *portion.name + u')' : QString()),
                        esc(portion.amount.format(m_locale)));
        }
        html += row(tr("Gross"), u"<b>"_s + esc(order.taxedPrice->totalGross.format(m_locale)) + u"</b>"_s);
    } else {
        html += row(tr("Total"), u"<b>"_s + esc(order.totalPrice.format(m_locale)) + u"</b>"_s);
    }
    html += u"</table>"_s;
    html += paymentsHtml() + deliveriesHtml() + returnsHtml() + omsHtml();
    return html;
}

QString OrderDetailDocument::paymentsHtml() const
{
    QString html = section(tr("Payment"));
    if (m_order.paymentInfo.payments.isEmpty())
        return html +
               esc(m_order.purchaseOrderNumber ? tr("Pay by invoice (purchase order).") : tr("No payment."));
    if (m_payments.isEmpty())
        return html + esc(tr("Loading the payment…"));
    for (const core::Payment &payment : m_payments) {
        QString method = payment.paymentMethodInfo.method.value_or(QString());
        if (payment.paymentMethodInfo.name)
            method = payment.paymentMethodInfo.name->text(m_locale);
        html += u"<p>"_s + esc(method) + u" · "_s + esc(payment.amountPlanned.format(m_locale));
        if (payment.interfaceId)
            html += u"<br/>"_s + esc(tr("PSP reference: %1").arg(*payment.interfaceId));
        if (payment.paymentStatus.interfaceCode)
            html += u"<br/>"_s + esc(tr("Status: %1").arg(*payment.paymentStatus.interfaceCode));
        // The checkout's card authorization (custom fields): never more card data than brand and last four.
        if (payment.custom && !payment.custom->text(u"authorizationCode"_s).isEmpty())
            html += u"<br/>"_s +
                    esc(tr("Authorization code: %1").arg(payment.custom->text(u"authorizationCode"_s)));
        if (payment.custom && !payment.custom->text(u"cardLast4"_s).isEmpty())
            html += u"<br/>"_s +
                    esc(tr("Card: %1 ending in %2")
                            .arg(payment.custom->text(u"cardBrand"_s), payment.custom->text(u"cardLast4"_s)));
        // The transactions and what they add up to are the payment section's (PaymentPanel).
        html += u"</p>"_s;
    }
    return html;
}

QString OrderDetailDocument::deliveriesHtml() const
{
    QString html = section(tr("Deliveries"));
    const QList<core::Delivery> deliveries = m_order.deliveries();
    if (deliveries.isEmpty())
        return html + esc(tr("Not shipped yet."));
    for (const core::Delivery &delivery : deliveries) {
        qint64 items = 0;
        for (const core::DeliveryItem &item : delivery.items)
            items += item.quantity;
        html += u"<p><b>"_s + esc(tr("%n item(s)", nullptr, int(items))) + u"</b> · "_s +
                esc(m_locale.toString(delivery.createdAt.toLocalTime(), QLocale::ShortFormat));
        for (const core::Parcel &parcel : delivery.parcels) {
            html += u"<br/>&nbsp;&nbsp;"_s + esc(tr("Parcel"));
            if (parcel.trackingData && parcel.trackingData->trackingId) {
                html += u": "_s + esc(parcel.trackingData->carrier.value_or(QString())) + u' ' + u"<b>"_s +
                        esc(*parcel.trackingData->trackingId) + u"</b>"_s;
            } else {
                html += u": "_s + esc(tr("no tracking"));
            }
        }
        html += u"</p>"_s;
    }
    return html;
}

QString OrderDetailDocument::returnsHtml() const
{
    if (m_order.returnInfo.isEmpty())
        return {};
    QString html = u"<a name=\"returns\"></a>"_s + section(tr("Returns"));
    for (const core::ReturnInfo &info : m_order.returnInfo) {
        for (const core::ReturnItem &item : info.items) {
            const core::LineItem *line = item.lineItemId ? m_order.lineItem(*item.lineItemId) : nullptr;
            const QString name = line ? line->name.text(m_locale) : tr("Custom item");
            html +=
                u"<p><b>"_s + esc(tr("%1 × %2").arg(m_locale.toString(item.quantity), name)) + u"</b> · "_s +
                esc(tr("shipment: %1").arg(models::ReturnStateTexts::shipment(item.shipmentState))) +
                u" · "_s + esc(tr("refund: %1").arg(models::ReturnStateTexts::payment(item.paymentState))) +
                u" · "_s + esc(m_locale.toString(item.createdAt.toLocalTime().date(), QLocale::ShortFormat));
            if (item.comment && !item.comment->isEmpty())
                html += u"<br/>&nbsp;&nbsp;"_s + esc(tr("“%1”").arg(*item.comment));
            html += u"</p>"_s;
        }
    }
    return html;
}

QString OrderDetailDocument::omsHtml() const
{
    QString html = section(tr("Order management system"));
    if (m_order.syncInfo.isEmpty()) {
        html += u"<p style=\"color:#b06000;\">"_s + esc(tr("Not yet received by the OMS.")) + u"</p>"_s;
    } else {
        for (const core::SyncInfo &sync : m_order.syncInfo) {
            html += u"<p>"_s +
                    esc(tr("Synced %1 as %2")
                            .arg(m_locale.toString(sync.syncedAt.toLocalTime(), QLocale::ShortFormat),
                                 sync.externalId.value_or(u"—"_s))) +
                    u"</p>"_s;
        }
    }
    if (m_deliveryLog) {
        html += u"<p>"_s + esc(tr("Delivery attempts: %1").arg(m_deliveryLog->attempts));
        if (!m_deliveryLog->lastError.isEmpty())
            html += u"<br/>"_s + esc(tr("Last error: %1").arg(m_deliveryLog->lastError));
        for (const merchant::OmsDeliveryLog::Received &received : m_deliveryLog->received) {
            html += u"<br/>&nbsp;&nbsp;"_s + esc(received.type) + u" #"_s +
                    QString::number(received.sequenceNumber) + u" · "_s +
                    esc(m_locale.toString(received.receivedAt.toLocalTime(), QLocale::ShortFormat));
        }
        html += u"</p>"_s;
    } else if (m_omsError && m_omsError->code == merchant::OmsLogClient::kNotFound) {
        html += u"<p>"_s + esc(tr("The OMS has no delivery log for this order.")) + u"</p>"_s;
    } else if (m_omsError && m_omsError->kind != api::ApiError::Kind::Configuration) {
        html +=
            u"<p style=\"color:#a02020;\">"_s +
            esc(tr("The OMS delivery log could not be read: %1").arg(ErrorPresenter::describe(*m_omsError))) +
            u"</p>"_s;
    }
    return html;
}

} // namespace commercedesk::app
