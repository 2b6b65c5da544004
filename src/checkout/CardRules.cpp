// SPDX-License-Identifier: MIT
#include "checkout/CardRules.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

CardBrand CardRules::detectBrand(QStringView digits)
{
    if (digits.isEmpty())
        return CardBrand::Unknown;
    if (digits.front() == u'4')
        return CardBrand::Visa;
    if (digits.size() >= 2) {
        const int two = digits.left(2).toInt();
        if (two == 34 || two == 37)
            return CardBrand::Amex;
        if (two >= 51 && two <= 55)
            return CardBrand::Mastercard;
    }
    if (digits.size() >= 4) {
        const int four = digits.left(4).toInt();
        if (four >= 2221 && four <= 2720)
            return CardBrand::Mastercard;
    }
    return CardBrand::Unknown;
}

bool CardRules::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int value = c.unicode() - u'0';
        if (doubleIt) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool CardRules::lengthValid(CardBrand brand, int length)
{
    switch (brand) {
    case CardBrand::Visa:
        return length == 13 || length == 16 || length == 19;
    case CardBrand::Mastercard:
        return length == 16;
    case CardBrand::Amex:
        return length == 15;
    case CardBrand::Unknown:
        break;
    }
    return length >= 12 && length <= 19;
}

int CardRules::maxLength(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Mastercard:
        return 16;
    case CardBrand::Amex:
        return 15;
    case CardBrand::Visa:
    case CardBrand::Unknown:
        break;
    }
    return 19;
}

int CardRules::cvcLength(CardBrand brand)
{
    return brand == CardBrand::Amex ? 4 : 3;
}

QString CardRules::grouped(QStringView digits, CardBrand brand)
{
    QString out;
    out.reserve(digits.size() + 4);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const bool boundary = brand == CardBrand::Amex ? (i == 4 || i == 10) : (i > 0 && i % 4 == 0);
        if (boundary)
            out.append(u' ');
        out.append(digits.at(i));
    }
    return out;
}

QString CardRules::masked(QStringView digits)
{
    if (digits.size() < 4)
        return u"••••"_s;
    return u"•••• "_s + digits.right(4).toString();
}

QString CardRules::brandKey(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return u"visa"_s;
    case CardBrand::Mastercard:
        return u"mastercard"_s;
    case CardBrand::Amex:
        return u"amex"_s;
    case CardBrand::Unknown:
        break;
    }
    return {};
}

QString CardRules::brandName(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return u"Visa"_s;
    case CardBrand::Mastercard:
        return u"Mastercard"_s;
    case CardBrand::Amex:
        return u"American Express"_s;
    case CardBrand::Unknown:
        break;
    }
    return {};
}

QString CardRules::digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

} // namespace commercedesk::checkout
