// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace commercedesk::api::json {

/// One value inside a JSON document being decoded: the value, its path from the document root and the error
/// slot of the whole decode.
///
/// Cheap to copy. Every cursor derived from a root (field(), at()) shares the root's error slot, which must
/// outlive them; the FIRST recorded problem wins, later ones are dropped, so a decoder may keep reading after
/// a failure and check failed() once at the end. The scalar readers (string(), integer(), ...) record a typed
/// problem
/// ("expected integer") and return std::nullopt when the value has another JSON type; they treat a missing or
/// null value as a type error too — callers decide about optionality before reading (see isMissing()).
class JsonCursor
{
public:
    /// A root cursor (empty path). `slot` receives the first problem; it must not be null.
    JsonCursor(QJsonValue value, JsonError *slot);

    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }
    /// Absent (undefined) or JSON null.
    bool isMissing() const { return m_value.isUndefined() || m_value.isNull(); }

    /// The member `key` of this object (undefined when this is not an object or has no such member).
    JsonCursor field(QStringView key) const;
    /// Element `index` of this array (undefined when out of range or not an array).
    JsonCursor at(qsizetype index) const;

    /// Records `message` at this path unless a problem was already recorded. Always returns false.
    bool fail(const QString &message) const;
    /// Whether any problem has been recorded in this decode (at any path).
    bool failed() const { return !m_slot->isNull(); }

    std::optional<QString> string() const;
    /// A JSON number that is a whole number representable as qint64 ("expected integer" otherwise).
    std::optional<qint64> integer() const;
    std::optional<double> number() const;
    std::optional<bool> boolean() const;
    std::optional<QJsonObject> object() const;
    std::optional<QJsonArray> array() const;
    /// ISO-8601 with an explicit zone ("Z" or an offset), milliseconds optional; returned in UTC.
    std::optional<QDateTime> timestamp() const;
    /// The shortest decimal text that reads back as this JSON number ("0.19", "0.075", "1"), so exact decimal
    /// types can parse it without the binary rounding error of the double.
    std::optional<QString> decimalText() const;

private:
    JsonCursor(QJsonValue value, QString path, JsonError *slot);

    QJsonValue m_value;
    QString m_path;
    JsonError *m_slot;
};

/// Runs `decode(cursor)` on a fresh root cursor over `value` and reports the first problem to `error` (may be
/// null). Returns std::nullopt whenever a problem was recorded, even if `decode` produced a value.
template<class F>
auto decodeRoot(const QJsonValue &value, JsonError *error, F decode)
    -> decltype(decode(std::declval<JsonCursor>()))
{
    JsonError slot;
    auto result = decode(JsonCursor(value, &slot));
    if (!slot.isNull()) {
        if (error)
            *error = std::move(slot);
        return std::nullopt;
    }
    if (error)
        *error = JsonError{};
    return result;
}

} // namespace commercedesk::api::json
