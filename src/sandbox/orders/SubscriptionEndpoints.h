// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/Router.h"

#include <memory>

namespace commercedesk::sandbox {

class Database;

// Subscription storage (scope manage_subscriptions):
//   GET|POST /{projectKey}/subscriptions, GET|POST|DELETE /subscriptions/{id} | /key={key}
// SubscriptionDraft {key?, destination {type, …} (the sandbox also takes type "HTTP" with `url`),
// messages?: [{resourceTypeId, types?}], changes?, events?, format?}. Updates: changeDestination,
// setMessages, setKey. Delivering is the outside area's job: MessageLog fills subscription_outbox
// for every matching message. Errors: missing destination → InvalidJsonInput; a messages entry
// without resourceTypeId → InvalidJsonInput; duplicate key → DuplicateField; stale version → 409.
class SubscriptionEndpoints
{
public:
    SubscriptionEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

private:
    HttpResponse query(RequestContext &ctx);
    HttpResponse create(RequestContext &ctx);
    HttpResponse get(RequestContext &ctx, bool byKey);
    HttpResponse update(RequestContext &ctx, bool byKey);
    HttpResponse remove(RequestContext &ctx, bool byKey);
    std::optional<QJsonObject> load(const RequestContext &ctx, bool byKey) const;

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
