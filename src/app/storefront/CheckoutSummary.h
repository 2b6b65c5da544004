// SPDX-License-Identifier: MIT
#pragma once

#include "core/Cart.h"
#include "core/Order.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace commercedesk::app {

/// Rich-text summaries of a cart (review) or an order (confirmation): lines, shipping, totals and the tax
/// breakdown exactly as the backend computed them. Display only.
class CheckoutSummary
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutSummary)

public:
    static QString cartHtml(const core::Cart &cart, const QString &paymentText, const QLocale &locale,
                            const QString &language);
    static QString orderHtml(const core::Order &order, const QLocale &locale, const QString &language);

private:
    static QString linesHtml(const QList<core::LineItem> &lines, const QLocale &locale,
                             const QString &language);
    static QString totalsHtml(const core::Money &total, const std::optional<core::TaxedPrice> &taxed,
                              const std::optional<core::ShippingInfo> &shipping, const QLocale &locale);
    static QString addressText(const std::optional<core::Address> &address);
};

} // namespace commercedesk::app
