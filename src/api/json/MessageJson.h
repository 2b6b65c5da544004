// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Message.h"
#include "core/PagedResult.h"

#include <QJsonObject>

#include <optional>

// Messages (api.yaml Message). The common fields id, version, sequenceNumber, resource,
// resourceVersion, type, createdAt and lastModifiedAt are typed; every other member (the type-specific
// payload such as "order", plus createdBy, resourceUserProvidedIdentifiers, ...) is kept in `payload` and
// written back verbatim. Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

std::optional<core::Message> readMessage(const JsonCursor &cursor);
std::optional<core::Message> decodeMessage(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Message>> decodeMessagePage(const QJsonValue &value,
                                                                  JsonError *error = nullptr);
QJsonObject encodeMessage(const core::Message &message);

} // namespace commercedesk::api::json
