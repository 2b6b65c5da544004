// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::api::json {

/// Why a JSON payload could not be mapped onto a core value.
///
/// Every decoder of this folder has the shape
///   `std::optional<core::X> decodeX(const QJsonValue &value, JsonError *error = nullptr)`:
/// it returns the value, or std::nullopt and (when `error` is not null) the FIRST problem found.
/// `path` names the offending value from the document root, e.g.
/// "results[3].lineItems[0].price.value.centAmount" (empty for the root itself); `message` says what was
/// wrong, e.g. "expected integer", "missing required field", "unknown value \"Foo\" (allowed: Active, Merged,
/// Ordered, Frozen)". Neither ever contains the payload's secrets: only field names and the offending scalar
/// for enums.
struct JsonError
{
    QString path;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    /// "path: message", or just the message for a root-level problem.
    QString toString() const;

    friend bool operator==(const JsonError &, const JsonError &) = default;
};

} // namespace commercedesk::api::json
