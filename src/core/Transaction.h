// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace commercedesk::core {

// One payment transaction as recorded from the PSP (the Payment does not move money itself).
struct Transaction
{
    QString id;
    std::optional<QDateTime> timestamp;
    TransactionType type = TransactionType::Authorization;
    Money amount;
    std::optional<QString> interactionId; // PSP transaction id
    TransactionState state = TransactionState::Initial;

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

} // namespace commercedesk::core
