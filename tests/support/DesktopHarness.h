// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the one way GUI suites get the app — the real composition root (app::Composition) on its
// embedded sandbox in a temporary folder, with temporary settings and a keychain service of its own, so
// every suite runs the services exactly as the product builds them. Header-only, for tests that link
// commercedesk_app; run the suite under scripts/with-secret-service.sh (KEYCHAIN in its CMake entry) so
// the buyer's refresh token really goes to a Secret Service.
//
// What a suite may reach beyond the window, always the objects the composition built (never a second set
// of services): backend() (the connection's services), sandbox() and faults() (the embedded sandbox and
// its fault rules), tuneSandbox() (the embedded sandbox's configuration, e.g. which outside systems run),
// addGeneratedOrders() (orders for the seller's desk), and apiSession() — a session of the test's own on
// one of the sandbox's demo clients, for oracles and for seeding what another party would do; it is never
// handed to the app.

#include "api/ApiSession.h"
#include "app/Backend.h"
#include "app/BackendSwitch.h"
#include "app/Composition.h"
#include "app/MainWindow.h"
#include "app/storefront/StorefrontPane.h"
#include "platform/KeychainCredentialStore.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace commercedesk::testsupport {

class DesktopHarness
{
public:
    /// `options.sandboxDataDir` defaults to a folder of the harness, `options.language` to US English; the
    /// first-run chooser is skipped.
    explicit DesktopHarness(app::AppOptions options = {})
        : m_options(std::move(options))
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , m_keychain(QStringLiteral("CommerceDeskTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (m_options.sandboxDataDir.isEmpty())
            m_options.sandboxDataDir = m_dir.filePath(QStringLiteral("sandbox"));
        if (m_options.language.isEmpty())
            m_options.language = QStringLiteral("en_US");
        m_options.skipFirstRun = true;
    }
    ~DesktopHarness() { stop(); }

    /// Builds the composition root. Call before start() to reach it first (e.g. the backend switch).
    app::Composition *build()
    {
        if (!m_composition) {
            m_composition = std::make_unique<app::Composition>(m_options, environment());
            if (m_tuneSandbox)
                m_composition->backends()->setSandboxTuning(m_tuneSandbox);
        }
        return m_composition.get();
    }

    /// Starts the app at the window's default size (or `size`) and waits until the storefront of the ready
    /// backend has shown its catalog. False on a timeout or a failed start.
    bool start(QSize size = {}, int timeoutMs = 60000)
    {
        build();
        QSignalSpy ready(m_composition.get(), &app::Composition::panesReady);
        if (size.isValid())
            window()->resize(size);
        if (!m_composition->start())
            return false;
        if (!QTest::qWaitForWindowExposed(window()))
            return false;
        // On a real X server without a window manager (Xvfb) nothing activates a new window, and a
        // window that is not active gets no shortcuts: activate it as a desktop's window manager would.
        window()->activateWindow();
        if (!QTest::qWaitForWindowActive(window()))
            return false;
        if (ready.isEmpty() && !ready.wait(timeoutMs))
            return false;
        return waitForCatalog(timeoutMs);
    }

    /// Waits until the current storefront pane shows its catalog (after a new backend or a restart).
    bool waitForCatalog(int timeoutMs = 30000)
    {
        QSignalSpy shown(window()->storefront(), &app::StorefrontPane::catalogShown);
        return shown.wait(timeoutMs);
    }

    /// Closes the app as a user would (window state saved, services and sandbox stopped); the data folder,
    /// settings and keychain stay, so start() again is the next run of the same user.
    void stop()
    {
        if (!m_composition)
            return;
        m_composition->saveWindowState();
        m_composition.reset();
    }

    /// Changes the embedded sandbox's configuration before it starts, on every start() (e.g. no outside
    /// systems, or the OMS's timings). Call before build()/start().
    void tuneSandbox(std::function<void(sandbox::SandboxConfig &)> tune) { m_tuneSandbox = std::move(tune); }

    /// Adds `count` generated orders (sandbox::OrderGenerator with `seed`: 18 months of orders, states
    /// fitting their age, no messages) to the running embedded sandbox's database, beside its own
    /// connection, as `commercedesk-sandbox` does. The seller's desk lists them after its next load (its
    /// Refresh button). False with `error` on failure.
    bool addGeneratedOrders(qint64 count, quint64 seed, QString *error = nullptr)
    {
        if (!sandbox() || !sandbox()->isRunning()) {
            if (error)
                *error = QStringLiteral("the embedded sandbox is not running");
            return false;
        }
        return sandbox::OrderGenerator::generateInFile(sandboxDataPath(QStringLiteral("sandbox.sqlite")),
                                                       count, seed, {}, {}, error);
    }

    /// A session of the test's own on the embedded sandbox's demo client `client` ("storefront",
    /// "merchant", "merchant-readonly", "admin", …): an oracle beside the app, or another party changing
    /// data underneath it. Null when the sandbox is not running or has no such client.
    std::unique_ptr<api::ApiSession>
    apiSession(QStringView client,
               api::OAuthTokenProvider::Grant grant = api::OAuthTokenProvider::Grant::ClientCredentials)
    {
        if (!sandbox() || !sandbox()->isRunning())
            return nullptr;
        const api::ConnectionConfig config = sandboxConnection(sandbox()->credentials(), client);
        if (config.clientId.isEmpty())
            return nullptr;
        return std::make_unique<api::ApiSession>(testNetwork(), config, grant);
    }

    app::Composition *composition() const { return m_composition.get(); }
    app::MainWindow *window() const { return m_composition ? m_composition->window() : nullptr; }
    app::Backend *backend() const { return m_composition ? m_composition->backends()->backend() : nullptr; }
    sandbox::SandboxHost *sandbox() const
    {
        return m_composition ? m_composition->backends()->findChild<sandbox::SandboxHost *>() : nullptr;
    }
    /// The running embedded sandbox's fault rules (its API as service "api", and its outside systems);
    /// thread-safe. Null while it is not running.
    std::shared_ptr<sandbox::FaultInjector> faults() const
    {
        return sandbox() ? sandbox()->faults() : nullptr;
    }
    /// A file of the embedded sandbox's data folder (sandbox.sqlite, gateway.sqlite, …).
    QString sandboxDataPath(const QString &name) const { return m_options.sandboxDataDir + u'/' + name; }
    QSettings *settings() { return &m_settings; }
    platform::CredentialStore *keychain() { return &m_keychain; }
    QString dataPath(const QString &name) const { return m_dir.filePath(name); }

private:
    app::AppEnvironment environment()
    {
        app::AppEnvironment environment;
        environment.settings = &m_settings;
        environment.credentials = &m_keychain;
        return environment;
    }

    QTemporaryDir m_dir;
    app::AppOptions m_options;
    QSettings m_settings;
    platform::KeychainCredentialStore m_keychain;
    std::function<void(sandbox::SandboxConfig &)> m_tuneSandbox;
    std::unique_ptr<app::Composition> m_composition;
};

} // namespace commercedesk::testsupport
