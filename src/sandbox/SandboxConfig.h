// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/outside/OutsideSystemsConfig.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace commercedesk::sandbox {

// What the database holds when it is created for the first time. Seeding runs once per data
// directory; a restart with an existing database never seeds again, whatever this says.
enum class SeedMode { Demo, None };

// How a Sandbox is started. A plain value: copy it freely, also across threads.
struct SandboxConfig
{
    // Folder holding sandbox.sqlite (created when missing). Required: the caller chooses the
    // per-user location (e.g. QStandardPaths::AppLocalDataLocation + "/sandbox").
    QString dataDir;
    QString projectKey = QStringLiteral("commercedesk-demo");
    // Loopback by default; anything else must be asked for explicitly.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    // 0 = any free port (see Sandbox::port()).
    quint16 port = 0;
    SeedMode seed = SeedMode::Demo;
    // Benchmark knob: generated products seeded on top of the demo catalog (first run only).
    int extraProducts = 0;
    // Orders of the last six weeks generated into a new demo store (first run only): every order
    // state, B2C and B2B, most already at the OMS. The desktop app asks for a few hundred so both
    // panes show work on first start; 0 (libraries, tests) leaves the order book empty.
    int demoOrders = 0;
    // Access-token lifetime; refresh tokens live 200 days like on commercetools.
    qint64 accessTokenSeconds = 172800;
    qint64 refreshTokenSeconds = 17280000;
    // PBKDF2 rounds for new customer passwords (>= 100000; stored per hash, so changing it later is safe).
    int passwordIterations = 100000;
    // Threads that serve read-only order and message queries beside the request thread, so a slow query
    // delays no other client (HttpServer::setReadWorkers); 0 = every request on the request thread.
    int readWorkers = 4;
    // Null = wall clock. Shared because the Sandbox may live on another thread (see Clock).
    std::shared_ptr<const Clock> clock;
    // The Payment Intents API's patience with the payment gateway, per call; after it the transaction stays
    // Pending until the operation is sent again or the sandbox restarts (commerce/PaymentIntents).
    int paymentGatewayTimeoutMs = 10000;
    // Tax service, payment gateway and OMS beside the sandbox (started by start(), on by default).
    OutsideSystemsConfig outside;
};

} // namespace commercedesk::sandbox
