// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <mutex>
#include <string>
#include <string_view>

namespace commercedesk::platform {

// Masks credentials and card data in log text. Pure text-in/text-out; Logging puts one in front of every
// sink.
//
// What is masked (the replacement is mask(), "***", unless noted):
//  - header values: `Authorization: <scheme> <value>` (also Proxy-Authorization, any case, `:` or `=`, quoted
//  in
//    JSON) keeps the scheme: `Authorization: Bearer ***`; a free-standing `Bearer <token>` / `Basic <base64>`
//    (the value must look like a token: 8+ characters with a digit or one of `-._~+/=`);
//  - values of secret keys in JSON (`"access_token":"…"`, numbers too: `"cvc":123`), in form bodies and URL
//    queries (`client_secret=…&`). Secret keys, any case: names ending in `token`, `secret`, `password` or
//    `passwd` (access_token, refresh_token, client_secret, newPassword, …) and `cvc`, `cvv`, `cvc2`, `cvv2`;
//  - card numbers: 13–19 digits, optionally in groups separated by single spaces or dashes, that pass the
//  Luhn
//    check. Every group but the last must have at least 4 digits (so dates and phone numbers never qualify).
//    All digits but the last four become `*`, separators are kept: `**** **** **** 1111`;
//  - registered secrets (addSecret) wherever they appear, also in their percent-encoded form.
//
// Threading: every member function may be called from any thread (an internal mutex guards the state).
// Not copyable; share it (Logging holds it in a std::shared_ptr).
class Redactor
{
public:
    Redactor();
    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

    // Registers a value to mask wherever it appears. Values shorter than minimumSecretLength() are refused
    // (they cannot be told apart from ordinary text) and false is returned.
    bool addSecret(const QString &secret);
    void removeSecret(const QString &secret);
    void clearSecrets();

    // Returns text with everything above masked; returns the input unchanged (cheaply) when nothing can
    // match.
    [[nodiscard]] QString redact(const QString &text) const;
    // The same for UTF-8 text (what spdlog carries).
    [[nodiscard]] std::string redactUtf8(std::string_view utf8) const;

    static QString mask();
    static constexpr qsizetype minimumSecretLength() { return 4; }

private:
    struct Rule
    {
        QRegularExpression pattern;
        QList<int> maskedGroups; // capture groups whose text becomes mask()
        QStringList triggers;    // the pattern runs only if the text contains one of these (any case)
    };

    bool mightContainSensitive(const QString &text) const;
    bool mightContainSensitive(std::string_view utf8) const;
    QString redactLocked(const QString &text) const;
    void replaceSecrets(QString &text) const;

    QList<Rule> m_rules;
    QRegularExpression m_keywords;

    mutable std::mutex m_mutex; // guards everything below, and serialises use of the patterns
    QStringList m_secrets;      // longest first, with their percent-encoded forms
    QList<QByteArray> m_secretsUtf8;
};

} // namespace commercedesk::platform
