// SPDX-License-Identifier: MIT
#include "sandbox/outside/OutsideDefaults.h"

#include "sandbox/seed/ProductSpec.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QHash<QString, QString> OutsideDefaults::productTaxCategories()
{
    QHash<QString, QString> table;
    QList<demo::ProductSpec> specs = demo::retailSpecs();
    specs.append(demo::industrialSpecs());
    for (const demo::ProductSpec &spec : std::as_const(specs))
        table.insert(spec.key, spec.tax);
    return table;
}

QHash<QString, QString> OutsideDefaults::businessUnitVatIds()
{
    return {{u"acme-industrial"_s, u"DE811907980"_s}, {u"acme-industrial-berlin"_s, u"DE811907980"_s}};
}

} // namespace commercedesk::sandbox
