// SPDX-License-Identifier: MIT
#include "sandbox/outside/AuthorizationRequest.h"

#include "sandbox/outside/CardRules.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

template<typename T>
std::optional<T> failWith(AuthorizationRequest::Error *error, const QString &code, const QString &field,
                          const QString &message)
{
    if (error)
        *error = {code, field, message};
    return std::nullopt;
}

// An integral JSON number, or nullopt.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 n = value.toInteger();
    if (static_cast<double>(n) != value.toDouble())
        return std::nullopt;
    return n;
}

bool allDigits(const QString &text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

std::optional<std::pair<qint64, QString>> AuthorizationRequest::parseAmount(const QJsonValue &value,
                                                                            Error *error)
{
    using R = std::pair<qint64, QString>;
    if (!value.isObject())
        return failWith<R>(error, u"missing_field"_s, u"amount"_s, u"amount is required."_s);
    const QJsonObject amount = value.toObject();
    if (!amount.contains(u"centAmount"_s))
        return failWith<R>(error, u"missing_field"_s, u"amount.centAmount"_s, u"centAmount is required."_s);
    const auto cents = integer(amount.value(u"centAmount"_s));
    if (!cents || *cents <= 0 || *cents > 99999999999LL) {
        return failWith<R>(error, u"invalid_amount"_s, u"amount.centAmount"_s,
                           u"centAmount must be a positive whole number of minor units."_s);
    }
    static const QRegularExpression currencyPattern(u"^[A-Z]{3}$"_s);
    const QString currency = amount.value(u"currencyCode"_s).toString();
    if (!amount.contains(u"currencyCode"_s))
        return failWith<R>(error, u"missing_field"_s, u"amount.currencyCode"_s,
                           u"currencyCode is required."_s);
    if (!currencyPattern.match(currency).hasMatch()) {
        return failWith<R>(error, u"invalid_amount"_s, u"amount.currencyCode"_s,
                           u"currencyCode must be an ISO 4217 code such as EUR."_s);
    }
    return R{*cents, currency};
}

std::optional<AuthorizationRequest> AuthorizationRequest::parse(const QJsonObject &body, const QDateTime &now,
                                                                Error *error)
{
    using R = AuthorizationRequest;
    R r;
    const auto amount = parseAmount(body.value(u"amount"_s), error);
    if (!amount)
        return std::nullopt;
    r.centAmount = amount->first;
    r.currency = amount->second;
    if (!body.value(u"card"_s).isObject())
        return failWith<R>(error, u"missing_field"_s, u"card"_s, u"card is required."_s);
    const QJsonObject card = body.value(u"card"_s).toObject();
    if (!card.value(u"number"_s).isString())
        return failWith<R>(error, u"missing_field"_s, u"card.number"_s, u"The card number is required."_s);
    r.number = card.value(u"number"_s).toString().remove(u' ');
    if (!allDigits(r.number) || !CardRules::isValidNumber(r.number)) {
        return failWith<R>(error, u"invalid_number"_s, u"card.number"_s,
                           u"The card number is not a valid card number."_s);
    }
    for (const QString &f : {u"expiryMonth"_s, u"expiryYear"_s}) {
        if (!card.contains(f))
            return failWith<R>(error, u"missing_field"_s, u"card."_s % f, f % u" is required."_s);
    }
    const auto month = integer(card.value(u"expiryMonth"_s));
    const auto year = integer(card.value(u"expiryYear"_s));
    if (!month || *month < 1 || *month > 12) {
        return failWith<R>(error, u"invalid_expiry"_s, u"card.expiryMonth"_s,
                           u"The expiry month must be 1 to 12."_s);
    }
    const QDate today = now.toUTC().date();
    if (!year || *year < today.year() || *year > today.year() + 20 ||
        (*year == today.year() && *month < today.month())) {
        return failWith<R>(error, u"invalid_expiry"_s, u"card.expiryYear"_s,
                           u"The card has expired or the expiry year is not valid."_s);
    }
    r.expiryMonth = static_cast<int>(*month);
    r.expiryYear = static_cast<int>(*year);
    if (!card.value(u"cvc"_s).isString())
        return failWith<R>(error, u"missing_field"_s, u"card.cvc"_s, u"The CVC is required."_s);
    r.cvc = card.value(u"cvc"_s).toString();
    if (!allDigits(r.cvc) || r.cvc.size() != CardRules::cvcLength(r.brand())) {
        return failWith<R>(
            error, u"invalid_cvc"_s, u"card.cvc"_s,
            u"The CVC must have %1 digits for this card."_s.arg(CardRules::cvcLength(r.brand())));
    }
    r.holder = card.value(u"holder"_s).toString();
    r.reference = body.value(u"reference"_s).toString();
    return r;
}

QString AuthorizationRequest::brand() const
{
    return CardRules::brand(number);
}

QString AuthorizationRequest::fingerprint() const
{
    const QJsonObject canonical{{u"centAmount"_s, centAmount},   {u"currency"_s, currency},
                                {u"brand"_s, brand()},           {u"last4"_s, last4()},
                                {u"expiryMonth"_s, expiryMonth}, {u"expiryYear"_s, expiryYear},
                                {u"holder"_s, holder},           {u"reference"_s, reference}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace commercedesk::sandbox
