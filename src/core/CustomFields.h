// SPDX-License-Identifier: MIT
#pragma once

#include "core/Reference.h"

#include <QJsonObject>
#include <QString>

namespace commercedesk::core {

// A resource's custom fields: {"type":{"typeId":"type","id"}, "fields":{name: value}}. The values keep their
// JSON form because their types are declared by the project's Type, which the client does not load.
struct CustomFields
{
    Reference type;
    QJsonObject fields;

    // The field `name` as text; empty when it is missing or not a string.
    QString text(const QString &name) const { return fields.value(name).toString(); }

    friend bool operator==(const CustomFields &, const CustomFields &) = default;
};

} // namespace commercedesk::core
