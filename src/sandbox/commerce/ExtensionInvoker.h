// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace commercedesk::sandbox {

class CartDocument;
class CartUpdater;
class Database;

// Calls the API extensions stored in `extensions` whose trigger matches a request on a resource
// (resourceTypeId `typeId` — "cart" for cart Create/Update, "order" for order Create from a cart —,
// the action "Create"|"Update", and the optional `condition` predicate evaluated on the resource as
// it would be stored: a cart after the request's own actions, an order as built from its cart),
// synchronously, in creation order, with the commercetools protocol (api.yaml Extension;
// docs/outside-systems.md):
//   POST <destination.url>  {"action":…, "resource":{"typeId":<typeId>,"id":…,"obj":{…}}}
//   authentication AuthorizationHeader → "Authorization: <headerValue>",
//   AzureFunctions → "x-functions-key: <key>".
// A 2xx answer with {"actions":[…]} (or an empty body) → the actions are applied to `resource` with
// the given Applier (carts: CartUpdater::apply, then the totals recomputed; orders: the caller's
// OrderUpdater), and the next extension sees the result. Failures (nothing must be written then;
// the caller returns the error; `resource` may then hold a partial result):
//   no complete answer within timeoutInMs (default and max 2000) → 400 ExtensionNoResponse;
//   400 {"errors":[…]} from the extension → 400 with those errors (+ extensionId/extensionKey);
//   any other status or unparsable JSON → 400 ExtensionBadResponse;
//   actions that fail → 400 ExtensionUpdateActionsFailed (extensionErrors).
// BLOCKS the calling (sandbox) thread for up to the timeout per extension; see BlockingHttpClient.
class ExtensionInvoker
{
public:
    // Applies an extension's (non-empty) actions to the resource in memory; nullopt on success, else
    // the error response of the first failing action (its errors[0] becomes the extensionError).
    using Applier = std::function<ActionResult(QJsonObject &resource, const QJsonArray &actions)>;

    explicit ExtensionInvoker(Database &database);

    ActionResult run(const QString &typeId, const QString &action, QJsonObject &resource,
                     const Applier &apply) const;
    // Carts: applies with `updater` and recomputes the totals (CartUpdater::finish).
    ActionResult run(const QString &typeId, const QString &action, CartDocument &cart,
                     const CartUpdater &updater) const;

    static constexpr int DefaultTimeoutMs = 2000;

private:
    ActionResult call(const QJsonObject &extension, const QString &typeId, const QString &action,
                      QJsonObject &resource, const Applier &apply) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
