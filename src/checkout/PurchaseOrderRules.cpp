// SPDX-License-Identifier: MIT
#include "checkout/PurchaseOrderRules.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

QString PurchaseOrderRules::defaultPattern()
{
    return u"[A-Za-z0-9][A-Za-z0-9_./-]{2,29}"_s;
}

PurchaseOrderRules::PurchaseOrderRules(const QString &pattern, QString hint)
    : m_regex(QRegularExpression::anchoredPattern(pattern))
    , m_hint(std::move(hint))
{}

PurchaseOrderRules::Problem PurchaseOrderRules::check(const QString &number) const
{
    if (!m_regex.isValid())
        return Problem::InvalidPattern;
    const QString value = normalized(number);
    if (value.isEmpty())
        return Problem::Missing;
    if (value.size() > kMaxLength)
        return Problem::TooLong;
    return m_regex.match(value).hasMatch() ? Problem::None : Problem::WrongFormat;
}

QString PurchaseOrderRules::hint() const
{
    if (!m_hint.isEmpty())
        return m_hint;
    return tr("3 to 30 letters, digits or - _ . /, starting with a letter or digit");
}

QString PurchaseOrderRules::describe(Problem problem) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return tr("A purchase-order number is required.");
    case Problem::TooLong:
        return tr("The purchase-order number is too long (at most %1 characters).").arg(kMaxLength);
    case Problem::WrongFormat:
        return tr("The purchase-order number does not have the required format: %1.").arg(hint());
    case Problem::InvalidPattern:
        return tr("The purchase-order format is misconfigured; please contact your administrator.");
    }
    return {};
}

} // namespace commercedesk::checkout
