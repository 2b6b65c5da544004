// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/storage/JsonValues.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

// The stored {"typeId":"type","id"} of a custom Type given as a ResourceIdentifier {"id"} or {"key"}. Types
// are not stored in the sandbox: a key stands for the stable id derived from it.
inline QJsonObject typeReference(const QJsonObject &identifier)
{
    using namespace Qt::StringLiterals;
    const QString id = identifier.value(u"id"_s).toString();
    return JsonValues::reference(
        u"type"_s,
        id.isEmpty() ? JsonValues::seededId(u"type"_s, identifier.value(u"key"_s).toString()) : id);
}

} // namespace commercedesk::sandbox
