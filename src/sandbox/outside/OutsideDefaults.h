// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace commercedesk::sandbox {

// What the built-in tax service knows about the demo data when the config says nothing. Stateless.
class OutsideDefaults
{
public:
    // Demo product key → tax category ("standard" | "reduced" | "zero"), from the seed's specs.
    static QHash<QString, QString> productTaxCategories();
    // Demo business units → VAT id (ACME Industrial is a German company: DE…).
    static QHash<QString, QString> businessUnitVatIds();
};

} // namespace commercedesk::sandbox
