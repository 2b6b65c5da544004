// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"

#include <QObject>

#include <memory>

namespace commercedesk::api {
class ApiSession;
class ProductProjectionClient;
} // namespace commercedesk::api
namespace commercedesk::checkout {
class CatalogBrowser;
}
namespace commercedesk::platform {
class Redactor;
}
namespace commercedesk::sandbox {
class SandboxHost;
struct SandboxCredentials;
} // namespace commercedesk::sandbox

namespace commercedesk::app {

/// The composition root (architecture rule 7): builds the backend connection, the API sessions, clients and
/// services, and hands them to the widgets by constructor or setter. No singletons: everything here is owned
/// by this object and lives in the GUI thread, except the embedded sandbox, which runs on its own thread.
class Composition final : public QObject
{
    Q_OBJECT

public:
    /// `redactor` (may be null) learns every client secret and token the app comes to hold, so no log line
    /// can carry one; it must outlive the composition.
    explicit Composition(AppOptions options, platform::Redactor *redactor = nullptr,
                         QObject *parent = nullptr);
    ~Composition() override;

    /// Starts the embedded sandbox; backendReady() or backendFailed() follows, exactly once.
    void start();

    /// Valid after backendReady(); owned by the composition.
    checkout::CatalogBrowser *catalog() const { return m_catalog; }
    /// e.g. "Embedded sandbox · project commercedesk-demo · http://127.0.0.1:41234"
    QString connectionDescription() const { return m_description; }

    /// The per-user default folder of the embedded sandbox's data.
    static QString defaultSandboxDataDir();

Q_SIGNALS:
    void backendReady();
    void backendFailed(const QString &message);

private:
    void onSandboxStarted(const sandbox::SandboxCredentials &credentials);

    AppOptions m_options;
    platform::Redactor *m_redactor;
    sandbox::SandboxHost *m_sandbox = nullptr;
    api::ApiSession *m_storefrontSession = nullptr;
    std::unique_ptr<api::ProductProjectionClient> m_products;
    checkout::CatalogBrowser *m_catalog = nullptr;
    QString m_description;
};

} // namespace commercedesk::app
