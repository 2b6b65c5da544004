// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace commercedesk::core {

// One entry of "errors": code + message; every other field ("currentVersion", "field",
// "duplicateValue", ...) is kept in `extra` as plain Qt values.
struct ErrorObject
{
    QString code;
    QString message;
    QVariantMap extra;

    friend bool operator==(const ErrorObject &, const ErrorObject &) = default;
};

// The commercetools error response body (also the OAuth AuthErrorResponse with error/error_description).
struct ErrorBody
{
    int statusCode = 0;
    QString message;
    QList<ErrorObject> errors;
    std::optional<QString> error;            // AuthErrorResponse "error"
    std::optional<QString> errorDescription; // AuthErrorResponse "error_description"

    // The first error with that code, or nullopt.
    std::optional<ErrorObject> find(const QString &code) const
    {
        for (const ErrorObject &e : errors) {
            if (e.code == code)
                return e;
        }
        return std::nullopt;
    }

    friend bool operator==(const ErrorBody &, const ErrorBody &) = default;
};

} // namespace commercedesk::core
