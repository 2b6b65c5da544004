// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonError.h"
#include "core/Attribute.h"
#include "core/CatalogCategory.h"
#include "core/CatalogPage.h"

#include <QJsonValue>
#include <QList>

#include <optional>

namespace commercedesk::api::json {

/// A product-projection search answer (api.yaml ProductProjectionPagedSearchResponse) with its `facets`:
/// a range facet (`"type":"range"`) as its ranges in the requested order, any other as its terms in the
/// server's order; a bucket's count is `productCount` when present, else `count`.
std::optional<core::CatalogPage> decodeCatalogPage(const QJsonValue &value, JsonError *error);

/// A CategoryPagedQueryResponse as the storefront's category list, sorted by orderHint (stable). Every
/// category needs an `id`.
std::optional<QList<core::CatalogCategory>> decodeCategories(const QJsonValue &value, JsonError *error);

/// The enum values that a ProductTypePagedQueryResponse defines: one Attribute per `enum` or `lenum`
/// attribute definition (or a `set` of them), named like the definition, whose value is the list of its
/// values as products carry them (`{key, label}`; api.yaml AttributePlainEnumValue,
/// AttributeLocalizedEnumValue). Definitions of other types are left out; the same name in two product
/// types gives two entries.
std::optional<QList<core::Attribute>> decodeEnumDefinitions(const QJsonValue &value, JsonError *error);

} // namespace commercedesk::api::json
