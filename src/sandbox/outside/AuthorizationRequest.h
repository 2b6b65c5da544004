// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// A validated POST /v1/authorizations body. Holds the card number and CVC in memory only: they
// never leave this value except as brand, last4 and the test-card outcome.
struct AuthorizationRequest
{
    struct Error
    {
        QString code;  // invalid_number | invalid_expiry | invalid_cvc | invalid_amount | missing_field
        QString field; // "card.number", "amount.centAmount", …
        QString message;
    };

    qint64 centAmount = 0;
    QString currency;
    QString number;
    int expiryMonth = 0;
    int expiryYear = 0;
    QString cvc;
    QString holder;
    QString reference;

    // Validates `body` against the gateway rules (Luhn, expiry not before `now`'s month, CVC length
    // per brand, positive integer amount, ISO currency). Error: the first problem found.
    static std::optional<AuthorizationRequest> parse(const QJsonObject &body, const QDateTime &now,
                                                     Error *error);
    // Parses an optional {"amount":{centAmount,currencyCode}} (capture, refund). Error when present but bad.
    static std::optional<std::pair<qint64, QString>> parseAmount(const QJsonValue &value, Error *error);

    QString brand() const;
    QString last4() const { return number.right(4); }
    // SHA-256 over everything but number and CVC (amount, reference, holder, brand, last4, expiry):
    // the same body always gives the same fingerprint, and no card secret can be recovered from it.
    QString fingerprint() const;
};

} // namespace commercedesk::sandbox
