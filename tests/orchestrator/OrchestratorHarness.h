// SPDX-License-Identifier: MIT
#pragma once
// Test helper: a real sandbox (with its payment gateway and tax service) on loopback in a temporary folder,
// orchestrators built on it in-process (or their configuration for a process), and a small HTTP client that
// speaks to both as the buyer's app and the card form would.

#include "orchestrator/Orchestrator.h"
#include "orchestrator/OrchestratorConfig.h"
#include "sandbox/Sandbox.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace commercedesk::testsupport {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names

    QString code() const { return json.value(QStringLiteral("code")).toString(); }
    /// True when the body is the orchestrator's error shape with this status.
    bool isError(int expectedStatus, const QString &expectedCode) const;
};

struct BuyerLogin
{
    QString email;
    QString password;
};

class OrchestratorHarness
{
public:
    OrchestratorHarness();
    ~OrchestratorHarness();

    /// Starts the sandbox; empty on success, else the error.
    QString start();
    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }

    /// The configuration of an orchestrator on this sandbox: the sandbox's `orchestrator` client (only the
    /// scopes docs/deployment.md lists, so every suite proves they suffice), a fixed session
    /// key and a revocation folder shared by every orchestrator of this harness.
    orchestrator::OrchestratorConfig config() const;
    /// The same as environment variables (for the orchestrator as a process).
    QHash<QString, QString> environment() const;
    std::unique_ptr<orchestrator::Orchestrator> startOrchestrator(orchestrator::OrchestratorConfig config);
    std::unique_ptr<orchestrator::Orchestrator> startOrchestrator() { return startOrchestrator(config()); }

    /// One HTTP request, waited for (test code only). `rawBody` wins over `body` when set.
    HttpResult call(const QUrl &base, const QByteArray &method, const QString &pathAndQuery,
                    const QJsonObject &body = {}, const QByteArray &token = {},
                    const QByteArray &rawBody = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    /// What the card form does: authorizes `centAmount` `currency` for `cartId` at the gateway; the id.
    QString authorizeCard(const QString &cartId, qint64 centAmount, const QString &currency,
                          const QString &cardNumber = QStringLiteral("4242424242424242"));
    /// A published SKU with an EUR price for DE.
    QString someSku(const QUrl &orchestrator, const QByteArray &token);
    /// Every order made from `cartId`, read on the sandbox with the admin client.
    QJsonArray ordersOfCart(const QString &cartId);
    /// One Payment, read on the sandbox with the admin client (empty when there is none).
    QJsonObject payment(const QString &paymentId);

    static BuyerLogin shopper();
    static BuyerLogin b2bBuyer();

private:
    QByteArray adminToken();

    QTemporaryDir m_dir;
    QTemporaryDir m_revocations;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    sandbox::SandboxCredentials m_credentials;
    QNetworkAccessManager m_network;
    QByteArray m_adminToken;
};

} // namespace commercedesk::testsupport
