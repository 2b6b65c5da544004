// SPDX-License-Identifier: MIT
#pragma once

// QTest::toString overloads (found by ADL) so failed QCOMPAREs print core values readably.

#include "core/Money.h"

#include <QtTest/qtestcase.h>

namespace commercedesk::core {

inline char *toString(const Money &money)
{
    return QTest::toString(money.toDecimalString() + u' ' + money.currencyCode() + u'/' +
                           QString::number(money.fractionDigits()));
}

} // namespace commercedesk::core
