// SPDX-License-Identifier: MIT
#include "models/AttributeLabels.h"

#include "models/VariantText.h"

using namespace Qt::StringLiterals;

namespace commercedesk::models {

void AttributeLabels::learn(const QList<core::ProductProjection> &products)
{
    for (const core::ProductProjection &product : products) {
        for (const core::ProductVariant &variant : product.allVariants())
            learn(variant.attributes);
    }
}

void AttributeLabels::learn(const QList<core::Attribute> &attributes)
{
    const auto learnValue = [this](const QString &name, const QVariant &value) {
        if (value.typeId() != QMetaType::QVariantMap)
            return;
        const QVariantMap map = value.toMap();
        if (map.contains(u"key"_s) && map.contains(u"label"_s))
            m_values[name].insert(map.value(u"key"_s).toString(), value);
    };
    for (const core::Attribute &attribute : attributes) {
        if (attribute.value.typeId() == QMetaType::QVariantList) { // a set of enum values
            for (const QVariant &item : attribute.value.toList())
                learnValue(attribute.name, item);
        } else {
            learnValue(attribute.name, attribute.value);
        }
    }
}

QString AttributeLabels::label(const QString &attribute, const QString &key, const QString &language) const
{
    const QVariant value = m_values.value(attribute).value(key, QVariant(key));
    const QString text = VariantText::valueText(attribute, value, language);
    return text.isEmpty() ? key : text;
}

} // namespace commercedesk::models
