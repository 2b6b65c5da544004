// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace commercedesk::merchant {

/// The invoice number sequence, separate from order numbers: gap-free, never reused, one number per
/// order for good (docs/documents.md). Kept in an INI file (QSettings) beside the app's data —
/// `next` and one `orders/<order id>` = "<number>|<issue date>" entry per invoiced order.
///
/// Contract: numberFor() is the only writer. It takes a QLockFile (`<file>.assign-lock`) so two prints at
/// once — in this process or another — never get the same number, re-reads the file under the lock, returns
/// the order's existing number when it has one, else assigns `next`, and syncs the file before returning. A
/// number is therefore stored before any PDF names it: a crash between assigning and writing the PDF leaves
/// the number assigned to that order, and printing the order again reuses it (no gap, no reuse). The issue
/// date is the date the number was assigned; reprints keep it.
class InvoiceNumbers
{
public:
    struct Number
    {
        qint64 sequence = 0;
        QDate issued;
        QString text() const; ///< "INV-000042"
    };

    explicit InvoiceNumbers(QString filePath);

    /// The order's invoice number, assigned now (dated `today`) when it has none. nullopt when the file is
    /// locked for longer than a few seconds or cannot be written (nothing is assigned then).
    std::optional<Number> numberFor(const QString &orderId, const QDate &today = QDate::currentDate());
    /// The order's number when it has one; never assigns.
    std::optional<Number> existing(const QString &orderId) const;

    /// invoice-numbers.ini under QStandardPaths::AppDataLocation.
    static QString defaultFilePath();

private:
    QString m_filePath;
};

} // namespace commercedesk::merchant
