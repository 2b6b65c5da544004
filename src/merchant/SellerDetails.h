// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace commercedesk::merchant {

/// Who sells: what an invoice must name about the seller (docs/documents.md; §14 UStG as the reference:
/// full name and address, VAT id or tax number) plus contact, bank and the default payment terms. Kept in
/// the "seller/" group of the app's QSettings; edited by the seller in app::SellerDetailsDialog. Values are
/// stored as typed (trimmed); VAT id, IBAN and BIC are compared without spaces and in upper case.
struct SellerDetails
{
    Q_DECLARE_TR_FUNCTIONS(SellerDetails)

public:
    /// One complaint about one field; `field` names it ("legalName", "vatId", "iban", …).
    struct Problem
    {
        QString field;
        QString message;
    };

    QString legalName;
    QString street; ///< street and number
    QString postalCode;
    QString city;
    QString country;   ///< ISO 3166-1 alpha-2, e.g. "DE"
    QString vatId;     ///< e.g. "DE123456789"
    QString taxNumber; ///< national tax number (Steuernummer), when there is no VAT id or in addition
    QString email;
    QString phone;
    QString iban;
    QString bic;
    int paymentTermsDays = 14;

    static SellerDetails load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Every field that is malformed (VAT id shape for its country prefix, IBAN checksum, BIC shape, e-mail,
    /// country code, terms 0–365 days). Empty fields are not malformed.
    QList<Problem> problems() const;
    /// The fields an invoice cannot be issued without, in the current language, e.g. "Legal name".
    QStringList missingForInvoice() const;

    /// True when `vatId` has the shape of a VAT id of the EU member state (or XI, GB) its prefix names.
    static bool isValidVatId(const QString &vatId);
    /// True when `iban` (spaces allowed) has a country prefix, check digits and passes ISO 13616 mod 97.
    static bool isValidIban(const QString &iban);
    static QString compact(const QString &text); ///< without whitespace, upper case
};

} // namespace commercedesk::merchant
