// SPDX-License-Identifier: MIT
#pragma once

#include "HttpConnection.h"

#include <QList>

#include <functional>

namespace commercedesk::bench {

// Drives one kind of work over N kept-alive connections at once (closed loop: each connection starts
// its next unit when the previous one is answered) for a fixed time or a fixed count, and collects
// the latency of every unit. Runs a local event loop (a benchmark tool, not src/).
class LoadRun
{
public:
    // One unit of work (one request, or a chain of requests) on `connection`; calls done(ok) once.
    using Unit = std::function<void(HttpConnection &connection, int worker, std::function<void(bool)> done)>;

    struct Result
    {
        qint64 units = 0;
        qint64 failures = 0;
        double seconds = 0;
        QList<qint64> nanos; // per successful unit
        QString firstFailure;

        double perSecond() const { return seconds > 0 ? double(units - failures) / seconds : 0; }
        // Percentile (0..100) of the successful units' latency, in milliseconds.
        double percentileMs(double p) const;
    };

    // Starts units until `seconds` have passed AND at least `minUnits` were started (so a very slow
    // server still yields a latency sample), or until `maxUnits` were started (<= 0: no limit); units
    // in flight at the end are finished and counted.
    static Result run(const QList<HttpConnection *> &connections, const Unit &unit, double seconds,
                      qint64 maxUnits = 0, qint64 minUnits = 0);
};

} // namespace commercedesk::bench
