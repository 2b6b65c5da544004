// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QIODevice;

namespace commercedesk::merchant {

/// Packing slips and invoices for one or many orders: HTML (one page per order) → QTextDocument →
/// QPdfWriter (Qt's own PDF writer; no print dialog, no Widgets). A packing slip lists SKU, name and
/// quantity with the shipping address — no prices; an invoice adds prices, tax per line, the tax breakdown
/// and totals. Synchronous and CPU-bound: fine for a selection, not for thousands of orders at once.
/// Money through core::Money::format with the given locale.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    enum class Kind { PackingSlip, Invoice };

    explicit DocumentPrinter(QLocale locale = QLocale(), QString sellerName = QString());

    QString html(const QList<core::Order> &orders, Kind kind) const;
    /// Writes the PDF to `device` (open for writing). False when nothing could be written.
    bool writePdf(const QList<core::Order> &orders, Kind kind, QIODevice *device) const;
    bool writePdf(const QList<core::Order> &orders, Kind kind, const QString &filePath) const;

private:
    QString orderHtml(const core::Order &order, Kind kind) const;
    QString linesHtml(const core::Order &order, Kind kind) const;
    QString totalsHtml(const core::Order &order) const;

    QLocale m_locale;
    QString m_sellerName;
};

} // namespace commercedesk::merchant
