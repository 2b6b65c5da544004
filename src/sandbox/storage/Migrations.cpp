// SPDX-License-Identifier: MIT
#include "sandbox/storage/Migrations.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Every resource table has the same spine; `extra` adds indexed columns for filtering/sorting.
// `doc` stays the LAST column: large documents spill into overflow pages, and SQLite must walk
// those to reach any column stored after them.
QString resourceTable(const QString &name, const QString &extra = {})
{
    return u"CREATE TABLE "_s % name %
           u" (id TEXT PRIMARY KEY, key TEXT UNIQUE, version INTEGER NOT NULL, "
           u"created_at TEXT NOT NULL, last_modified_at TEXT NOT NULL"_s %
           extra % u", doc TEXT NOT NULL)"_s;
}

bool runAll(Database &db, const QStringList &statements)
{
    return std::all_of(statements.begin(), statements.end(), [&db](const QString &s) { return db.exec(s); });
}

// v1: project, API clients and tokens, and the resource tables that the auth flows need.
bool migrateTo1(Database &db)
{
    return runAll(
        db,
        {u"CREATE TABLE project (key TEXT PRIMARY KEY, doc TEXT NOT NULL, seed TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
         u"CREATE TABLE api_clients (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, secret TEXT NOT NULL, "
         u"scopes TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
         u"CREATE TABLE oauth_tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, "
         u"client_id TEXT NOT NULL REFERENCES api_clients(id) ON DELETE CASCADE, scopes TEXT NOT NULL, "
         u"customer_id TEXT, anonymous_id TEXT, expires_at INTEGER NOT NULL, created_at TEXT NOT NULL)"_s,
         u"CREATE INDEX oauth_tokens_expiry ON oauth_tokens(expires_at)"_s,
         resourceTable(u"customer_groups"_s), resourceTable(u"channels"_s), resourceTable(u"stores"_s),
         resourceTable(u"associate_roles"_s),
         resourceTable(u"customers"_s, u", email TEXT NOT NULL UNIQUE, password_hash TEXT"_s),
         resourceTable(u"business_units"_s, u", parent_key TEXT, unit_type TEXT NOT NULL"_s),
         u"CREATE INDEX business_units_parent ON business_units(parent_key)"_s,
         u"CREATE TABLE business_unit_associates (business_unit_id TEXT NOT NULL REFERENCES "
         u"business_units(id) "
         u"ON DELETE CASCADE, customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE, "
         u"role_key TEXT NOT NULL, PRIMARY KEY (business_unit_id, customer_id, role_key))"_s,
         u"CREATE INDEX business_unit_associates_customer ON business_unit_associates(customer_id)"_s});
}

// v2: the catalog with its search side tables (projection 0 = current, 1 = staged).
bool migrateTo2(Database &db)
{
    return runAll(
        db,
        {resourceTable(u"tax_categories"_s), resourceTable(u"product_types"_s),
         resourceTable(u"categories"_s, u", parent_id TEXT, order_hint TEXT"_s),
         u"CREATE INDEX categories_parent ON categories(parent_id)"_s,
         resourceTable(u"products"_s, u", published INTEGER NOT NULL DEFAULT 0"_s),
         u"CREATE INDEX products_listing ON products(published, created_at, id)"_s,
         u"CREATE INDEX products_created ON products(created_at, id)"_s,
         u"CREATE TABLE product_skus (sku TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products(id) "
         u"ON DELETE CASCADE, variant_id INTEGER NOT NULL)"_s,
         u"CREATE INDEX product_skus_product ON product_skus(product_id)"_s,
         u"CREATE TABLE product_names (product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE, "
         u"projection INTEGER NOT NULL, locale TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, "
         u"PRIMARY KEY (product_id, projection, locale))"_s,
         u"CREATE INDEX product_names_sort ON product_names(projection, locale, name)"_s,
         u"CREATE TABLE product_categories (product_id TEXT NOT NULL REFERENCES products(id) ON DELETE "
         u"CASCADE, "
         u"projection INTEGER NOT NULL, category_id TEXT NOT NULL, PRIMARY KEY (product_id, projection, category_id))"_s,
         u"CREATE INDEX product_categories_category ON product_categories(category_id, projection)"_s,
         u"CREATE TABLE product_attributes (product_id TEXT NOT NULL REFERENCES products(id) ON DELETE "
         u"CASCADE, "
         u"projection INTEGER NOT NULL, variant_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL)"_s,
         u"CREATE INDEX product_attributes_value ON product_attributes(name, value, projection)"_s,
         u"CREATE INDEX product_attributes_product ON product_attributes(product_id)"_s,
         u"CREATE TABLE product_prices (product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE, "
         u"projection INTEGER NOT NULL, variant_id INTEGER NOT NULL, currency TEXT NOT NULL, country TEXT, "
         u"customer_group_id TEXT, channel_id TEXT, cent_amount INTEGER NOT NULL)"_s,
         u"CREATE INDEX product_prices_amount ON product_prices(projection, cent_amount)"_s,
         // Covering index for the per-product price sort (ProductSearch): no table lookups.
         u"CREATE INDEX product_prices_product ON product_prices(product_id, projection, currency, "
         u"cent_amount, "
         u"country, customer_group_id, channel_id)"_s,
         u"CREATE VIRTUAL TABLE product_text USING fts5(body, product_id UNINDEXED, projection UNINDEXED, "
         u"locale UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"_s});
}

// v3: commerce — carts, orders, payments, messages, shipping, zones, extensions, subscriptions.
// Every list the apps page through has an index that ends in (created_at, id) or (…, id) so keyset
// paging and "newest first" never scan. Columns mirror fields of `doc` that predicates and sorts use.
bool migrateTo3(Database &db)
{
    return runAll(
        db,
        {resourceTable(u"zones"_s), resourceTable(u"shipping_methods"_s),
         resourceTable(u"carts"_s, u", customer_id TEXT, anonymous_id TEXT, business_unit_key TEXT, "
                                   u"store_key TEXT, cart_state TEXT NOT NULL"_s),
         u"CREATE INDEX carts_customer ON carts(customer_id, cart_state, last_modified_at)"_s,
         u"CREATE INDEX carts_anonymous ON carts(anonymous_id, cart_state, last_modified_at)"_s,
         u"CREATE INDEX carts_business_unit ON carts(business_unit_key, cart_state, last_modified_at)"_s,
         u"CREATE INDEX carts_created ON carts(created_at, id)"_s,
         resourceTable(
             u"orders"_s,
             u", order_number TEXT UNIQUE, cart_id TEXT UNIQUE, customer_id TEXT, anonymous_id TEXT, "
             u"customer_email TEXT, business_unit_key TEXT, store_key TEXT, order_state TEXT NOT NULL, "
             u"payment_state TEXT, shipment_state TEXT, currency TEXT, total_cent INTEGER, "
             u"country TEXT, purchase_order_number TEXT, oms_synced INTEGER NOT NULL DEFAULT 0"_s),
         u"CREATE INDEX orders_created ON orders(created_at, id)"_s,
         u"CREATE INDEX orders_modified ON orders(last_modified_at, id)"_s,
         u"CREATE INDEX orders_state ON orders(order_state, created_at, id)"_s,
         u"CREATE INDEX orders_payment_state ON orders(payment_state, created_at, id)"_s,
         u"CREATE INDEX orders_shipment_state ON orders(shipment_state, created_at, id)"_s,
         u"CREATE INDEX orders_customer ON orders(customer_id, created_at, id)"_s,
         u"CREATE INDEX orders_email ON orders(customer_email, created_at, id)"_s,
         u"CREATE INDEX orders_business_unit ON orders(business_unit_key, created_at, id)"_s,
         u"CREATE INDEX orders_store ON orders(store_key, created_at, id)"_s,
         u"CREATE INDEX orders_country ON orders(country, created_at, id)"_s,
         u"CREATE INDEX orders_total ON orders(total_cent, id)"_s,
         u"CREATE INDEX orders_po ON orders(purchase_order_number, created_at, id)"_s,
         u"CREATE INDEX orders_oms ON orders(oms_synced, created_at, id)"_s,
         resourceTable(u"payments"_s, u", customer_id TEXT, anonymous_id TEXT, interface_id TEXT"_s),
         u"CREATE INDEX payments_customer ON payments(customer_id, created_at, id)"_s,
         u"CREATE INDEX payments_anonymous ON payments(anonymous_id, created_at, id)"_s,
         u"CREATE INDEX payments_interface ON payments(interface_id)"_s,
         u"CREATE INDEX payments_created ON payments(created_at, id)"_s,
         // Messages: one row each, sequence_number counts per resource from 1.
         resourceTable(u"messages"_s, u", resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, "
                                      u"sequence_number INTEGER NOT NULL, type TEXT NOT NULL"_s),
         u"CREATE UNIQUE INDEX messages_resource ON messages(resource_id, sequence_number)"_s,
         u"CREATE INDEX messages_created ON messages(created_at, id)"_s,
         u"CREATE INDEX messages_type ON messages(type, created_at, id)"_s, resourceTable(u"extensions"_s),
         resourceTable(u"subscriptions"_s),
         // At-least-once delivery queue for subscriptions (filled when a message is written).
         u"CREATE TABLE subscription_outbox (subscription_id TEXT NOT NULL REFERENCES subscriptions(id) "
         u"ON DELETE CASCADE, message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE, "
         u"attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, delivered_at TEXT, "
         u"last_error TEXT, PRIMARY KEY (subscription_id, message_id))"_s,
         u"CREATE INDEX subscription_outbox_due ON subscription_outbox(delivered_at, next_attempt_at)"_s});
}

// v4: orders.sync_info_count (the length of syncInfo) so "syncInfo is empty" / "is not empty" are
// answered by an index. ALTER TABLE can only append, so the column lands after `doc`: reading it
// from a rewritten row walks the doc's overflow pages, which is why filters on it go through
// orders_sync (it holds the column). Existing rows get it from their JSON; only the rows with
// entries are rewritten (DEFAULT 0 costs no write).
bool migrateTo4(Database &db)
{
    return runAll(db, {u"ALTER TABLE orders ADD COLUMN sync_info_count INTEGER NOT NULL DEFAULT 0"_s,
                       u"UPDATE orders SET sync_info_count = json_array_length(doc, '$.syncInfo') "
                       u"WHERE json_array_length(doc, '$.syncInfo') > 0"_s,
                       u"CREATE INDEX orders_sync ON orders(sync_info_count, created_at, id)"_s});
}

// v5: the state indexes carry purchase_order_number after (created_at, id), so the merchant pane's
// "state [+ created since] + B2B/B2C (purchaseOrderNumber is (not) defined)" is answered inside the
// index: the capped count reads no order row and a page reads only the rows it returns (a row
// lookup costs ~10 µs at a million orders, the count stops after 10,000 matches).
bool migrateTo5(Database &db)
{
    return runAll(
        db,
        {u"DROP INDEX orders_state"_s,
         u"CREATE INDEX orders_state ON orders(order_state, created_at, id, purchase_order_number)"_s,
         u"DROP INDEX orders_payment_state"_s,
         u"CREATE INDEX orders_payment_state ON orders(payment_state, created_at, id, purchase_order_number)"_s,
         u"DROP INDEX orders_shipment_state"_s,
         u"CREATE INDEX orders_shipment_state ON orders(shipment_state, created_at, id, "
         u"purchase_order_number)"_s});
}

// v6: the SKUs of every order's line items in order_line_skus (resource_id, value), kept by triggers
// on `orders` (so every writer, present or future, maintains it), so `lineItems(variant(sku = …))`
// is an index lookup (OrderColumns maps the path to "@order_line_skus") instead of parsing every
// order's JSON. CAST: docs are bound as bytes, and newer SQLite reads a BLOB argument as JSONB.
bool migrateTo6(Database &db)
{
    const QString skusOf =
        u"SELECT %1, json_extract(item.value, '$.variant.sku') FROM json_each(CAST(%2 AS TEXT), "
        u"'$.lineItems') AS item WHERE json_extract(item.value, '$.variant.sku') IS NOT NULL"_s;
    return runAll(
        db,
        {u"CREATE TABLE order_line_skus (resource_id TEXT NOT NULL, value TEXT NOT NULL)"_s,
         u"INSERT INTO order_line_skus SELECT o.id, json_extract(item.value, '$.variant.sku') FROM orders AS "
         u"o, "
         u"json_each(CAST(o.doc AS TEXT), '$.lineItems') AS item "
         u"WHERE json_extract(item.value, '$.variant.sku') IS NOT NULL"_s,
         u"CREATE INDEX order_line_skus_value ON order_line_skus(value, resource_id)"_s,
         u"CREATE INDEX order_line_skus_resource ON order_line_skus(resource_id)"_s,
         u"CREATE TRIGGER orders_skus_insert AFTER INSERT ON orders BEGIN INSERT INTO order_line_skus "_s %
             skusOf.arg(u"new.id"_s, u"new.doc"_s) % u"; END"_s,
         u"CREATE TRIGGER orders_skus_update AFTER UPDATE OF doc ON orders BEGIN DELETE FROM order_line_skus "
         u"WHERE resource_id = old.id; INSERT INTO order_line_skus "_s %
             skusOf.arg(u"new.id"_s, u"new.doc"_s) % u"; END"_s,
         u"CREATE TRIGGER orders_skus_delete AFTER DELETE ON orders BEGIN DELETE FROM order_line_skus "
         u"WHERE resource_id = old.id; END"_s});
}

// The row of `orders_text` for an order row named `r` (new or a table alias): the texts Order Search
// matches by substring. SKUs as " A B C " so one value can be matched whole. CAST: docs may be bound as
// bytes, which newer SQLite would read as JSONB.
QString orderTextValues(const QString &r)
{
    const auto field = [&r](const char *path) -> QString {
        return u"COALESCE(json_extract(CAST("_s % r % u".doc AS TEXT), '"_s % QLatin1StringView(path) %
               u"'), '')"_s;
    };
    return r % u".rowid, COALESCE("_s % r % u".order_number, ''), COALESCE("_s % r %
           u".purchase_order_number, ''), COALESCE("_s % r % u".customer_email, ''), "_s %
           field("$.shippingAddress.firstName") % u", "_s % field("$.shippingAddress.lastName") % u", "_s %
           field("$.shippingAddress.company") % u", "_s % field("$.billingAddress.firstName") % u", "_s %
           field("$.billingAddress.lastName") %
           u", ' ' || COALESCE((SELECT group_concat(json_extract(value, '$.variant.sku'), ' ') FROM json_each(CAST("_s %
           r % u".doc AS TEXT), '$.lineItems')), '') || ' '"_s;
}

// v7: Order Search's substring index: an FTS5 table with the trigram tokenizer (case-insensitive; LIKE
// and GLOB with three or more literal characters use it), kept current by triggers on `orders`.
bool migrateTo7(Database &db)
{
    const QString columns =
        u"rowid, order_number, purchase_order_number, customer_email, shipping_first_name, "
        u"shipping_last_name, company, billing_first_name, billing_last_name, skus"_s;
    return runAll(
        db, {u"CREATE VIRTUAL TABLE orders_text USING fts5(order_number, purchase_order_number, "
             u"customer_email, "
             u"shipping_first_name, shipping_last_name, company, billing_first_name, billing_last_name, "
             u"skus, "
             u"tokenize = 'trigram')"_s,
             u"INSERT INTO orders_text ("_s % columns % u") SELECT "_s % orderTextValues(u"o"_s) %
                 u" FROM orders o"_s,
             u"CREATE TRIGGER orders_text_insert AFTER INSERT ON orders BEGIN INSERT INTO orders_text ("_s %
                 columns % u") VALUES ("_s % orderTextValues(u"new"_s) % u"); END"_s,
             u"CREATE TRIGGER orders_text_update AFTER UPDATE OF doc ON orders BEGIN "
             u"DELETE FROM orders_text WHERE rowid = old.rowid; INSERT INTO orders_text ("_s %
                 columns % u") VALUES ("_s % orderTextValues(u"new"_s) % u"); END"_s,
             u"CREATE TRIGGER orders_text_delete AFTER DELETE ON orders BEGIN "
             u"DELETE FROM orders_text WHERE rowid = old.rowid; END"_s});
}

// v8: the operations the Payment Intents API started (commerce/PaymentIntents): which transaction of which
// payment asked the gateway for what, so a restart finds those still Pending and completes them with the
// same idempotency key (the transaction id) — and never touches a Pending transaction someone else wrote.
bool migrateTo8(Database &db)
{
    return runAll(db, {u"CREATE TABLE payment_intent_operations (transaction_id TEXT PRIMARY KEY, "
                       u"payment_id TEXT NOT NULL, operation TEXT NOT NULL, created_at TEXT NOT NULL)"_s});
}

// v9: every attribute definition of a product type names its `level` (api.yaml AttributeDefinition requires
// it; the demo types are variant-level), now that GET /product-types serves them.
bool migrateTo9(Database &db)
{
    return runAll(db, {u"UPDATE product_types SET doc = json_set(doc, '$.attributes', (SELECT "
                       u"json_group_array(json_set(a.value, '$.level', COALESCE(json_extract(a.value, "
                       u"'$.level'), 'Variant'))) FROM json_each(product_types.doc, '$.attributes') AS a)) "
                       u"WHERE json_type(doc, '$.attributes') = 'array'"_s});
}

} // namespace

QList<Migration> Migrations::standard()
{
    return {
        {1, u"project, API clients, tokens, customers, business units"_s, migrateTo1},
        {2, u"catalog: categories, tax categories, products and search side tables"_s, migrateTo2},
        {3, u"commerce: carts, orders, payments, messages, shipping, extensions, subscriptions"_s,
         migrateTo3},
        {4, u"orders: sync_info_count with its index"_s, migrateTo4},
        {5, u"orders: state indexes carry purchase_order_number"_s, migrateTo5},
        {6, u"orders: line-item SKUs in order_line_skus (kept by triggers)"_s, migrateTo6},
        {7, u"orders: trigram text index for Order Search"_s, migrateTo7},
        {8, u"payments: operations started through the Payment Intents API"_s, migrateTo8},
        {9, u"catalog: product types' attribute definitions name their level"_s, migrateTo9},
    };
}

int Migrations::latestVersion()
{
    return standard().constLast().version;
}

int Migrations::currentVersion(Database &db)
{
    if (!db.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                 u"description TEXT NOT NULL, applied_at TEXT NOT NULL)"_s)) {
        return -1;
    }
    return db.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s).toInt();
}

bool Migrations::apply(Database &db, const QList<Migration> &steps, const QDateTime &now, QString *error)
{
    const int current = currentVersion(db);
    if (current < 0) {
        *error = db.errorString();
        return false;
    }
    const int newest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (current > newest) {
        *error =
            u"The database schema (version %1) is newer than this sandbox (version %2)."_s.arg(current).arg(
                newest);
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        if (!db.begin()) {
            *error = u"Could not start migration %1."_s.arg(step.version);
            return false;
        }
        const bool ok =
            step.apply(db) &&
            db.exec(u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s,
                    {step.version, step.description, JsonValues::timestamp(now)});
        if (!ok || !db.commit()) {
            *error = u"Migration to version %1 failed: %2"_s.arg(step.version).arg(db.errorString());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace commercedesk::sandbox
