// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace commercedesk::core {

/// A first-level subdivision an address names in its `state` field: a US state (USPS code) or a Canadian
/// province or territory (Canada Post code).
struct Subdivision
{
    QString code; ///< "CA", "ON"
    QString name; ///< its proper name in English ("California"); the app may translate it
};

/// The subdivisions `country` requires in `state` (US, CA), in alphabetical order of their names; empty for
/// every other country.
QList<Subdivision> subdivisionsOf(const QString &country);

/// True when `country` requires a `state` (US, CA).
bool requiresState(const QString &country);

} // namespace commercedesk::core
