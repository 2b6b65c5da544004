// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxTestSupport.h"
#include "sandbox/Clock.h"
#include "sandbox/Sandbox.h"

#include <QMutex>
#include <QTemporaryDir>

#include <memory>

namespace commercedesk::sandbox::test {

// A clock the test moves by hand (thread-safe: the OMS reads it on the outside systems' thread).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 ms)
    {
        const QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// A demo-seeded Sandbox on 127.0.0.1 (on the test's thread; its outside systems on their own) whose
// data folder outlives restart(), with an admin token and helpers for carts and orders.
class OutsideFixture
{
public:
    // `config.dataDir` and `config.projectKey` are filled in when empty. False + *error on failure.
    bool start(SandboxConfig config, QString *error);
    // Stops the sandbox and starts it again on the same data folder (new ports). False + *error.
    bool restart(QString *error);
    void stop();

    Sandbox &sandbox() { return *m_sandbox; }
    TestHttp &http() { return *m_http; }
    const QByteArray &adminToken() const { return m_admin; }
    // The Authorization header of the /_fault admin endpoints (enabled by start()).
    QList<QPair<QByteArray, QByteArray>> faultAuth() const
    {
        return {{"Authorization", "Bearer " + m_sandbox->faultAdminToken()}};
    }
    QString base() const { return u'/' + m_config.projectKey; }
    QString dataDir() const { return m_dir.path(); }

    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult get(const QString &path, const QList<QPair<QString, QString>> &query = {});
    // POST {version, actions} to `path` with the admin token.
    HttpResult update(const QString &path, qint64 version, const QJsonArray &actions);

    // SKU of a published product with the standard tax category.
    QString standardSku();
    // A cart of one standard-tax line, shipped to Berlin with the shipping method "standard".
    // `taxMode` "External" carts get neither address nor shipping method (the tax extension would run).
    // The cart JSON, or empty on failure.
    QJsonObject createCart(const QString &taxMode = QStringLiteral("Platform"));
    // A cart as above, ordered as `orderNumber`. The order JSON, or empty on failure.
    QJsonObject createOrder(const QString &orderNumber);

private:
    QTemporaryDir m_dir;
    SandboxConfig m_config;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_admin;
    QString m_sku;
};

} // namespace commercedesk::sandbox::test
