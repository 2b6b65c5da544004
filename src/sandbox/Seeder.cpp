// SPDX-License-Identifier: MIT
#include "sandbox/Seeder.h"

#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/auth/PasswordHasher.h"
#include "sandbox/catalog/ProductIndexer.h"
#include "sandbox/orders/DemoPayments.h"
#include "sandbox/orders/OrderGenerator.h"
#include "sandbox/orders/OrdersSeed.h"
#include "sandbox/outside/GatewayStore.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/seed/DemoProducts.h"
#include "sandbox/seed/DemoShipping.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString randomString(int bytes)
{
    QByteArray raw;
    while (raw.size() < bytes) {
        const quint32 word = QRandomGenerator::system()->generate();
        raw.append(reinterpret_cast<const char *>(&word), sizeof(word));
    }
    raw.truncate(bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Seeder::Seeder(Database &database, const SandboxConfig &config, QDateTime now)
    : m_database(database)
    , m_config(config)
    , m_now(std::move(now))
{}

bool Seeder::ensureSeeded(QString *error)
{
    const QString existing = m_database.scalar(u"SELECT key FROM project LIMIT 1"_s).toString();
    if (!existing.isEmpty()) {
        if (existing == m_config.projectKey)
            return grantTemplateScopes(error);
        *error =
            u"The data directory belongs to project '%1', not '%2'."_s.arg(existing, m_config.projectKey);
        return false;
    }
    if (!m_database.begin()) {
        *error = u"Could not start the seeding transaction."_s;
        return false;
    }
    if (!seed(error) || !m_database.commit()) {
        if (error->isEmpty())
            *error = m_database.errorString();
        m_database.rollback();
        return false;
    }
    return seedDemoOrders(error);
}

bool Seeder::seedDemoOrders(QString *error)
{
    if (m_config.seed != SeedMode::Demo || m_config.demoOrders <= 0)
        return true;
    // After the seeding transaction: the generator commits in batches of its own.
    QString message;
    if (!OrderGenerator::generate(m_database, m_config.demoOrders, DemoOrdersSeed, {}, m_now, &message,
                                  GeneratorShape::demoStore())) {
        *error = u"Could not generate the demo orders: "_s % message;
        return false;
    }
    return seedDemoPayments(error);
}

bool Seeder::seedDemoPayments(QString *error)
{
    // Only when the sandbox's own gateway will hold the authorizations (gateway.sqlite of the outside
    // systems' folder): a payment naming an authorization no gateway knows could never be captured.
    const OutsideSystemsConfig &outside = m_config.outside;
    if (!outside.enabled || !outside.services.contains(u"gateway"_s) || !outside.gatewayUrl.isEmpty())
        return true;
    DemoPayments payments(m_now);
    if (!payments.prepare(m_database, DemoPayments::DefaultCount, error))
        return false;
    if (payments.size() == 0)
        return true;
    // The gateway first: an authorization nobody names is harmless, a payment naming a missing one is not.
    const QString dir = outside.dataDir.isEmpty() ? m_config.dataDir : outside.dataDir;
    const QString file = QDir(dir).filePath(u"gateway.sqlite"_s);
    GatewayStore gateway;
    QString message;
    if (!LocalSecrets::ensureDirectory(dir) || !LocalSecrets::ensureFile(file) ||
        !gateway.open(file, &message) ||
        !gateway.import(payments.authorizations(), JsonValues::timestamp(m_now))) {
        *error = u"Could not give the demo payments' authorizations to the gateway: "_s % message;
        return false;
    }
    return payments.store(m_database, error);
}

bool Seeder::seed(QString *error)
{
    const bool demo = m_config.seed == SeedMode::Demo;
    const QJsonObject project = DemoCatalog(m_now).project(m_config.projectKey);
    const bool ok =
        m_database.exec(u"INSERT INTO project (key, doc, seed, created_at) VALUES (?, ?, ?, ?)"_s,
                        {m_config.projectKey, QJsonDocument(project).toJson(QJsonDocument::Compact),
                         demo ? u"demo"_s : u"none"_s, JsonValues::timestamp(m_now)}) &&
        seedClients();
    if (!ok) {
        *error = u"Could not provision the project: "_s % m_database.errorString();
        return false;
    }
    if (!demo)
        return true;
    if (!seedReferenceData() || !seedAccounts() || !DemoShipping(m_now).seed(m_database) ||
        !OrdersSeed(m_now).seed(m_database)) {
        *error = u"Could not seed the demo data: "_s % m_database.errorString();
        return false;
    }
    return seedProducts(error);
}

bool Seeder::grantTemplateScopes(QString *error)
{
    for (const SandboxClient &c : DemoAccounts::clientTemplates()) {
        const QVariant stored =
            m_database.scalar(u"SELECT scopes FROM api_clients WHERE name = ?"_s, {c.name});
        if (!stored.isValid()) { // a client added to the templates after this folder was seeded
            if (!seedClient(c)) {
                *error = u"Could not add the API client '%1': %2"_s.arg(c.name, m_database.errorString());
                return false;
            }
            continue;
        }
        QStringList scopes = stored.toString().split(u' ', Qt::SkipEmptyParts);
        const qsizetype before = scopes.size();
        for (const QString &scope : c.scopes) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
        if (scopes.size() != before && !m_database.exec(u"UPDATE api_clients SET scopes = ? WHERE name = ?"_s,
                                                        {scopes.join(u' '), c.name})) {
            *error =
                u"Could not update the scopes of API client '%1': %2"_s.arg(c.name, m_database.errorString());
            return false;
        }
    }
    return true;
}

bool Seeder::seedClients()
{
    for (const SandboxClient &c : DemoAccounts::clientTemplates()) {
        if (!seedClient(c))
            return false;
    }
    return true;
}

bool Seeder::seedClient(const SandboxClient &client)
{
    return m_database.exec(
        u"INSERT INTO api_clients (id, name, secret, scopes, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {randomString(18), client.name, randomString(24), client.scopes.join(u' '),
         JsonValues::timestamp(m_now)});
}

bool Seeder::seedReferenceData()
{
    const DemoCatalog catalog(m_now);
    ResourceTable categories(m_database, u"categories"_s);
    for (const QJsonObject &c : catalog.categories()) {
        const QVariant parent = c.contains(u"parent"_s)
                                    ? QVariant(c.value(u"parent"_s).toObject().value(u"id"_s).toString())
                                    : QVariant();
        if (!categories.insert(
                c, {{u"parent_id"_s, parent}, {u"order_hint"_s, c.value(u"orderHint"_s).toString()}}))
            return false;
    }
    const QList<std::pair<QString, QList<QJsonObject>>> tables{
        {u"tax_categories"_s, catalog.taxCategories()},
        {u"product_types"_s, catalog.productTypes()},
        {u"customer_groups"_s, catalog.customerGroups()},
        {u"channels"_s, catalog.channels()}};
    for (const auto &[table, docs] : tables) {
        ResourceTable t(m_database, table);
        for (const QJsonObject &doc : docs) {
            if (!t.insert(doc))
                return false;
        }
    }
    return true;
}

bool Seeder::seedAccounts()
{
    const DemoAccounts accounts(m_now);
    ResourceTable roles(m_database, u"associate_roles"_s);
    for (const QJsonObject &r : accounts.associateRoles()) {
        if (!roles.insert(r))
            return false;
    }
    ResourceTable customers(m_database, u"customers"_s);
    for (const SandboxCustomer &c : DemoAccounts::customers()) {
        const QString hash = PasswordHasher::hash(c.password, m_config.passwordIterations);
        if (!customers.insert(accounts.customerDocument(c),
                              {{u"email"_s, c.email.toLower()}, {u"password_hash"_s, hash}}))
            return false;
    }
    ResourceTable units(m_database, u"business_units"_s);
    for (const QJsonObject &bu : accounts.businessUnits()) {
        const QString parent = bu.value(u"parentUnit"_s).toObject().value(u"key"_s).toString();
        if (!units.insert(bu, {{u"parent_key"_s, parent.isEmpty() ? QVariant() : QVariant(parent)},
                               {u"unit_type"_s, bu.value(u"unitType"_s).toString()}})) {
            return false;
        }
        for (const QJsonValue &a : bu.value(u"associates"_s).toArray()) {
            const QJsonObject associate = a.toObject();
            for (const QJsonValue &r : associate.value(u"associateRoleAssignments"_s).toArray()) {
                if (!m_database.exec(
                        u"INSERT INTO business_unit_associates (business_unit_id, customer_id, role_key) "
                        u"VALUES (?, ?, ?)"_s,
                        {bu.value(u"id"_s).toString(),
                         associate.value(u"customer"_s).toObject().value(u"id"_s).toString(),
                         r.toObject().value(u"associateRole"_s).toObject().value(u"key"_s).toString()})) {
                    return false;
                }
            }
        }
    }
    return true;
}

bool Seeder::seedProducts(QString *error)
{
    ProductIndexer indexer(m_database);
    const bool ok =
        DemoProducts(m_now).generate(std::max(0, m_config.extraProducts),
                                     [&indexer](const QJsonObject &p) { return indexer.put(p, true); });
    if (!ok)
        *error = u"Could not seed the demo products: "_s % indexer.errorString();
    return ok;
}

} // namespace commercedesk::sandbox
