// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <utility>
#include <variant>

namespace commercedesk::api {

/// The outcome of an API call: a value of T, or an ApiError. Cheap to copy when T is.
template<class T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    /// Precondition: !ok().
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace commercedesk::api
