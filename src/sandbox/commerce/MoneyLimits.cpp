// SPDX-License-Identifier: MIT
#include "sandbox/commerce/MoneyLimits.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool integralWithin(const QJsonValue &value, double low, double high)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= low && d <= high;
}

} // namespace

bool MoneyLimits::isQuantity(const QJsonValue &value)
{
    return integralWithin(value, 1.0, static_cast<double>(MaxQuantity));
}

bool MoneyLimits::isCentAmount(const QJsonValue &value)
{
    return integralWithin(value, -static_cast<double>(MaxCentAmount), static_cast<double>(MaxCentAmount));
}

std::optional<qint64> MoneyLimits::multiply(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(a, b, &result) || !inRange(result))
        return std::nullopt;
    return result;
}

std::optional<qint64> MoneyLimits::add(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a, b, &result) || !inRange(result))
        return std::nullopt;
    return result;
}

HttpResponse MoneyLimits::quantityError(const QString &field, const QJsonValue &value)
{
    return HttpResponse::error(400, u"InvalidInput"_s,
                               u"The quantity must be an integer from 1 to %1."_s.arg(MaxQuantity),
                               QJsonObject{{u"field"_s, field}, {u"invalidValue"_s, value}});
}

HttpResponse MoneyLimits::overflow(const QString &what)
{
    return HttpResponse::error(
        400, u"MoneyOverflow"_s,
        u"%1 exceeds the largest supported amount (%2 in the smallest currency unit)."_s.arg(what).arg(
            MaxCentAmount));
}

} // namespace commercedesk::sandbox
