// SPDX-License-Identifier: MIT
#include "checkout/CardForm.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

CardForm::CardForm(Today today, QObject *parent)
    : QObject(parent)
    , m_today(today ? std::move(today) : Today([] { return QDate::currentDate(); }))
{}

CardForm::~CardForm()
{
    overwrite(m_number);
    overwrite(m_cvc);
    overwrite(m_holder);
}

void CardForm::overwrite(QString &value)
{
    if (!value.isEmpty() && !value.isDetached())
        value.detach(); // another copy is shared: make ours private, then zero it
    value.fill(QChar(0));
    value.clear();
}

void CardForm::setNumber(const QString &text)
{
    QString digits = CardRules::digitsOnly(text);
    const int max = CardRules::maxLength(CardRules::detectBrand(digits));
    if (digits.size() > max)
        digits.truncate(max);
    overwrite(m_number);
    m_number = digits;
    Q_EMIT changed();
}

void CardForm::setExpiryText(const QString &text)
{
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    m_expiryEntered = !compact.isEmpty();
    m_expiryMalformed = false;
    m_month = 0;
    m_year = 0;
    QString month;
    QString year;
    if (compact.contains(u'/')) {
        month = compact.section(u'/', 0, 0);
        year = compact.section(u'/', 1);
    } else if (compact.size() == 4 || compact.size() == 6) {
        month = compact.left(2);
        year = compact.mid(2);
    } else if (!compact.isEmpty()) {
        m_expiryMalformed = compact.size() > 6;
        Q_EMIT changed();
        return;
    }
    bool monthOk = false;
    bool yearOk = false;
    const int m = month.toInt(&monthOk);
    const int y = year.toInt(&yearOk);
    if (monthOk && yearOk && (year.size() == 2 || year.size() == 4)) {
        m_month = m;
        m_year = year.size() == 2 ? 2000 + y : y;
    } else if (year.size() > 4 || month.size() > 2) {
        m_expiryMalformed = true;
    }
    Q_EMIT changed();
}

void CardForm::setExpiry(int month, int year)
{
    m_month = month;
    m_year = year;
    m_expiryEntered = true;
    m_expiryMalformed = false;
    Q_EMIT changed();
}

void CardForm::setCvc(const QString &text)
{
    QString digits = CardRules::digitsOnly(text);
    if (digits.size() > 4)
        digits.truncate(4);
    overwrite(m_cvc);
    m_cvc = digits;
    Q_EMIT changed();
}

void CardForm::setHolder(const QString &text)
{
    overwrite(m_holder);
    m_holder = text.simplified();
    Q_EMIT changed();
}

CardForm::State CardForm::numberState() const
{
    if (m_number.isEmpty())
        return State::Empty;
    const CardBrand b = brand();
    const int length = int(m_number.size());
    const bool lengthOk = CardRules::lengthValid(b, length);
    if (lengthOk && CardRules::luhnValid(m_number))
        return State::Valid;
    // A full-length number that fails Luhn is wrong; a shorter one may still be being typed.
    if ((lengthOk && length >= 15) || length >= CardRules::maxLength(b))
        return State::Invalid;
    return State::Incomplete;
}

CardForm::State CardForm::expiryState() const
{
    if (!m_expiryEntered)
        return State::Empty;
    if (m_expiryMalformed)
        return State::Invalid;
    if (m_month == 0 && m_year == 0)
        return State::Incomplete;
    if (m_month < 1 || m_month > 12 || m_year < 2000 || m_year > 2099)
        return State::Invalid;
    const QDate today = m_today();
    if (m_year < today.year() || (m_year == today.year() && m_month < today.month()))
        return State::Invalid;
    return State::Valid;
}

CardForm::State CardForm::cvcState() const
{
    if (m_cvc.isEmpty())
        return State::Empty;
    const int wanted = CardRules::cvcLength(brand());
    if (m_cvc.size() < wanted)
        return State::Incomplete;
    return m_cvc.size() == wanted ? State::Valid : State::Invalid;
}

CardForm::State CardForm::state(Field field) const
{
    switch (field) {
    case Field::Number:
        return numberState();
    case Field::Expiry:
        return expiryState();
    case Field::Cvc:
        return cvcState();
    case Field::Holder:
        return m_holder.isEmpty() ? State::Empty : State::Valid;
    }
    return State::Invalid;
}

bool CardForm::isValid() const
{
    for (Field f : {Field::Number, Field::Expiry, Field::Cvc, Field::Holder}) {
        if (state(f) != State::Valid)
            return false;
    }
    return true;
}

QString CardForm::problem(Field field) const
{
    const State s = state(field);
    if (s == State::Valid || s == State::Empty)
        return {};
    switch (field) {
    case Field::Number:
        return s == State::Incomplete ? tr("The card number is incomplete.")
                                      : tr("This card number is not valid. Please check the digits.");
    case Field::Expiry:
        if (s == State::Incomplete)
            return tr("Enter the expiry date as MM/YY.");
        if (m_month >= 1 && m_month <= 12 && m_year >= 2000)
            return tr("This card has expired.");
        return tr("Enter the expiry date as MM/YY.");
    case Field::Cvc:
        return tr("The security code has %n digit(s) for this card.", nullptr, CardRules::cvcLength(brand()));
    case Field::Holder:
        break;
    }
    return {};
}

void CardForm::wipe()
{
    overwrite(m_number);
    overwrite(m_cvc);
    overwrite(m_holder);
    m_month = 0;
    m_year = 0;
    m_expiryEntered = false;
    m_expiryMalformed = false;
    Q_EMIT changed();
}

} // namespace commercedesk::checkout
