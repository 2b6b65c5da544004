// SPDX-License-Identifier: MIT
#pragma once

#include "core/Reference.h"

#include <QList>

namespace commercedesk::core {

// The payments linked to a cart or order (typeId "payment").
struct PaymentInfo
{
    QList<Reference> payments;

    friend bool operator==(const PaymentInfo &, const PaymentInfo &) = default;
};

} // namespace commercedesk::core
