// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace commercedesk::app {

/// An address editor with buddies for keyboard access: name, company, street, postal code, city, country,
/// the country's state or province (US, CA; shown only there, a list of the valid codes), e-mail. The
/// postal code's placeholder shows the country's format. Validation is core::Address; showProblems() lists
/// what it found in words. `prefix` makes the objectNames unique when two forms live in one window
/// ("shipping" → shippingPostalCodeEdit, shippingStateCombo). Retranslates itself on a language change
/// and keeps what was typed.
class AddressForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AddressForm(const QString &prefix, QWidget *parent = nullptr);

    core::Address address() const;
    void setAddress(const core::Address &address);
    /// Empties every field (country: the first of the list, or the one set by setDefaultCountry()).
    void clear();
    /// The country a cleared form starts with (the market's country).
    void setDefaultCountry(const QString &country);
    /// Chooses `country` (one of the offered codes; others are ignored).
    void setCountry(const QString &country);
    void showProblems(const QList<core::AddressProblem> &problems);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCountries();
    void onCountryChanged();
    QString fieldName(const QString &field) const;

    QString m_prefix;
    QString m_defaultCountry;
    QFormLayout *m_form;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_company;
    QLineEdit *m_street;
    QLineEdit *m_number;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QComboBox *m_country;
    QComboBox *m_state;
    QLineEdit *m_email;
    QLabel *m_problems;
    QList<core::AddressProblem> m_shownProblems;
    QList<QLabel *> m_labels; ///< the row labels, top to bottom
};

} // namespace commercedesk::app
