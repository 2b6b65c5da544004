// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace commercedesk::sandbox {

// Source of "now" for the sandbox (token expiry, timestamps). Injected so tests can move time.
// Implementations must be thread-safe: a Sandbox may run on a worker thread (SandboxHost) while a
// test adjusts the clock from the main thread.
class Clock
{
public:
    virtual ~Clock() = default;
    // Current time in UTC.
    virtual QDateTime now() const = 0;
};

// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace commercedesk::sandbox
