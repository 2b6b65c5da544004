// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "merchant/SellerDetails.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace commercedesk::app {

/// The seller's own details for documents (merchant::SellerDetails): legal name and address, VAT id and tax
/// number, contact, bank and default payment terms. Opens with what `settings` holds. Save checks the
/// details (VAT id shape, IBAN checksum, …): malformed fields are listed in "problemsLabel", the first one
/// gets the focus and the dialog stays open with everything typed; valid details are written to `settings`
/// and the dialog accepts. Cancel writes nothing. Fields are named "<field>Edit" ("vatIdEdit", "ibanEdit",
/// …; "paymentTermsSpin"), the buttons "saveButton" and "cancelButton". `settings` must outlive the dialog.
class SellerDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SellerDetailsDialog(QSettings *settings, QWidget *parent = nullptr);

    merchant::SellerDetails details() const; ///< as currently entered

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addField(const QString &field, std::function<QString()> label, const QString &text);
    void save();

    QSettings *m_settings;
    QHash<QString, QLineEdit *> m_edits; ///< by field name
    QSpinBox *m_terms;
    QLabel *m_problems;
    QFormLayout *m_form;
    TextBinder m_texts;
};

} // namespace commercedesk::app
