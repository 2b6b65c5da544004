// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/Order.h"
#include "core/Payment.h"
#include "merchant/OmsLogClient.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace commercedesk::app {

/// The order detail as rich text, in the current language and `locale`'s formats: the order's facts,
/// addresses, totals with the tax breakdown, its payments (their transactions are PaymentPanel's; no card
/// data beyond brand and last four), deliveries and parcels, and the OMS sync with its delivery log (or why
/// it could not be read, in ErrorPresenter's words). A value: it renders what it is given and fetches
/// nothing. `payments` empty while the order has payments means they are still loading.
class OrderDetailDocument
{
    Q_DECLARE_TR_FUNCTIONS(commercedesk::app::OrderDetailDocument)

public:
    OrderDetailDocument(const core::Order &order, const QList<core::Payment> &payments,
                        const std::optional<merchant::OmsDeliveryLog> &deliveryLog,
                        const std::optional<api::ApiError> &omsError, const QLocale &locale)
        : m_order(order)
        , m_payments(payments)
        , m_deliveryLog(deliveryLog)
        , m_omsError(omsError)
        , m_locale(locale)
    {}

    QString html() const;
    /// The business unit's name, shown with its key (empty: the key alone).
    void setBusinessUnitName(const QString &name) { m_unitName = name; }

private:
    QString paymentsHtml() const;
    QString deliveriesHtml() const;
    /// The order's return items: quantity and line, shipment and refund state in words, the day recorded and
    /// the seller's comment (nothing without returns).
    QString returnsHtml() const;
    QString omsHtml() const;

    const core::Order &m_order;
    const QList<core::Payment> &m_payments;
    const std::optional<merchant::OmsDeliveryLog> &m_deliveryLog;
    const std::optional<api::ApiError> &m_omsError;
    const QLocale &m_locale;
    QString m_unitName;
};

} // namespace commercedesk::app
