// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace commercedesk::core {

// An exact non-floating decimal ratio such as a tax rate (0.19, 0.075, 0.2) stored as parts per
// billion (nine decimal places). Values with more than nine decimals cannot be represented exactly and
// are rejected by fromString(); fromDouble() (for JSON numbers only) rounds to the nearest billionth.
// Negative rates are allowed by the type; callers that need 0..1 check isUnitInterval().
class Rate
{
public:
    static constexpr qint64 Scale = 1'000'000'000; // parts per billion for 1.0

    constexpr Rate() = default; // zero
    static constexpr Rate fromPartsPerBillion(qint64 ppb) { return Rate(ppb); }
    static constexpr Rate fromPercent(qint64 percent) { return Rate(percent * (Scale / 100)); }

    // "0.19", "0.075", "1", "-0.5", "19e-2" is rejected. At most nine fraction digits
    // (trailing zeros beyond nine are accepted). nullopt on any other input or overflow.
    static std::optional<Rate> fromString(QStringView text);
    // For decoding JSON numbers: rounds to the nearest billionth; nullopt for NaN/inf/|v| >= 9e9.
    static std::optional<Rate> fromDouble(double value);

    constexpr qint64 partsPerBillion() const { return m_ppb; }
    // Shortest exact decimal: "0.19", "0.075", "1", "0". For the JSON encoder use toDouble().
    QString toString() const;
    // Nearest double, for encoding a JSON number only; never compute money with it.
    double toDouble() const;

    constexpr bool isZero() const { return m_ppb == 0; }
    constexpr bool isUnitInterval() const { return m_ppb >= 0 && m_ppb <= Scale; }

    // Sum of two rates (e.g. sub-rates); nullopt on overflow.
    std::optional<Rate> plus(Rate other) const;

    friend constexpr bool operator==(Rate, Rate) = default;
    friend constexpr auto operator<=>(Rate, Rate) = default;

private:
    constexpr explicit Rate(qint64 ppb)
        : m_ppb(ppb)
    {}

    qint64 m_ppb = 0;
};

} // namespace commercedesk::core
