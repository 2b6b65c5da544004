// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Address.h"
#include "core/CustomFields.h"
#include "core/LocalizedString.h"
#include "core/Money.h"
#include "core/Rate.h"
#include "core/Reference.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The shared building blocks of the commercetools wire format. Naming used throughout src/api/json:
//   decodeX(const QJsonValue &, JsonError *) — decodes a whole document (see JsonError for the contract);
//   readX(const JsonCursor &)               — the same, composable inside a larger decode (path-aware);
//   encodeX(const core::X &)                 — the response shape, optional fields omitted when absent.
namespace commercedesk::api::json {

/// TypedMoney and drafts: {"type":"centPrecision"|"highPrecision" (absent in drafts), currencyCode,
/// centAmount, fractionDigits?, preciseAmount? (highPrecision)}. The fraction digits come from core's ISO
/// 4217 table whenever the currency is known there — a payload's fractionDigits is trusted only for
/// currencies the table lacks (the labd emulator sends EUR totals with fractionDigits 0). highPrecision money
/// is read into its centAmount (or, when that is absent, preciseAmount rounded half-even to the currency's
/// digits); preciseAmount is not kept.
std::optional<core::Money> readMoney(const JsonCursor &cursor);
std::optional<core::Money> decodeMoney(const QJsonValue &value, JsonError *error = nullptr);
/// {"type":"centPrecision","currencyCode","centAmount","fractionDigits"}.
QJsonObject encodeMoney(const core::Money &money);
/// {"currencyCode","centAmount"} — the Money draft shape for requests.
QJsonObject encodeMoneyDraft(const core::Money &money);

/// A JSON number (tax rate amount, sub-rate) into an exact core::Rate through its shortest decimal text, so
/// 0.19, 0.075 and 0.2 are exact. More than nine decimals is an error.
std::optional<core::Rate> readRate(const JsonCursor &cursor);
/// The nearest double; QJsonDocument writes it back in its shortest form (0.19 → "0.19").
QJsonValue encodeRate(core::Rate rate);

/// {"en":"Mug","de-DE":"Tasse"}; every member must be a string.
std::optional<core::LocalizedString> readLocalizedString(const JsonCursor &cursor);
QJsonObject encodeLocalizedString(const core::LocalizedString &text);

/// {"typeId","id"}; an expanded "obj" is tolerated and ignored.
std::optional<core::Reference> readReference(const JsonCursor &cursor);
QJsonObject encodeReference(const core::Reference &reference);
/// {"typeId","key"}.
std::optional<core::KeyReference> readKeyReference(const JsonCursor &cursor);
QJsonObject encodeKeyReference(const core::KeyReference &reference);
/// {"typeId"?, "id"?, "key"?} (drafts). typeId is optional in drafts where the field implies it.
std::optional<core::ResourceIdentifier> readResourceIdentifier(const JsonCursor &cursor);
QJsonObject encodeResourceIdentifier(const core::ResourceIdentifier &identifier);

/// CustomFields {"type": Reference, "fields": object} (values kept as JSON).
std::optional<core::CustomFields> readCustomFields(const JsonCursor &cursor);
QJsonObject encodeCustomFields(const core::CustomFields &custom);

/// BaseAddress: "country" required, every other field optional.
std::optional<core::Address> readAddress(const JsonCursor &cursor);
std::optional<core::Address> decodeAddress(const QJsonValue &value, JsonError *error = nullptr);
QJsonObject encodeAddress(const core::Address &address);

} // namespace commercedesk::api::json
