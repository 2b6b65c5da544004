// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::platform {

// Severity threshold of a log sink; Off disables the sink.
enum class LogLevel { Trace, Debug, Info, Warning, Error, Critical, Off };

// How Logging sets itself up. Only `directory` has no sensible default (see Logging::defaultDirectory()).
struct LoggingOptions
{
    QString directory; // created if missing, owner-only permissions
    QString fileName = QStringLiteral("commercedesk.log");
    qint64 maxFileSize = qint64(5) * 1024 * 1024; // bytes per file before it rotates (must be > 0)
    int maxFiles = 3; // rotated files kept besides the current one (name.1.log …)
    LogLevel fileLevel = LogLevel::Debug;
    LogLevel consoleLevel = LogLevel::Info;  // the stderr sink; Off leaves it out
    LogLevel flushLevel = LogLevel::Warning; // messages at or above it are flushed at once
};

} // namespace commercedesk::platform
