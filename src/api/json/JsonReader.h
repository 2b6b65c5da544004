// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <type_traits>

namespace commercedesk::api::json {

/// Reads the members of one JSON object for a decoder, recording problems in the cursor's shared error slot.
///
/// Rules, the same for every decoder:
/// - members the reader is not asked about are ignored (unknown fields are never fatal);
/// - a required member that is absent or null records "missing required field" at its path and yields a
///   default-constructed value; a member of the wrong JSON type records "expected <type>";
/// - an optional member that is absent or null yields std::nullopt;
/// - list() treats an absent or null array as empty (commercetools omits empty arrays in several shapes);
/// - after a failure the reader keeps answering (default values), so a decoder reads straight through and
/// returns
///   finish(value), which is std::nullopt once anything failed.
/// A sub-decoder is any callable `std::optional<T>(const JsonCursor &)`.
class JsonReader
{
public:
    /// Records "expected object" when `cursor` holds something else (or "missing required field" when
    /// absent).
    explicit JsonReader(const JsonCursor &cursor);

    const JsonCursor &cursor() const { return m_cursor; }
    /// No problem recorded so far anywhere in this decode.
    bool ok() const { return !m_cursor.failed(); }
    /// The member is present and not null.
    bool has(QStringView key) const { return !m_cursor.field(key).isMissing(); }
    JsonCursor field(QStringView key) const { return m_cursor.field(key); }

    QString string(QStringView key) const { return required(key, &JsonCursor::string); }
    std::optional<QString> optionalString(QStringView key) const
    {
        return optional(key, &JsonCursor::string);
    }
    qint64 integer(QStringView key) const { return required(key, &JsonCursor::integer); }
    std::optional<qint64> optionalInteger(QStringView key) const
    {
        return optional(key, &JsonCursor::integer);
    }
    bool boolean(QStringView key) const { return required(key, &JsonCursor::boolean); }
    std::optional<bool> optionalBoolean(QStringView key) const { return optional(key, &JsonCursor::boolean); }
    QDateTime timestamp(QStringView key) const { return required(key, &JsonCursor::timestamp); }
    std::optional<QDateTime> optionalTimestamp(QStringView key) const
    {
        return optional(key, &JsonCursor::timestamp);
    }
    /// An array of strings; absent or null → empty.
    QStringList stringList(QStringView key) const { return list(key, &JsonCursor::string); }

    template<class F>
    auto required(QStringView key, F decode) const ->
        typename std::invoke_result_t<F, const JsonCursor &>::value_type
    {
        using T = typename std::invoke_result_t<F, const JsonCursor &>::value_type;
        const JsonCursor member = m_cursor.field(key);
        if (member.isMissing()) {
            member.fail(QStringLiteral("missing required field"));
            return T{};
        }
        auto decoded = std::invoke(decode, member);
        return decoded ? std::move(*decoded) : T{};
    }

    template<class F>
    auto optional(QStringView key, F decode) const -> std::invoke_result_t<F, const JsonCursor &>
    {
        const JsonCursor member = m_cursor.field(key);
        if (member.isMissing())
            return std::nullopt;
        return std::invoke(decode, member);
    }

    template<class F>
    auto list(QStringView key, F decode) const
        -> QList<typename std::invoke_result_t<F, const JsonCursor &>::value_type>
    {
        QList<typename std::invoke_result_t<F, const JsonCursor &>::value_type> result;
        const JsonCursor member = m_cursor.field(key);
        if (member.isMissing())
            return result;
        const std::optional<QJsonArray> array = member.array();
        if (!array)
            return result;
        result.reserve(array->size());
        for (qsizetype i = 0; i < array->size(); ++i) {
            if (auto element = std::invoke(decode, member.at(i)))
                result.append(std::move(*element));
        }
        return result;
    }

    /// Like list(), but an absent member is "missing required field".
    template<class F>
    auto requiredList(QStringView key, F decode) const
    {
        if (!has(key))
            m_cursor.field(key).fail(QStringLiteral("missing required field"));
        return list(key, decode);
    }

    template<class T>
    std::optional<T> finish(T value) const
    {
        if (!ok())
            return std::nullopt;
        return value;
    }

private:
    JsonCursor m_cursor;
};

} // namespace commercedesk::api::json
