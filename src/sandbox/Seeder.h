// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxClient.h"
#include "sandbox/SandboxConfig.h"

#include <QDateTime>

namespace commercedesk::sandbox {

class Database;

// First-run provisioning, in ONE transaction: the project row, the API clients (random ids and
// secrets, always — a project without clients is unusable) and, for SeedMode::Demo, the demo
// catalog, customers, associate roles and business units (+ config.extraProducts generated
// products). Runs only when the database has no project yet, so a restart never seeds again.
// A database that belongs to another project key is refused. After that transaction, a demo store
// with config.demoOrders > 0 gets that many generated orders (GeneratorShape::demoStore()), and, when the
// sandbox runs its own payment gateway, the newest B2C ones card payments the gateway holds (DemoPayments).
class Seeder
{
public:
    Seeder(Database &database, const SandboxConfig &config, QDateTime now);

    // False + *error on failure (nothing is written then).
    bool ensureSeeded(QString *error);

private:
    static constexpr quint64 DemoOrdersSeed = 20261207;

    bool seed(QString *error);
    bool seedDemoOrders(QString *error);
    bool seedDemoPayments(QString *error);
    bool seedClients();
    bool seedClient(const SandboxClient &client);
    // An existing project's demo clients get the scopes their templates gained since it was seeded (e.g.
    // view_categories for the storefront, which the specification requires for the category tree), and the
    // template clients added since (e.g. the orchestrator's) are created.
    bool grantTemplateScopes(QString *error);
    bool seedReferenceData();
    bool seedProducts(QString *error);
    bool seedAccounts();

    Database &m_database;
    const SandboxConfig &m_config;
    QDateTime m_now;
};

} // namespace commercedesk::sandbox
