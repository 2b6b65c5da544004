// SPDX-License-Identifier: MIT
#include "core/Subdivisions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

struct Entry
{
    const char16_t *code;
    const char16_t *name;
};

// USPS codes: 50 states, DC, territories and armed-forces codes.
constexpr Entry UsStates[] = {
    {u"AL", u"Alabama"},
    {u"AK", u"Alaska"},
    {u"AZ", u"Arizona"},
    {u"AR", u"Arkansas"},
    {u"CA", u"California"},
    {u"CO", u"Colorado"},
    {u"CT", u"Connecticut"},
    {u"DE", u"Delaware"},
    {u"FL", u"Florida"},
    {u"GA", u"Georgia"},
    {u"HI", u"Hawaii"},
    {u"ID", u"Idaho"},
    {u"IL", u"Illinois"},
    {u"IN", u"Indiana"},
    {u"IA", u"Iowa"},
    {u"KS", u"Kansas"},
    {u"KY", u"Kentucky"},
    {u"LA", u"Louisiana"},
    {u"ME", u"Maine"},
    {u"MD", u"Maryland"},
    {u"MA", u"Massachusetts"},
    {u"MI", u"Michigan"},
    {u"MN", u"Minnesota"},
    {u"MS", u"Mississippi"},
    {u"MO", u"Missouri"},
    {u"MT", u"Montana"},
    {u"NE", u"Nebraska"},
    {u"NV", u"Nevada"},
    {u"NH", u"New Hampshire"},
    {u"NJ", u"New Jersey"},
    {u"NM", u"New Mexico"},
    {u"NY", u"New York"},
    {u"NC", u"North Carolina"},
    {u"ND", u"North Dakota"},
    {u"OH", u"Ohio"},
    {u"OK", u"Oklahoma"},
    {u"OR", u"Oregon"},
    {u"PA", u"Pennsylvania"},
    {u"RI", u"Rhode Island"},
    {u"SC", u"South Carolina"},
    {u"SD", u"South Dakota"},
    {u"TN", u"Tennessee"},
    {u"TX", u"Texas"},
    {u"UT", u"Utah"},
    {u"VT", u"Vermont"},
    {u"VA", u"Virginia"},
    {u"WA", u"Washington"},
    {u"WV", u"West Virginia"},
    {u"WI", u"Wisconsin"},
    {u"WY", u"Wyoming"},
    {u"DC", u"District of Columbia"},
    {u"AS", u"American Samoa"},
    {u"GU", u"Guam"},
    {u"MP", u"Northern Mariana Islands"},
    {u"PR", u"Puerto Rico"},
    {u"VI", u"U.S. Virgin Islands"},
    {u"UM", u"U.S. Minor Outlying Islands"},
    {u"AA", u"Armed Forces Americas"},
    {u"AE", u"Armed Forces Europe"},
    {u"AP", u"Armed Forces Pacific"},
};

constexpr Entry CaProvinces[] = {
    {u"AB", u"Alberta"},
    {u"BC", u"British Columbia"},
    {u"MB", u"Manitoba"},
    {u"NB", u"New Brunswick"},
    {u"NL", u"Newfoundland and Labrador"},
    {u"NS", u"Nova Scotia"},
    {u"NT", u"Northwest Territories"},
    {u"NU", u"Nunavut"},
    {u"ON", u"Ontario"},
    {u"PE", u"Prince Edward Island"},
    {u"QC", u"Quebec"},
    {u"SK", u"Saskatchewan"},
    {u"YT", u"Yukon"},
};

template<std::size_t N>
QList<Subdivision> listOf(const Entry (&entries)[N])
{
    QList<Subdivision> out;
    for (const Entry &e : entries)
        out.append({QString::fromUtf16(e.code), QString::fromUtf16(e.name)});
    std::sort(out.begin(), out.end(),
              [](const Subdivision &a, const Subdivision &b) { return a.name < b.name; });
    return out;
}

} // namespace

QList<Subdivision> subdivisionsOf(const QString &country)
{
    if (country == u"US")
        return listOf(UsStates);
    if (country == u"CA")
        return listOf(CaProvinces);
    return {};
}

bool requiresState(const QString &country)
{
    return country == u"US" || country == u"CA";
}

} // namespace commercedesk::core
