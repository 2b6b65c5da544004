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
/// total, currency, payment terms and due date, PO number, the buyer's VAT id when known); the packing slip
/// has no prices. Countries are named in the current language. A document
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
    /// `buyerVatId` (empty: unknown) is printed under the buyer's address. When the seller and the buyer
    /// (billing address) are in different EU member states, the buyer has a VAT id and the invoice charges
    /// no VAT, it carries the reverse-charge note of a tax-exempt intra-Community supply (docs/documents.md);
    /// with VAT charged it does not.
    Parts invoice(const core::Order &order, const InvoiceNumbers::Number &number,
                  const QString &buyerVatId = {}) const;
    /// The country of an ISO 3166-1 alpha-2 code in the current language ("DE" → "Deutschland" in German);
    /// a code the documents do not know is returned as it is.
    static QString countryName(const QString &code);
    /// True when `code` is an EU member state (VAT area; "XI" Northern Ireland for goods).
    static bool isEuCountry(const QString &code);

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
    QString addressHtml(const std::optional<core::Address> &address) const;
    /// The reverse-charge note, or empty when it does not apply (see invoice()).
    QString reverseChargeNote(const core::Order &order, const std::optional<core::Address> &billing,
                              const QString &buyerVatId) const;
    QString paymentTerms(const InvoiceNumbers::Number &number) const;

    QLocale m_locale;
    SellerDetails m_seller;
};

} // namespace commercedesk::merchant
