// SPDX-License-Identifier: MIT
#pragma once

#include "api/PaymentDraft.h"
#include "api/UpdateAction.h"
#include "core/Enums.h"

#include <QString>

#include <optional>

namespace commercedesk::api {

/// Factories for payment update actions (api.yaml PaymentUpdateAction). addTransaction is not safe to repeat
/// (a concurrent writer may have recorded the same PSP result); the setters are.
struct PaymentActions
{
    static PaymentUpdateAction addTransaction(const TransactionDraft &transaction);
    static PaymentUpdateAction changeTransactionState(const QString &transactionId,
                                                      core::TransactionState state);
    static PaymentUpdateAction setInterfaceId(const std::optional<QString> &interfaceId);
};

} // namespace commercedesk::api
