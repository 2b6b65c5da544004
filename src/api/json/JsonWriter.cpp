// SPDX-License-Identifier: MIT
#include "api/json/JsonWriter.h"

namespace commercedesk::api::json {

void JsonWriter::merge(const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!m_object.contains(it.key()))
            m_object.insert(it.key(), it.value());
    }
}

QString JsonWriter::timestampText(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace commercedesk::api::json
