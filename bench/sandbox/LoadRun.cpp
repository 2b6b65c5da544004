// SPDX-License-Identifier: MIT
#include "LoadRun.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

double LoadRun::Result::percentileMs(double p) const
{
    if (nanos.isEmpty())
        return 0;
    QList<qint64> sorted = nanos;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return double(sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1))) / 1e6;
}

LoadRun::Result LoadRun::run(const QList<HttpConnection *> &connections, const Unit &unit, double seconds,
                             qint64 maxUnits, qint64 minUnits)
{
    Result result;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds * 1e9);
    qint64 started = 0;
    int active = 0;
    std::function<void(int)> next = [&](int worker) {
        if ((clock.nsecsElapsed() >= deadline && started >= minUnits) ||
            (maxUnits > 0 && started >= maxUnits)) {
            if (--active == 0)
                loop.quit();
            return;
        }
        ++started;
        const qint64 begin = clock.nsecsElapsed();
        unit(*connections.at(worker), worker, [&, worker, begin](bool ok) {
            ++result.units;
            if (ok) {
                result.nanos.append(clock.nsecsElapsed() - begin);
            } else {
                ++result.failures;
                if (result.firstFailure.isEmpty())
                    result.firstFailure = u"unit failed"_s;
            }
            next(worker);
        });
    };
    active = int(connections.size());
    for (int worker = 0; worker < connections.size(); ++worker)
        next(worker);
    if (active > 0)
        loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace commercedesk::bench
