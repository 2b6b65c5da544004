// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"

#include <QMetaEnum>
#include <QStringList>

#include <optional>

namespace commercedesk::api::json {

/// Decodes an enum string through core's `xxxFromWire` function. An unknown string is a decode error naming
/// the value and the allowed values: `unknown value "Foo" (allowed: Active, Merged, Ordered, Frozen)`. The
/// allowed list is every enumerator (core registers them with Q_ENUM_NS) spelled by core's `toWireString`
/// (found by ADL).
template<class E>
std::optional<E> decodeEnum(const JsonCursor &cursor, std::optional<E> (*fromWire)(QStringView))
{
    const std::optional<QString> text = cursor.string();
    if (!text)
        return std::nullopt;
    std::optional<E> value = fromWire(QStringView(*text));
    if (!value) {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QStringList allowed;
        for (int i = 0; i < meta.keyCount(); ++i)
            allowed.append(toWireString(static_cast<E>(meta.value(i))));
        cursor.fail(QStringLiteral("unknown value \"") + *text + QStringLiteral("\" (allowed: ") +
                    allowed.join(QStringLiteral(", ")) + u')');
    }
    return value;
}

/// A sub-decoder (for JsonReader::required/optional/list) for one enum type.
template<class E>
auto enumReader(std::optional<E> (*fromWire)(QStringView))
{
    return [fromWire](const JsonCursor &cursor) { return decodeEnum(cursor, fromWire); };
}

} // namespace commercedesk::api::json
