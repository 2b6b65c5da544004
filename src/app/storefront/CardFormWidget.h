// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace commercedesk::checkout {
class CardForm;
}

namespace commercedesk::app {

/// The secure card form's widgets over a checkout::CardForm: number (grouped while typing, masked
/// "•••• 4242" when the field is left), expiry MM/YY, CVC (hidden, length per brand), holder, the detected
/// brand, and live hints. Every keystroke goes straight to the CardForm; the widget keeps no copy besides the
/// QLineEdit texts, which it clears when the form is wiped. Never logs.
class CardFormWidget final : public QWidget
{
    Q_OBJECT

public:
    /// `form` must outlive the widget.
    explicit CardFormWidget(checkout::CardForm *form, QWidget *parent = nullptr);

    QLineEdit *firstField() const { return m_number; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Retranslates in place; what was typed stays.
    void changeEvent(QEvent *event) override;

private:
    void syncFromForm();
    void showNumber(bool editing);

    checkout::CardForm *m_form;
    QLineEdit *m_number;
    QLineEdit *m_expiry;
    QLineEdit *m_cvc;
    QLineEdit *m_holder;
    QLabel *m_brand;
    QLabel *m_hints;
    TextBinder m_texts;
};

} // namespace commercedesk::app
