// SPDX-License-Identifier: MIT
#include "app/storefront/AddressForm.h"

#include "app/CountryNames.h"
#include "core/AddressRules.h"
#include "core/Subdivisions.h"

#include <QComboBox>
#include <QEvent>
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

// The countries the form offers, by code; their names come from CountryNames::name().
const QStringList kCountries{u"DE"_s, u"AT"_s, u"BE"_s, u"FR"_s, u"IT"_s,
                             u"NL"_s, u"ES"_s, u"GB"_s, u"US"_s, u"CA"_s};

enum LabelIndex { FirstName, LastName, Company, Street, PostalCode, City, Country, State, Email };

} // namespace

AddressForm::AddressForm(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_form(new QFormLayout(this))
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_company(new QLineEdit)
    , m_street(new QLineEdit)
    , m_number(new QLineEdit)
    , m_postalCode(new QLineEdit)
    , m_city(new QLineEdit)
    , m_country(new QComboBox)
    , m_state(new QComboBox)
    , m_email(new QLineEdit)
    , m_problems(new QLabel)
{
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](QWidget *field, const QString &name) {
        field->setObjectName(m_prefix + capitalized(name));
        auto *buddy = new QLabel;
        buddy->setBuddy(field);
        m_labels.append(buddy);
        m_form->addRow(buddy, field);
    };
    add(m_firstName, u"firstNameEdit"_s);
    add(m_lastName, u"lastNameEdit"_s);
    add(m_company, u"companyEdit"_s);
    auto *streetRow = new QHBoxLayout;
    streetRow->addWidget(m_street, 3);
    streetRow->addWidget(m_number, 1);
    m_street->setObjectName(m_prefix + u"StreetEdit"_s);
    m_number->setObjectName(m_prefix + u"StreetNumberEdit"_s);
    auto *streetLabel = new QLabel;
    streetLabel->setBuddy(m_street);
    m_labels.append(streetLabel);
    m_form->addRow(streetLabel, streetRow);
    add(m_postalCode, u"postalCodeEdit"_s);
    add(m_city, u"cityEdit"_s);
    add(m_country, u"countryCombo"_s);
    add(m_state, u"stateCombo"_s);
    add(m_email, u"emailEdit"_s);
    m_problems->setObjectName(m_prefix + u"ProblemsLabel"_s);
    m_problems->setStyleSheet(u"QLabel { color: #8a1c1c; }"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_form->addRow(m_problems);
    retranslate();
    connect(m_country, &QComboBox::currentIndexChanged, this, &AddressForm::onCountryChanged);
    onCountryChanged();
}

void AddressForm::fillCountries()
{
    const QString current = m_country->currentData().toString();
    const QSignalBlocker block(m_country);
    m_country->clear();
    for (const QString &code : kCountries)
        m_country->addItem(CountryNames::name(code), code);
    const int row = m_country->findData(current.isEmpty() ? m_defaultCountry : current);
    m_country->setCurrentIndex(qMax(0, row));
}

void AddressForm::retranslate()
{
    const QStringList texts{tr("&First name:"), tr("&Last name:"),   tr("Compan&y:"),
                            tr("&Street:"),     tr("&Postal code:"), tr("Ci&ty:"),
                            tr("C&ountry:"),    QString(),           tr("E-&mail:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts.at(i));
    m_number->setAccessibleName(tr("House number"));
    m_number->setPlaceholderText(tr("No."));
    fillCountries();
    onCountryChanged();
    showProblems(m_shownProblems);
}

void AddressForm::onCountryChanged()
{
    const QString country = m_country->currentData().toString();
    const QString previous = m_state->currentData().toString();
    m_state->clear();
    const QList<core::Subdivision> subdivisions = core::subdivisionsOf(country);
    m_state->addItem(tr("Choose…"), QString());
    for (const core::Subdivision &s : subdivisions)
        m_state->addItem(u"%1 (%2)"_s.arg(s.name, s.code), s.code);
    m_state->setCurrentIndex(qMax(0, m_state->findData(previous)));
    const bool shown = !subdivisions.isEmpty();
    m_labels[State]->setText(country == "CA"_L1 ? tr("Pro&vince:") : tr("Sta&te:"));
    m_form->setRowVisible(m_state, shown);
    const QString example = core::postalCodeExample(country);
    m_postalCode->setPlaceholderText(example.isEmpty() ? QString() : tr("e.g. %1").arg(example));
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
    if (core::requiresState(a.country) && !m_state->currentData().toString().isEmpty())
        a.state = m_state->currentData().toString();
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
    m_state->setCurrentIndex(qMax(0, m_state->findData(a.state.value_or(QString()))));
}

void AddressForm::setDefaultCountry(const QString &country)
{
    m_defaultCountry = country;
}

void AddressForm::setCountry(const QString &country)
{
    const int row = m_country->findData(country);
    if (row >= 0)
        m_country->setCurrentIndex(row);
}

void AddressForm::clear()
{
    core::Address empty;
    empty.country = m_defaultCountry.isEmpty() ? kCountries.first() : m_defaultCountry;
    setAddress(empty);
    showProblems({});
}

QString AddressForm::fieldName(const QString &field) const
{
    const bool province = m_country->currentData().toString() == "CA"_L1;
    if (field == "firstName"_L1)
        return tr("First name");
    if (field == "lastName"_L1)
        return tr("Last name");
    if (field == "streetName"_L1)
        return tr("Street");
    if (field == "postalCode"_L1)
        return tr("Postal code");
    if (field == "city"_L1)
        return tr("City");
    if (field == "country"_L1)
        return tr("Country");
    if (field == "email"_L1)
        return tr("E-mail");
    if (field == "state"_L1)
        return province ? tr("Province") : tr("State");
    return field;
}

void AddressForm::showProblems(const QList<core::AddressProblem> &problems)
{
    m_shownProblems = problems;
    const QString country = m_country->currentData().toString();
    QStringList lines;
    for (const core::AddressProblem &p : problems) {
        const QString field = fieldName(p.field);
        if (p.kind == core::AddressProblem::Kind::Missing)
            lines << tr("%1 is required.").arg(field);
        else if (p.field == "postalCode"_L1 && !core::postalCodeExample(country).isEmpty())
            lines << tr("Postal code does not match the format of %1 (e.g. %2).")
                         .arg(CountryNames::name(country), core::postalCodeExample(country));
        else if (p.field == "email"_L1)
            lines << tr("E-mail is not a valid address (e.g. name@example.com).");
        else
            lines << tr("%1 is not valid for this country.").arg(field);
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

void AddressForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace commercedesk::app
