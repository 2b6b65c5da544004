// SPDX-License-Identifier: MIT
#include "api/OrderNumberGenerator.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kRandomChars = 8;

} // namespace

OrderNumberGenerator::OrderNumberGenerator(Clock clock, Random random)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::system()->generate(); }))
{}

QString OrderNumberGenerator::next() const
{
    // 40 bits from two draws, 5 bits per character.
    const quint64 bits = (quint64(m_random()) << 8) ^ quint64(m_random());
    QString suffix;
    suffix.reserve(kRandomChars);
    for (int i = kRandomChars - 1; i >= 0; --i)
        suffix.append(QLatin1Char(kCrockford[(bits >> (5 * i)) & 0x1F]));
    return u"CD-"_s + m_clock().toUTC().toString(u"yyyyMMdd"_s) + u'-' + suffix;
}

} // namespace commercedesk::api
