// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/DocumentHtml.h"
#include "merchant/InvoiceNumbers.h"
#include "merchant/SellerDetails.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;
class QPaintDevice;
class QTextDocument;

namespace commercedesk::merchant {

/// Packing slips and invoices for one or many orders as one PDF (Qt's QPdfWriter; no print dialog, no
/// Widgets). Each order is its own document (DocumentHtml parts) starting on a new page, laid out inside
/// 18 mm margins of the page size: long text wraps (anywhere, when a word is wider than its column); blocks
/// (head, each item row, the totals) are placed whole — a row or the totals that do not fit go to the next
/// page, never cut — item tables continue with their header row repeated, and every page has a footer
/// "Page x of y" (counted per document) under the body. Nothing is clipped, so nothing hidden is in the PDF.
/// Money, numbers and dates in `locale`, words in the current language. An invoice needs its number
/// (setInvoiceNumbers); writePdf() fails without one, so no invoice goes out unnumbered. Synchronous and
/// CPU-bound: fine for a selection, not for thousands of orders.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    enum class Kind { PackingSlip, Invoice };

    explicit DocumentPrinter(QLocale locale = QLocale(), SellerDetails seller = {},
                             QPageSize::PageSizeId pageSize = QPageSize::A4);

    /// The page size the seller's locale expects: US Letter where the US measurement system is used, else A4.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

    /// Invoice numbers by order id.
    void setInvoiceNumbers(QHash<QString, InvoiceNumbers::Number> numbers) { m_numbers = std::move(numbers); }

    /// The buyers' VAT ids by order id (BuyerVatIds), printed on their invoices.
    void setBuyerVatIds(QHash<QString, QString> vatIds) { m_buyerVatIds = std::move(vatIds); }

    /// One order's document as HTML (empty for an invoice without a number).
    QString html(const core::Order &order, Kind kind) const;
    /// Writes the PDF to `device` (open for writing). False when nothing could be written or an invoice
    /// has no number.
    bool writePdf(const QList<core::Order> &orders, Kind kind, QIODevice *device) const;
    bool writePdf(const QList<core::Order> &orders, Kind kind, const QString &filePath) const;

private:
    struct Placement
    {
        std::shared_ptr<QTextDocument> block;
        int page = 0;
        double y = 0; ///< device pixels from the top of the body
    };
    struct PageLayout
    {
        QList<Placement> placements;
        int pageCount = 1;
    };
    std::optional<DocumentHtml::Parts> parts(const core::Order &order, Kind kind) const;
    static PageLayout layOut(const DocumentHtml::Parts &document, QPaintDevice *device, double width,
                             double bodyHeight);

    QLocale m_locale;
    SellerDetails m_seller;
    QPageSize::PageSizeId m_pageSize;
    QHash<QString, InvoiceNumbers::Number> m_numbers;
    QHash<QString, QString> m_buyerVatIds;
};

} // namespace commercedesk::merchant
