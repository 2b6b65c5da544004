// SPDX-License-Identifier: MIT
#pragma once

// The order columns live in core (core/OrderColumn.h) so the models need nothing from merchant; the merchant
// services keep naming them merchant::OrderColumn, merchant::plainValue, … through these aliases.
#include "core/OrderColumn.h"

namespace commercedesk::merchant {

using core::LineColumn;
using core::OrderColumn;

using core::allLineColumns;
using core::allOrderColumns;
using core::columnKey;
using core::columnKeys;
using core::defaultOrderColumns;
using core::orderColumnFromKey;
using core::orderColumnsFromKeys;
using core::plainValue;

} // namespace commercedesk::merchant
