// SPDX-License-Identifier: MIT
#pragma once

#include "core/ProductVariant.h"

#include <QString>

namespace commercedesk::models {

/// How a buyer tells two variants of one product apart, in the UI language: the variant's size and colour
/// (and other selection attributes: pack, material), e.g. "Colour: Black · Size: XL"; an attribute value
/// that carries localized labels (an enum's label, a localized string) is shown in `language`, falling back
/// to English. A variant without such attributes is named by its SKU ("SKU HD-BLK-XL"); empty when it has
/// neither.
class VariantText
{
public:
    static QString describe(const core::ProductVariant &variant, const QString &language);
    /// One attribute value as the buyer reads it in `language`: an enum's label (localized: in `language`,
    /// else English), a localized string's text, a set's values joined, a colour key by its name, anything
    /// else as text.
    static QString valueText(const QString &name, const QVariant &value, const QString &language);
    /// `name` followed by the variant's description in parentheses when it has one.
    static QString withName(const QString &name, const core::ProductVariant &variant,
                            const QString &language);
};

} // namespace commercedesk::models
