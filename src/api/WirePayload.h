// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// Reads an Order from the JSON the commercetools API answers with (api.yaml Order), outside a request:
/// e.g. an official example payload kept in a file. The same mapping the clients apply to a response.
/// nullopt when it does not decode; `problem` (if given) then says which field and what was expected.
std::optional<core::Order> orderFromWire(const QJsonValue &order, QString *problem = nullptr);

} // namespace commercedesk::api
