// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/BuyerScope.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace commercedesk::orchestrator {

class Exchange;
class Upstream;

// Small helpers shared by the cart, order and payment services (internal to src/orchestrator).

/// The buyer scope of a cart/order route: B2B when the route has `{businessUnitKey}`, else B2C. Answers
/// 400 InvalidField and returns nullopt when the key is not a safe path segment.
std::optional<BuyerScope> scopeOf(Exchange *exchange);
/// False (and 400 InvalidField answered) when `value` is not a safe path segment.
bool requireSegment(Exchange *exchange, const QString &value, const QString &field);
/// GETs `path` with the trusted client and hands the resource to `then` only when `scope` owns it;
/// otherwise answers 404 NotFound (the buyer does not learn that someone else's resource exists) or the
/// mapped commercetools error.
void loadOwned(Upstream *upstream, const BuyerScope &scope, const QString &path, Exchange *exchange,
               std::function<void(const QJsonObject &)> then);

} // namespace commercedesk::orchestrator
