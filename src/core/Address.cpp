// SPDX-License-Identifier: MIT
#include "core/Address.h"

#include "core/Subdivisions.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

struct PostalRule
{
    const char16_t *country;
    const char16_t *pattern;
};

// One simple anchored pattern per country; letters upper case (input is upper-cased before matching).
constexpr PostalRule PostalRules[] = {
    {u"AT", u"[1-9][0-9]{3}"},
    {u"BE", u"[1-9][0-9]{3}"},
    {u"CA", u"[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]"},
    {u"CH", u"[1-9][0-9]{3}"},
    {u"DE", u"[0-9]{5}"},
    {u"DK", u"[0-9]{4}"},
    {u"ES", u"(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}"},
    {u"FR", u"[0-9]{5}"},
    {u"GB", u"(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})"},
    {u"IT", u"[0-9]{5}"},
    {u"NL", u"[1-9][0-9]{3} ?[A-Z]{2}"},
    {u"PL", u"[0-9]{2}-[0-9]{3}"},
    {u"SE", u"[1-9][0-9]{2} ?[0-9]{2}"},
    {u"US", u"[0-9]{5}(-[0-9]{4})?"},
};

bool isBlank(const std::optional<QString> &value)
{
    return !value || value->trimmed().isEmpty();
}

const PostalRule *postalRuleFor(const QString &country)
{
    for (const PostalRule &rule : PostalRules) {
        if (QStringView(rule.country) == country)
            return &rule;
    }
    return nullptr;
}

bool knownSubdivision(const QString &country, const QString &code)
{
    const QList<Subdivision> all = subdivisionsOf(country);
    return std::any_of(all.cbegin(), all.cend(), [&code](const Subdivision &s) { return s.code == code; });
}

bool isCountryCode(const QString &country)
{
    static const QRegularExpression shape(u"^[A-Z]{2}$"_s);
    if (!shape.match(country).hasMatch())
        return false;
    return QLocale::codeToTerritory(country) != QLocale::AnyTerritory;
}

bool isEmailShape(const QString &email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return shape.match(email).hasMatch();
}

std::optional<AddressProblem::Kind> postalCodeProblem(const QString &country,
                                                      const std::optional<QString> &postal)
{
    const PostalRule *rule = postalRuleFor(country);
    if (!rule)
        return std::nullopt;
    if (isBlank(postal))
        return AddressProblem::Kind::Missing;
    const QRegularExpression pattern(u"^"_s + QString::fromUtf16(rule->pattern) + u"$"_s);
    if (!pattern.match(postal->trimmed().toUpper()).hasMatch())
        return AddressProblem::Kind::Invalid;
    return std::nullopt;
}

std::optional<AddressProblem::Kind> stateProblem(const QString &country, const std::optional<QString> &state)
{
    if (!requiresState(country))
        return std::nullopt;
    if (isBlank(state))
        return AddressProblem::Kind::Missing;
    return knownSubdivision(country, state->trimmed().toUpper())
               ? std::nullopt
               : std::optional(AddressProblem::Kind::Invalid);
}

} // namespace

QList<AddressProblem> Address::validate() const
{
    QList<AddressProblem> problems;
    if (country.trimmed().isEmpty()) {
        problems.append({u"country"_s, AddressProblem::Kind::Missing});
    } else if (!isCountryCode(country)) {
        problems.append({u"country"_s, AddressProblem::Kind::Invalid});
    } else {
        if (const auto kind = postalCodeProblem(country, postalCode))
            problems.append({u"postalCode"_s, *kind});
        if (const auto kind = stateProblem(country, state))
            problems.append({u"state"_s, *kind});
    }
    if (email && !isEmailShape(*email))
        problems.append({u"email"_s, AddressProblem::Kind::Invalid});
    return problems;
}

} // namespace commercedesk::core
