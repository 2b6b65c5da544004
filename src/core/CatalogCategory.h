// SPDX-License-Identifier: MIT
#pragma once

#include "core/LocalizedString.h"

#include <QString>

namespace commercedesk::core {

/// A catalog category as the storefront navigates them (parent id empty for a root).
struct CatalogCategory
{
    QString id;
    QString key;
    core::LocalizedString name;
    QString parentId;
    QString orderHint;

    friend bool operator==(const CatalogCategory &, const CatalogCategory &) = default;
};

} // namespace commercedesk::core
