// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/faults/FaultRule.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace commercedesk::sandbox {

// How the outside systems (tax service, payment gateway, OMS, order-number service) run beside a
// sandbox. A plain value.
struct OutsideSystemsConfig
{
    // False: the sandbox starts none of them and provisions nothing (tests of the sandbox alone).
    bool enabled = true;
    // Which services to start here: any of "tax", "gateway", "oms", "numbers".
    QStringList services = {QStringLiteral("tax"), QStringLiteral("gateway"), QStringLiteral("oms"),
                            QStringLiteral("numbers")};
    // Folder of gateway.sqlite, oms.sqlite and order-numbers.sqlite. Empty = the sandbox's data dir.
    QString dataDir;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    // 0 = any free port.
    quint16 taxPort = 0;
    quint16 gatewayPort = 0;
    quint16 omsPort = 0;
    quint16 numbersPort = 0;
    // A real (or separately run) provider replaces the built-in one: when set, that service is not
    // started here and the sandbox provisions this URL instead.
    QUrl taxUrl;
    QUrl gatewayUrl;
    QUrl omsUrl;
    QUrl numbersUrl;
    // Faults active from the start (--fault).
    QList<FaultRule> faults;
    // The /_fault admin endpoints (sandbox API and every service) exist only when this is set
    // (--fault-admin); they then require `Authorization: Bearer <faultAdminToken>` (empty = a random
    // token, see Sandbox::faultAdminToken()).
    bool faultAdmin = false;
    QByteArray faultAdminToken;

    // The connector's credential for the gateway's merchant operations (capture, void and refund of an
    // authorization): `Authorization: Bearer <key>`. Empty = a random key per start.
    QByteArray gatewayMerchantKey;
    // The token the OMS requires on every delivery (`Authorization: Bearer <token>`), provisioned into
    // the "oms" subscription's destination. Empty = a random token per start.
    QByteArray omsDeliveryToken;

    // Payment gateway: how long the timeout test card holds its first answer.
    int gatewayTimeoutCardHoldMs = 35000;

    // Tax service: the seller's country (for B2B reverse charge), product key/SKU → tax category
    // ("standard", "reduced", "zero"; unknown products are "standard"), and the buyer register
    // (business-unit key → VAT id whose first two letters are the buyer's country).
    QString sellerCountry = QStringLiteral("DE");
    QHash<QString, QString> productTaxCategories;
    QHash<QString, QString> businessUnitVatIds;

    // OMS: its clock (null = wall clock), when a synced order becomes Ready and then Shipped (seconds
    // on that clock after the OrderCreated message), how often it looks at the clock (real ms).
    std::shared_ptr<const Clock> omsClock;
    int omsReadyAfterSeconds = 0;
    int omsShipAfterSeconds = 60;
    int omsTickMs = 1000;
    // OMS: capture on shipment (--oms-capture-on-shipment): once it shipped an order, the OMS captures
    // what is left of the order's card payments through the Payment Intents API (OmsCapture).
    bool omsCaptureOnShipment = false;

    // Subscription deliverer (runs in the sandbox): its clock (null = the sandbox clock), the first
    // and the largest retry delay, and how often it looks for due deliveries (real ms).
    std::shared_ptr<const Clock> deliveryClock;
    int deliveryFirstRetryMs = 1000;
    int deliveryMaxRetryMs = 300000;
    int deliveryPollMs = 500;
};

// Where the outside services answer (empty URL = not available).
struct OutsideUrls
{
    QUrl tax;
    QUrl gateway;
    QUrl oms;
    QUrl numbers; // the order-number service (its API extension: <numbers>/extension)
};

// The credentials of the outside services as they run (random ones resolved).
struct OutsideSecrets
{
    QByteArray gatewayMerchantKey;
    QByteArray omsDeliveryToken;
};

// How the OMS reaches the sandbox to write back (updateSyncInfo, shipment state, deliveries).
struct SandboxLink
{
    QUrl authUrl;
    QUrl apiUrl;
    QString projectKey;
    QString clientId;
    QString clientSecret;
};

} // namespace commercedesk::sandbox
