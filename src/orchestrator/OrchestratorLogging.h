// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace commercedesk::orchestrator {

/// One line per buyer request: method, route pattern, status, latency, correlation id, session id.
/// Never bodies, tokens, passwords or card data. (The orchestrator may not link src/platform, whose
/// redacting sinks serve the desktop app; it logs only fields that cannot hold secrets and writes JSON
/// lines through installJsonLogHandler().)
Q_DECLARE_LOGGING_CATEGORY(lcRequests)
/// Start, stop, configuration problems (never secret values).
Q_DECLARE_LOGGING_CATEGORY(lcService)

void logRequest(const QByteArray &method, const QString &route, int status, qint64 elapsedMs,
                const QString &correlationId, const QString &sessionId);
/// Routes every Qt message to stderr as one JSON object per line: ts, level, category, msg.
void installJsonLogHandler();

} // namespace commercedesk::orchestrator
