// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"

#include <QString>

#include <optional>
#include <utility>

namespace commercedesk::core {

// Either a value or a MoneyError, never both. value()/operator* require ok(); error() requires !ok().
template<typename T>
class MoneyResult
{
public:
    MoneyResult(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_value(std::move(value))
    {}
    MoneyResult(MoneyError error) // NOLINT(google-explicit-constructor)
        : m_error(error)
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    std::optional<T> toOptional() const { return m_value; }

    // Meaningful only when !ok().
    MoneyError error() const { return m_error; }

    friend bool operator==(const MoneyResult &, const MoneyResult &) = default;

private:
    std::optional<T> m_value;
    MoneyError m_error = MoneyError::InvalidArgument;
};

} // namespace commercedesk::core
