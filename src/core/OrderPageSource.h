// SPDX-License-Identifier: MIT
#pragma once

#include "core/OrderSummary.h"
#include "core/PageSource.h"

#include <QList>

namespace commercedesk::core {

/// A PageSource of order rows (core::OrderSummary): what the orders table model reads. The merchant desk's
/// list session is one; a test may script its own.
class OrderPageSource : public PageSource
{
    Q_OBJECT

public:
    using PageSource::PageSource;

Q_SIGNALS:
    /// One page, in order; `atEnd` when no page follows.
    void pageLoaded(const QList<commercedesk::core::OrderSummary> &orders, bool atEnd);
};

} // namespace commercedesk::core
