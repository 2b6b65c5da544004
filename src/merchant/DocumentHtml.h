// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/InvoiceNumbers.h"
#include "merchant/SellerDetails.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace commercedesk::merchant {

/// The HTML (Qt's rich-text subset) of one order's packing slip or invoice, in the current language with
/// money, numbers and dates in `locale`. What each document carries is listed in docs/documents.md:
/// the invoice follows §14 UStG (seller identity and VAT id or tax number, buyer, invoice number and date,
/// delivery date, lines with quantity, unit net price, rate and net total, net and tax per rate, gross
/// total, currency, payment terms and due date, PO number); the packing slip has no prices. A document
/// comes in parts so DocumentPrinter can paginate without splitting a row: the head (addresses, numbers),
/// the item table's header row, one self-contained table per item row (same column widths), and the tail
/// (totals and terms).
class DocumentHtml
{
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)

public:
    struct Parts
    {
        QString head;
        QString tableHeader;
        QStringList rows;
        QString tail;
        QString joined() const { return head + tableHeader + rows.join(QString()) + tail; }
    };

    DocumentHtml(QLocale locale, SellerDetails seller);

    Parts packingSlip(const core::Order &order) const;
    Parts invoice(const core::Order &order, const InvoiceNumbers::Number &number) const;

    QString date(const QDate &date) const; ///< numeric with a four-digit year, in the locale
    QString percent(const core::Rate &rate) const;

private:
    struct Cell
    {
        Cell(QString t, int w, bool r = false, QString d = {})
            : text(std::move(t))
            , width(w)
            , right(r)
            , detail(std::move(d))
        {}
        QString text;
        int width = 0; ///< percent of the body width
        bool right = false;
        QString detail; ///< a smaller second line
    };
    QString tableRow(const QList<Cell> &cells, bool header = false) const;
    QString sellerBlock(bool withTaxIds) const;
    QString metaTable(const QList<std::pair<QString, QString>> &rows) const;
    QString invoiceTotals(const core::Order &order) const;
    QString paymentTerms(const InvoiceNumbers::Number &number) const;

    QLocale m_locale;
    SellerDetails m_seller;
};

} // namespace commercedesk::merchant
