// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Attribute.h"
#include "core/Image.h"
#include "core/PagedResult.h"
#include "core/Price.h"
#include "core/ProductProjection.h"
#include "core/ProductVariant.h"

#include <QJsonObject>

#include <optional>

// Catalog shapes (api.yaml ProductProjection). Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// Price {id, key?, value, country?, customerGroup?, channel?, validFrom?, validUntil?, discounted?, tiers?}.
std::optional<core::Price> readPrice(const JsonCursor &cursor);
QJsonObject encodePrice(const core::Price &price);

/// {name, value}: value kept as plain Qt types (QJsonValue::toVariant: QString, bool, qint64 for whole
/// numbers, double, QVariantMap, QVariantList) and written back with QJsonValue::fromVariant.
std::optional<core::Attribute> readAttribute(const JsonCursor &cursor);
QJsonObject encodeAttribute(const core::Attribute &attribute);

/// {url, dimensions:{w,h}, label?}.
std::optional<core::Image> readImage(const JsonCursor &cursor);
QJsonObject encodeImage(const core::Image &image);

/// {id, sku?, key?, prices?, attributes?, images?, availability?, price?, scopedPrice?, isMatchingVariant?};
/// absent arrays read as empty, and are always written.
std::optional<core::ProductVariant> readProductVariant(const JsonCursor &cursor);
QJsonObject encodeProductVariant(const core::ProductVariant &variant);

std::optional<core::ProductProjection> readProductProjection(const JsonCursor &cursor);
std::optional<core::ProductProjection> decodeProductProjection(const QJsonValue &value,
                                                               JsonError *error = nullptr);
/// A query (/product-projections) or search (/product-projections/search) response; facets are ignored.
std::optional<core::PagedResult<core::ProductProjection>>
decodeProductProjectionPage(const QJsonValue &value, JsonError *error = nullptr);
QJsonObject encodeProductProjection(const core::ProductProjection &product);

} // namespace commercedesk::api::json
