// SPDX-License-Identifier: MIT
#include "api/WirePayload.h"

#include "api/json/OrderJson.h"

namespace commercedesk::api {

std::optional<core::Order> orderFromWire(const QJsonValue &order, QString *problem)
{
    json::JsonError error;
    std::optional<core::Order> decoded = json::decodeOrder(order, &error);
    if (!decoded && problem)
        *problem = error.toString();
    return decoded;
}

} // namespace commercedesk::api
