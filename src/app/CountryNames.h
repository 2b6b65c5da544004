// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace commercedesk::app {

/// Country names in the UI language (the chosen one, not the system's), for the countries the storefront
/// ships to and sells in; other codes are returned as they are.
class CountryNames
{
    Q_DECLARE_TR_FUNCTIONS(CountryNames)

public:
    static QString name(const QString &code);
};

} // namespace commercedesk::app
