// SPDX-License-Identifier: MIT
#pragma once

#include "core/Reference.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace commercedesk::core {

// A commercetools Message (e.g. "OrderCreated"). The common fields are typed; everything else of the
// JSON object (the type-specific payload such as "order", "orderState", "resourceUserProvidedIdentifiers")
// is kept in `payload` as plain Qt values.
struct Message
{
    QString id;
    qint64 version = 0;
    qint64 sequenceNumber = 0;
    Reference resource;
    qint64 resourceVersion = 0;
    QString type;
    QDateTime createdAt;
    QDateTime lastModifiedAt;
    QVariantMap payload;

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace commercedesk::core
