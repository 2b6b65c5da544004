// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::app {

/// The command line, parsed. Parsing never exits the process; main() decides what to do with
/// `exitCode`/`message` (help, version, or a usage error).
struct AppOptions
{
    QString sandboxDataDir; ///< empty = the per-user default
    QString language;       ///< empty = the system locale
    QString screenshotPath; ///< when set: render the window once the catalog is shown, save a PNG, quit

    /// Set when the process should exit right away (after --help, --version or a bad option), with the text
    /// to print: on stdout for exit code 0, on stderr otherwise.
    std::optional<int> exitCode;
    QString message;

    static AppOptions parse(const QStringList &arguments);
};

} // namespace commercedesk::app
