// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/OrchestratorError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace commercedesk::orchestrator {

/// What a buyer may ask of a cart (docs/orchestrator-api.yaml, `CartDraft` and `CartUpdate`). Everything is
/// allow-listed: a field or action not listed is refused, so a buyer cannot set prices, tax rates or amounts,
/// the tax mode, the customer (group), the owner, the business unit, payments or states. Each check returns
/// the error to answer, or nullopt and the request to send to commercetools.
class CartRules
{
public:
    /// `draft` from the buyer → the CartDraft to send (owner fields are added by BuyerScope). `taxMode` is
    /// the deployment's; a draft may repeat it but not choose another. `businessUnitKey` (B2B) may be
    /// repeated as `businessUnit: {key}` and is not sent (the path carries it).
    static std::optional<OrchestratorError> checkDraft(const QJsonObject &draft, const QString &taxMode,
                                                       const QString &businessUnitKey, QJsonObject *upstream);
    /// `{version, actions}` from the buyer → the same, checked: version a non-negative integer, 1..100
    /// actions, each an allowed action with fields of the right types. Unknown actions → 400 UnknownAction;
    /// commercetools actions reserved for the trusted side → 403 ActionNotAllowed.
    static std::optional<OrchestratorError> checkUpdate(const QJsonObject &update, QJsonObject *upstream);
};

} // namespace commercedesk::orchestrator
