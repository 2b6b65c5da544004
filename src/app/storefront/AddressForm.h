// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace commercedesk::app {

/// An address editor (name, street, postal code, city, country, e-mail) with buddies for keyboard access.
/// Validation is core::Address::validate(); showProblems() marks the fields it names. `prefix` makes the
/// objectNames unique when two forms live in one window ("shipping" → shippingPostalCodeEdit).
class AddressForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AddressForm(const QString &prefix, QWidget *parent = nullptr);

    core::Address address() const;
    void setAddress(const core::Address &address);
    void showProblems(const QList<core::AddressProblem> &problems);

private:
    QString m_prefix;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_company;
    QLineEdit *m_street;
    QLineEdit *m_number;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QComboBox *m_country;
    QLineEdit *m_email;
    QLabel *m_problems;
};

} // namespace commercedesk::app
