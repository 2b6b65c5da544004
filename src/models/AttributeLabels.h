// SPDX-License-Identifier: MIT
#pragma once

#include "core/ProductProjection.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace commercedesk::models {

/// The labels of enum attribute values, from the product types' definitions and from the products a
/// storefront was shown. Search facets answer an enum attribute with its values' keys only, while the product
/// type defines each value as `{key, label}` and every product carries it so (api.yaml:
/// AttributeLocalizedEnumValue, AttributePlainEnumValue): so a facet value can be shown by its label in the
/// buyer's language. A plain value; keys never seen are shown through VariantText's fallbacks (a colour by
/// its name) or as they are.
class AttributeLabels
{
public:
    /// Remembers the enum labels of every variant of `products`.
    void learn(const QList<core::ProductProjection> &products);
    /// Remembers every `{key, label}` in `attributes`' values (a value or a list of them), such as the enum
    /// definitions of api::CatalogSearchClient::enumDefinitions.
    void learn(const QList<core::Attribute> &attributes);
    /// `key` of `attribute` as the buyer reads it in `language` (VariantText::valueText of its value).
    QString label(const QString &attribute, const QString &key, const QString &language) const;

private:
    QHash<QString, QHash<QString, QVariant>> m_values; ///< attribute → key → the value {key, label}
};

} // namespace commercedesk::models
