// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/storage/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace commercedesk::sandbox::test {

// What a directly inserted test cart looks like (a commercetools Cart JSON, api.yaml Cart).
struct CartSpec
{
    QString taxMode = QStringLiteral("Platform");
    bool shippingAddress = true;
    bool lineTaxRate = true;
    bool shippingTaxRate = true;
    bool shippingInfo = true;
    QString customerId;
    QString anonymousId;
    QString businessUnitKey;
    QString storeKey;
    QString purchaseOrderNumber;
    QString paymentId;
    QString currency = QStringLiteral("EUR");
};

// A demo-seeded Sandbox on 127.0.0.1 in a temporary folder, a second SQLite connection to the same
// file (to insert carts the way the commerce area stores them), and token helpers.
class OrdersFixture
{
public:
    // False + *error when the sandbox does not start. `outsideSystems` false: no tax service, gateway
    // or OMS, so nothing updates orders behind the test's back (the OMS write-back is asynchronous).
    bool start(const QString &projectKey, QString *error, bool outsideSystems = true);

    // Inserts a cart built from `spec`; returns its doc (id, version 1).
    QJsonObject insertCart(const CartSpec &spec);
    // Inserts a payment (minimal Payment JSON); returns its id.
    QString insertPayment();
    // client_credentials token of a demo client.
    QByteArray clientToken(const QString &clientName);
    // Password-flow token of a demo customer through the storefront client.
    QByteArray customerToken(const QString &email, const QString &password);
    // Anonymous-session token through the storefront client; *anonymousId receives its id.
    QByteArray anonymousToken(QString *anonymousId);

    // POST JSON with a bearer token.
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &bearer);
    HttpResult get(const QString &path, const QByteArray &bearer,
                   const QList<QPair<QString, QString>> &query = {});
    // POST /{pk}/orders from `cart` with the admin token (orderNumber optional).
    HttpResult orderFromCart(const QJsonObject &cart, const QString &orderNumber = {});

    QString path(const QString &suffix) const { return u'/' + m_projectKey + suffix; }
    const SandboxCredentials &credentials() const { return m_credentials; }
    Database &database() { return m_database; }
    TestHttp &http() { return *m_http; }
    Sandbox &sandbox() { return *m_sandbox; }

private:
    QTemporaryDir m_dir;
    QString m_projectKey;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    SandboxCredentials m_credentials;
    Database m_database;
    QHash<QString, QByteArray> m_clientTokens;
};

} // namespace commercedesk::sandbox::test
