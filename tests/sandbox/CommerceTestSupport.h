// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"

#include <QTemporaryDir>

#include <memory>

namespace commercedesk::sandbox::test {

// A demo-seeded Sandbox on 127.0.0.1 with an admin token and helpers for the commerce endpoints.
class CommerceFixture
{
public:
    // False when the sandbox cannot start (the reason in *error).
    bool start(const QString &projectKey, QString *error);

    TestHttp &http() { return *m_http; }
    const QByteArray &adminToken() const { return m_admin; }
    QString base() const { return u'/' + m_projectKey; }
    SandboxCredentials credentials() const { return m_sandbox->credentials(); }

    // A fresh anonymous session of the storefront client; empty on failure.
    QByteArray anonymousToken();
    // Password-flow token of a demo customer (storefront client); empty on failure.
    QByteArray customerToken(const QString &email, const QString &password);

    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token);
    HttpResult get(const QString &path, const QByteArray &token,
                   const QList<QPair<QString, QString>> &query = {});
    HttpResult del(const QString &path, const QByteArray &token, qint64 version);
    // POST {version, actions} to `cartPath` (e.g. base()/carts/{id}).
    HttpResult update(const QString &path, qint64 version, const QJsonArray &actions,
                      const QByteArray &token);

    // SKU of the first variant of a published product with a reduced / standard tax category.
    QString skuWithTax(const QString &taxCategoryKey);

private:
    QTemporaryDir m_dir;
    QString m_projectKey;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_admin;
};

} // namespace commercedesk::sandbox::test
