// SPDX-License-Identifier: MIT
#include "app/CountryNames.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

QString CountryNames::name(const QString &code)
{
    if (code == "DE"_L1)
        return tr("Germany");
    if (code == "AT"_L1)
        return tr("Austria");
    if (code == "BE"_L1)
        return tr("Belgium");
    if (code == "FR"_L1)
        return tr("France");
    if (code == "IT"_L1)
        return tr("Italy");
    if (code == "NL"_L1)
        return tr("Netherlands");
    if (code == "ES"_L1)
        return tr("Spain");
    if (code == "GB"_L1)
        return tr("United Kingdom");
    if (code == "US"_L1)
        return tr("United States");
    if (code == "CA"_L1)
        return tr("Canada");
    if (code == "CH"_L1)
        return tr("Switzerland");
    return code;
}

} // namespace commercedesk::app
