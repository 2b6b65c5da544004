// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

class CartUpdater;
class Database;

// Calls the API extensions stored in `extensions` whose trigger matches a cart request
// (resourceTypeId "cart", the action "Create"|"Update", and the optional `condition` predicate
// evaluated on the cart after the request's own actions), synchronously, in creation order, with
// the commercetools protocol (contracts.md "Extensions"):
//   POST <destination.url>  {"action":…, "resource":{"typeId":"cart","id":…,"obj":{…}}}
//   authentication AuthorizationHeader → "Authorization: <headerValue>",
//   AzureFunctions → "x-functions-key: <key>".
// A 2xx answer with {"actions":[…]} (or an empty body) → the actions are applied with `updater`
// and the totals recomputed. Failures (nothing must be written then; the caller returns the error):
//   no complete answer within timeoutInMs (default and max 2000) → 400 ExtensionNoResponse;
//   400 {"errors":[…]} from the extension → 400 with those errors (+ extensionId/extensionKey);
//   any other status or unparsable JSON → 400 ExtensionBadResponse;
//   actions that fail → 400 ExtensionUpdateActionsFailed (extensionErrors).
// BLOCKS the calling (sandbox) thread for up to the timeout per extension; see BlockingHttpClient.
class ExtensionInvoker
{
public:
    explicit ExtensionInvoker(Database &database);

    ActionResult run(const QString &typeId, const QString &action, QJsonObject &resource,
                     const CartUpdater &updater) const;

    static constexpr int DefaultTimeoutMs = 2000;

private:
    ActionResult call(const QJsonObject &extension, const QString &action, QJsonObject &resource,
                      const CartUpdater &updater) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
