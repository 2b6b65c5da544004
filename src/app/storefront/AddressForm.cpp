// SPDX-License-Identifier: MIT
#include "app/storefront/AddressForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QString capitalized(const QString &field)
{
    return field.left(1).toUpper() + field.mid(1);
}

} // namespace

AddressForm::AddressForm(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_company(new QLineEdit)
    , m_street(new QLineEdit)
    , m_number(new QLineEdit)
    , m_postalCode(new QLineEdit)
    , m_city(new QLineEdit)
    , m_country(new QComboBox)
    , m_email(new QLineEdit)
    , m_problems(new QLabel)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](QWidget *field, const QString &name, const QString &label) {
        field->setObjectName(m_prefix + capitalized(name));
        auto *buddy = new QLabel(label);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    add(m_firstName, u"firstNameEdit"_s, tr("&First name:"));
    add(m_lastName, u"lastNameEdit"_s, tr("&Last name:"));
    add(m_company, u"companyEdit"_s, tr("Compan&y:"));
    auto *streetRow = new QHBoxLayout;
    streetRow->addWidget(m_street, 3);
    streetRow->addWidget(m_number, 1);
    m_street->setObjectName(m_prefix + u"StreetEdit"_s);
    m_number->setObjectName(m_prefix + u"StreetNumberEdit"_s);
    m_number->setAccessibleName(tr("House number"));
    m_number->setPlaceholderText(tr("No."));
    auto *streetLabel = new QLabel(tr("&Street:"));
    streetLabel->setBuddy(m_street);
    form->addRow(streetLabel, streetRow);
    add(m_postalCode, u"postalCodeEdit"_s, tr("&Postal code:"));
    add(m_city, u"cityEdit"_s, tr("Ci&ty:"));
    add(m_country, u"countryCombo"_s, tr("C&ountry:"));
    add(m_email, u"emailEdit"_s, tr("E-&mail:"));
    const QList<QPair<QString, QString>> countries{
        {u"DE"_s, tr("Germany")},     {u"AT"_s, tr("Austria")},        {u"FR"_s, tr("France")},
        {u"NL"_s, tr("Netherlands")}, {u"GB"_s, tr("United Kingdom")}, {u"US"_s, tr("United States")},
    };
    for (const auto &[code, name] : countries)
        m_country->addItem(name, code);
    m_problems->setObjectName(m_prefix + u"ProblemsLabel"_s);
    m_problems->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    form->addRow(m_problems);
}

core::Address AddressForm::address() const
{
    core::Address a;
    a.country = m_country->currentData().toString();
    a.firstName = optionalText(m_firstName);
    a.lastName = optionalText(m_lastName);
    a.company = optionalText(m_company);
    a.streetName = optionalText(m_street);
    a.streetNumber = optionalText(m_number);
    a.postalCode = optionalText(m_postalCode);
    a.city = optionalText(m_city);
    a.email = optionalText(m_email);
    return a;
}

void AddressForm::setAddress(const core::Address &a)
{
    m_firstName->setText(a.firstName.value_or(QString()));
    m_lastName->setText(a.lastName.value_or(QString()));
    m_company->setText(a.company.value_or(QString()));
    m_street->setText(a.streetName.value_or(QString()));
    m_number->setText(a.streetNumber.value_or(QString()));
    m_postalCode->setText(a.postalCode.value_or(QString()));
    m_city->setText(a.city.value_or(QString()));
    m_email->setText(a.email.value_or(QString()));
    const int row = m_country->findData(a.country);
    if (row >= 0)
        m_country->setCurrentIndex(row);
}

void AddressForm::showProblems(const QList<core::AddressProblem> &problems)
{
    QStringList lines;
    for (const core::AddressProblem &p : problems) {
        QString field = p.field;
        if (field == "postalCode"_L1)
            field = tr("Postal code");
        else if (field == "country"_L1)
            field = tr("Country");
        else if (field == "email"_L1)
            field = tr("E-mail");
        else if (field == "state"_L1)
            field = tr("State");
        lines << (p.kind == core::AddressProblem::Kind::Missing
                      ? tr("%1 is required.").arg(field)
                      : tr("%1 is not valid for this country.").arg(field));
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace commercedesk::app
