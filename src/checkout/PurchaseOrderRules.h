// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace commercedesk::checkout {

/// The format a business requires of purchase-order numbers (B2B checkout). Configurable: a regular
/// expression matched against the whole trimmed number, and a human-readable description of it shown to
/// the buyer. A plain value.
class PurchaseOrderRules
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseOrderRules)

public:
    enum class Problem { None, Missing, TooLong, WrongFormat, InvalidPattern };

    static constexpr int kMaxLength = 64;
    /// Letters, digits and - _ / . ; 3 to 30 characters, starting with a letter or digit.
    static QString defaultPattern();

    /// `pattern` is anchored (matched against the whole number). `hint` describes it to the buyer (empty =
    /// the default description).
    explicit PurchaseOrderRules(const QString &pattern = defaultPattern(), QString hint = {});

    /// The trimmed number, as it will be sent.
    static QString normalized(const QString &number) { return number.trimmed(); }
    Problem check(const QString &number) const;
    /// A translated message for `problem`; empty for Problem::None.
    QString describe(Problem problem) const;
    QString hint() const;
    QString pattern() const { return m_regex.pattern(); }

private:
    QRegularExpression m_regex;
    QString m_hint;
};

} // namespace commercedesk::checkout
