// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/Router.h"

#include <memory>

namespace commercedesk::sandbox {

class Clock;
class Database;

// Storage endpoints of API extensions (scope manage_extensions; api.yaml Extension):
//   /{projectKey}/extensions                  GET query, POST create (ExtensionDraft)
//   /{projectKey}/extensions/{id}|/key={key}  GET, POST update, DELETE ?version
// Drafts are validated: destination {type:"HTTP", url (http/https), authentication?
// AuthorizationHeader{headerValue} | AzureFunctions{key}}, non-empty triggers with a known
// resourceTypeId and actions Create|Update, a `condition` that parses (Predicate; 400 InvalidInput),
// timeoutInMs 1..10000 (at most 2000 with a cart trigger), at most 25 extensions.
// Update actions: setKey, changeTriggers, changeDestination, setTimeoutInMs. Calling them is
// ExtensionInvoker's job. Same thread as the Database.
class ExtensionEndpoints
{
public:
    ExtensionEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

    static constexpr int MaxExtensions = 25;

private:
    HttpResponse create(RequestContext &ctx);
    static ActionResult apply(QJsonObject &extension, const QJsonObject &action);
    static ActionResult readDestination(const QJsonValue &value, QJsonObject *out);
    static ActionResult readTriggers(const QJsonValue &value, QJsonArray *out);
    static ActionResult checkTimeout(const QJsonObject &extension);

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
