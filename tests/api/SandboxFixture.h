// SPDX-License-Identifier: MIT
#pragma once
// Test helper: a real sandbox (src/sandbox) on 127.0.0.1, port 0, in a QTemporaryDir, in the test's thread,
// with a clock the test can move; and ApiSessions for its demo API clients. Test code only: the api library
// itself never links the sandbox.

#include "api/ApiSession.h"
#include "api/Transport.h"
#include "sandbox/Sandbox.h"
#include "support/TestNetwork.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace commercedesk::testsupport {

/// A clock that stands still at a start time until the test moves it. Thread-safe.
class ManualClock final : public sandbox::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_start(std::move(start))
    {}
    QDateTime now() const override { return m_start.addSecs(m_offset.load()); }
    void advance(qint64 seconds) { m_offset += seconds; }

private:
    QDateTime m_start;
    std::atomic<qint64> m_offset{0};
};

class SandboxFixture
{
public:
    /// Starts the sandbox; `configure` may change the config (token lifetime, clock) first.
    /// Returns an empty string on success, otherwise the error.
    QString start(const std::function<void(sandbox::SandboxConfig &)> &configure = {})
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.path();
        if (configure)
            configure(config);
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        if (!m_sandbox->start(&error))
            return error.isEmpty() ? QStringLiteral("the sandbox did not start") : error;
        m_credentials = m_sandbox->credentials();
        return {};
    }

    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    const sandbox::SandboxCredentials &credentials() const { return m_credentials; }

    /// The connection of the demo client `name` ("storefront", "merchant", "merchant-readonly", "admin");
    /// an empty config when there is no such client.
    api::ConnectionConfig connection(const QString &name) const
    {
        api::ConnectionConfig config;
        const sandbox::SandboxClient *client = m_credentials.client(name);
        if (!client)
            return config;
        config.authUrl = m_credentials.authUrl;
        config.apiUrl = m_credentials.apiUrl;
        config.projectKey = m_credentials.projectKey;
        config.clientId = client->clientId;
        config.clientSecret = client->clientSecret;
        config.scopes = client->scopes;
        return config;
    }

    std::unique_ptr<api::ApiSession> session(const QString &name, api::OAuthTokenProvider::Grant grant,
                                             api::OAuthTokenProvider::Clock clock = {}) const
    {
        auto session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection(name), grant,
                                                         nullptr, std::move(clock));
        session->transport()->setRetryPolicy({3, 20, 200});
        return session;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    sandbox::SandboxCredentials m_credentials;
};

} // namespace commercedesk::testsupport
