// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
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
    QString profile;        ///< --profile NAME; empty = the remembered one (main() checks that it exists)
    /// --no-first-run, the environment variable COMMERCEDESK_NO_FIRST_RUN, or --screenshot: never show the
    /// first-run chooser (the embedded sandbox is used when no profile was chosen yet).
    bool skipFirstRun = false;
    /// Orders generated into a new embedded demo store (first start of a data folder only), so the seller's
    /// desk and the buyers' histories show work right away. Tests that count orders set 0.
    int demoOrders = 300;
    /// Tests only (no command-line option): when set, the embedded sandbox serves its fault-injection admin
    /// (`/_fault`) behind this bearer token, so a test can take an outside system down.
    QByteArray sandboxFaultAdminToken;
    /// The embedded sandbox's storefront goes through an orchestrator started in-process beside it
    /// (issue 14): the buyer side holds no commercetools credential. The environment variable
    /// COMMERCEDESK_STOREFRONT=direct (no command-line option) selects the direct mode instead: the
    /// storefront API client talks to the sandbox itself.
    bool orchestratedStorefront = storefrontOrchestratedByDefault();

    /// Set when the process should exit right away (after --help, --version or a bad option), with the text
    /// to print: on stdout for exit code 0, on stderr otherwise.
    std::optional<int> exitCode;
    QString message;

    static AppOptions parse(const QStringList &arguments);
    /// True unless COMMERCEDESK_STOREFRONT is "direct".
    static bool storefrontOrchestratedByDefault();
};

} // namespace commercedesk::app
