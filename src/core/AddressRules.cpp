// SPDX-License-Identifier: MIT
#include "core/AddressRules.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

bool isBlank(const std::optional<QString> &value)
{
    return !value || value->trimmed().isEmpty();
}

} // namespace

QList<AddressProblem> deliveryProblems(const Address &address, bool requireEmail)
{
    static const QStringList order{u"firstName"_s, u"lastName"_s, u"streetName"_s, u"postalCode"_s,
                                   u"city"_s,      u"country"_s,  u"state"_s,      u"email"_s};
    QList<AddressProblem> problems = address.validate();
    const auto missing = [&problems](const QString &field) {
        problems.append({field, AddressProblem::Kind::Missing});
    };
    if (isBlank(address.firstName))
        missing(u"firstName"_s);
    if (isBlank(address.lastName))
        missing(u"lastName"_s);
    if (isBlank(address.streetName))
        missing(u"streetName"_s);
    if (isBlank(address.city))
        missing(u"city"_s);
    // Countries with a postal rule report a blank code through validate() already.
    if (isBlank(address.postalCode) && !address.country.trimmed().isEmpty() &&
        postalCodeExample(address.country).isEmpty())
        missing(u"postalCode"_s);
    if (requireEmail && isBlank(address.email))
        missing(u"email"_s);
    std::stable_sort(problems.begin(), problems.end(), [](const AddressProblem &a, const AddressProblem &b) {
        return order.indexOf(a.field) < order.indexOf(b.field);
    });
    return problems;
}

QString postalCodeExample(const QString &country)
{
    // One per country with a rule in Address::validate().
    static const QHash<QString, QString> examples{
        {u"AT"_s, u"1010"_s},     {u"BE"_s, u"1000"_s},  {u"CA"_s, u"K1A 0B1"_s}, {u"CH"_s, u"8001"_s},
        {u"DE"_s, u"10117"_s},    {u"DK"_s, u"1050"_s},  {u"ES"_s, u"28013"_s},   {u"FR"_s, u"75001"_s},
        {u"GB"_s, u"SW1A 1AA"_s}, {u"IT"_s, u"00184"_s}, {u"NL"_s, u"1012 JS"_s}, {u"PL"_s, u"00-950"_s},
        {u"SE"_s, u"111 52"_s},   {u"US"_s, u"94105"_s},
    };
    return examples.value(country);
}

} // namespace commercedesk::core
