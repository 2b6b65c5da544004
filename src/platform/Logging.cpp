// SPDX-License-Identifier: MIT
#include "platform/Logging.h"

#include "platform/LoggingCategories.h"
#include "platform/RedactingSink.h"
#include "platform/Redactor.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

namespace {

constexpr auto kLoggerName = "commercedesk";
constexpr auto kPattern = "[%Y-%m-%d %H:%M:%S.%e] [%t] [%l] [%n] %v";

spdlog::level::level_enum toSpdlog(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return spdlog::level::trace;
    case LogLevel::Debug:
        return spdlog::level::debug;
    case LogLevel::Info:
        return spdlog::level::info;
    case LogLevel::Warning:
        return spdlog::level::warn;
    case LogLevel::Error:
        return spdlog::level::err;
    case LogLevel::Critical:
        return spdlog::level::critical;
    case LogLevel::Off:
        break;
    }
    return spdlog::level::off;
}

spdlog::level::level_enum toSpdlog(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        break;
    }
    return spdlog::level::critical;
}

// The Qt message handler: hands the message to spdlog's default logger with the category as logger name.
// It must never throw into Qt, so sink failures are reported on stderr and dropped.
void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::logger *logger = spdlog::default_logger_raw();
    if (logger == nullptr)
        return;
    const auto level = toSpdlog(type);
    if (!logger->should_log(level))
        return;
    const QByteArray text = message.toUtf8();
    const char *category = context.category != nullptr ? context.category : "default";
    const spdlog::source_loc location = context.file != nullptr
                                            ? spdlog::source_loc(context.file, context.line, context.function)
                                            : spdlog::source_loc();
    const spdlog::details::log_msg msg(location, category, level,
                                       spdlog::string_view_t(text.constData(), size_t(text.size())));
    try {
        for (const auto &sink : logger->sinks()) {
            if (sink->should_log(level))
                sink->log(msg);
        }
        if (level >= logger->flush_level() || type == QtFatalMsg)
            logger->flush();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "commercedesk: log sink failed: %s\n", error.what());
    }
}

} // namespace

struct Logging::State
{
    LoggingOptions options;
    std::shared_ptr<Redactor> redactor;
    QString filePath;
    QString errorString;
    spdlog::sink_ptr fileSink;
    spdlog::sink_ptr consoleSink;
    std::shared_ptr<spdlog::logger> logger;
    std::shared_ptr<spdlog::logger> previousDefaultLogger;
    QtMessageHandler previousHandler = nullptr;

    void openFile();
    void updateLoggerLevel() const;
};

void Logging::State::openFile()
{
    if (options.directory.isEmpty()) {
        errorString = u"No log directory given"_s;
        return;
    }
    if (!QDir().mkpath(options.directory)) {
        errorString = u"Cannot create the log directory %1"_s.arg(options.directory);
        return;
    }
    QFile::setPermissions(options.directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    filePath = QDir(options.directory).filePath(options.fileName);
    try {
        fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_st>(
            QFile::encodeName(filePath).toStdString(), size_t(std::max<qint64>(options.maxFileSize, 1)),
            size_t(std::max(options.maxFiles, 0)));
        fileSink->set_level(toSpdlog(options.fileLevel));
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } catch (const spdlog::spdlog_ex &error) {
        errorString =
            u"Cannot open the log file %1: %2"_s.arg(filePath, QString::fromLocal8Bit(error.what()));
        fileSink.reset();
    }
}

void Logging::State::updateLoggerLevel() const
{
    auto level = spdlog::level::off;
    if (fileSink)
        level = std::min(level, fileSink->level());
    if (consoleSink)
        level = std::min(level, consoleSink->level());
    logger->set_level(level);
}

Logging::Logging(LoggingOptions options, std::shared_ptr<Redactor> redactor)
    : m_state(std::make_unique<State>())
{
    auto &s = *m_state;
    s.options = std::move(options);
    s.redactor = redactor ? std::move(redactor) : std::make_shared<Redactor>();
    s.openFile();

    std::vector<spdlog::sink_ptr> children;
    if (s.fileSink)
        children.push_back(s.fileSink);
    if (s.options.consoleLevel != LogLevel::Off) {
        s.consoleSink = std::make_shared<spdlog::sinks::stderr_color_sink_st>();
        s.consoleSink->set_level(toSpdlog(s.options.consoleLevel));
        children.push_back(s.consoleSink);
    }
    auto sink = std::make_shared<RedactingSink>(s.redactor, std::move(children));
    s.logger = std::make_shared<spdlog::logger>(kLoggerName, std::move(sink));
    s.logger->set_pattern(kPattern);
    s.logger->flush_on(toSpdlog(s.options.flushLevel));
    s.updateLoggerLevel();

    s.previousDefaultLogger = spdlog::default_logger();
    spdlog::set_default_logger(s.logger);
    s.previousHandler = qInstallMessageHandler(&routeQtMessage);

    if (!s.errorString.isEmpty())
        qCWarning(lcLogging).noquote() << s.errorString;
    qCInfo(lcLogging).noquote() << "Logging to" << s.filePath;
}

Logging::~Logging()
{
    auto &s = *m_state;
    qInstallMessageHandler(s.previousHandler);
    s.logger->flush();
    spdlog::set_default_logger(s.previousDefaultLogger);
}

QString Logging::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

std::optional<LogLevel> Logging::levelFromString(QStringView name)
{
    const std::pair<QLatin1StringView, LogLevel> names[] = {
        {"trace"_L1, LogLevel::Trace},       {"debug"_L1, LogLevel::Debug},  {"info"_L1, LogLevel::Info},
        {"warning"_L1, LogLevel::Warning},   {"warn"_L1, LogLevel::Warning}, {"error"_L1, LogLevel::Error},
        {"critical"_L1, LogLevel::Critical}, {"off"_L1, LogLevel::Off}};
    for (const auto &[text, level] : names) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

bool Logging::hasFile() const
{
    return m_state->fileSink != nullptr;
}

QString Logging::errorString() const
{
    return m_state->errorString;
}

QString Logging::filePath() const
{
    return m_state->filePath;
}

const LoggingOptions &Logging::options() const
{
    return m_state->options;
}

Redactor &Logging::redactor() const
{
    return *m_state->redactor;
}

std::shared_ptr<Redactor> Logging::sharedRedactor() const
{
    return m_state->redactor;
}

void Logging::setFileLevel(LogLevel level)
{
    m_state->options.fileLevel = level;
    if (m_state->fileSink)
        m_state->fileSink->set_level(toSpdlog(level));
    m_state->updateLoggerLevel();
}

void Logging::setConsoleLevel(LogLevel level)
{
    m_state->options.consoleLevel = level;
    if (m_state->consoleSink)
        m_state->consoleSink->set_level(toSpdlog(level));
    m_state->updateLoggerLevel();
}

void Logging::flush()
{
    m_state->logger->flush();
}

} // namespace commercedesk::platform
