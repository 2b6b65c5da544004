// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::bench {

/// bench_orchestrator --concurrent N [--replicas R] [--seconds S]: a sandbox on its own thread in this
/// process, R orchestrator processes (`binary`) on it, and N buyers (LoadSession), buyer i on replica i % R,
/// each doing add-to-cart back to back for S seconds. Prints throughput, p50/p99 and the replicas' RSS and
/// CPU. Returns the process exit code.
int runConcurrentLoad(int sessions, int replicas, int seconds, const QString &binary);

} // namespace commercedesk::bench
