// SPDX-License-Identifier: MIT
#include "sandbox/outside/CardRules.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

bool CardRules::isValidNumber(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString CardRules::brand(const QString &digits)
{
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.startsWith(u'4'))
        return u"visa"_s;
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return u"mastercard"_s;
    if (two == 34 || two == 37)
        return u"amex"_s;
    if (digits.startsWith(u"6011"_s) || two == 65)
        return u"discover"_s;
    return u"unknown"_s;
}

int CardRules::cvcLength(const QString &brand)
{
    return brand == u"amex" ? 4 : 3;
}

CardRules::Outcome CardRules::outcome(const QString &digits)
{
    if (digits == u"4000000000000002")
        return Outcome::Decline;
    if (digits == u"4000000000009995")
        return Outcome::InsufficientFunds;
    if (digits == u"4000000000000069")
        return Outcome::ExpiredCard;
    if (digits == u"4000000000003220")
        return Outcome::Challenge;
    if (digits == u"4000000000000119")
        return Outcome::ProcessingError;
    if (digits == u"4000000000000341")
        return Outcome::Timeout;
    return Outcome::Approve;
}

bool CardRules::declinesRefund(const QString &last4, qint64 cents)
{
    return last4 == u"5126" && cents % 100 == 51;
}

} // namespace commercedesk::sandbox
