// SPDX-License-Identifier: MIT
#pragma once

#include "platform/LoggingOptions.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace commercedesk::platform {

class Redactor;

// The application's logging set-up: a rotating file sink (LoggingOptions::directory) and a stderr sink, both
// behind one redacting sink, so every line passes the Redactor before any sink sees it.
//
// Construction installs it, destruction uninstalls it, symmetrically:
//  - spdlog's default logger becomes ours (direct spdlog::info(...) calls are redacted too); the previous
//  default
//    logger is restored on destruction;
//  - a Qt message handler routes qDebug/qInfo/qWarning/qCritical/qFatal and categorised logging (qCInfo(lc…))
//    into that logger, with the category name as the logger name ("default" for uncategorised messages); the
//    previous Qt handler is restored on destruction. Qt's category filter still decides what is enabled.
// These two process-wide hooks (Qt's message handler and spdlog's default logger) are the only global state
// involved; Logging itself keeps none. Create one instance at a time, in the composition root, while no other
// thread logs (spdlog's default-logger swap is not atomic); destroy instances in reverse order of creation.
// Logging from any thread is safe while it is installed.
//
// If the log file cannot be opened the console sink still works; hasFile() is false and errorString() says
// why.
class Logging
{
public:
    explicit Logging(LoggingOptions options, std::shared_ptr<Redactor> redactor = {});
    ~Logging();
    Logging(const Logging &) = delete;
    Logging &operator=(const Logging &) = delete;

    // QStandardPaths::AppLocalDataLocation + "/logs" (set the application/organisation names first).
    static QString defaultDirectory();
    // "trace", "debug", "info", "warning"/"warn", "error", "critical", "off" (any case); nullopt otherwise.
    static std::optional<LogLevel> levelFromString(QStringView name);

    [[nodiscard]] bool hasFile() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString filePath() const; // the current (unrotated) log file
    [[nodiscard]] const LoggingOptions &options() const;

    // The redactor in front of every sink; register known secrets here (Redactor::addSecret).
    [[nodiscard]] Redactor &redactor() const;
    [[nodiscard]] std::shared_ptr<Redactor> sharedRedactor() const;

    void setFileLevel(LogLevel level);
    void setConsoleLevel(LogLevel level); // no effect when the console sink was left out (consoleLevel Off)
    void flush();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace commercedesk::platform
