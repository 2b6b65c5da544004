// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace commercedesk::api {

/// Client-made order numbers `CD-<yyyyMMdd>-<8 Crockford base32>` (UTC date; 40 random bits, alphabet
/// 0-9 A-Z without I, L, O, U), e.g. "CD-20261103-7K2Q9XHM". Made once per checkout attempt and kept with
/// it, so a retried order creation sends the same number (see OrderCreation). Not thread-safe only in the
/// sense that the injected functions must be.
class OrderNumberGenerator
{
public:
    using Clock = std::function<QDateTime()>;
    /// Returns 32 random bits.
    using Random = std::function<quint32()>;

    /// Defaults: the system UTC clock and QRandomGenerator::system().
    explicit OrderNumberGenerator(Clock clock = {}, Random random = {});

    QString next() const;

private:
    Clock m_clock;
    Random m_random;
};

} // namespace commercedesk::api
