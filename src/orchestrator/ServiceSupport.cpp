// SPDX-License-Identifier: MIT
#include "orchestrator/ServiceSupport.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/Upstream.h"

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

bool requireSegment(Exchange *exchange, const QString &value, const QString &field)
{
    if (BuyerScope::isSafeSegment(value))
        return true;
    exchange->fail(OrchestratorError::invalidField(field, u"'%1' is not a valid identifier."_s.arg(field)));
    return false;
}

std::optional<BuyerScope> scopeOf(Exchange *exchange)
{
    const QString unit = exchange->param(u"businessUnitKey"_s);
    if (unit.isEmpty())
        return BuyerScope::consumer(*exchange->session());
    if (!requireSegment(exchange, unit, u"businessUnitKey"_s))
        return std::nullopt;
    return BuyerScope::associate(*exchange->session(), unit);
}

void loadOwned(Upstream *upstream, const BuyerScope &scope, const QString &path, Exchange *exchange,
               std::function<void(const QJsonObject &)> then)
{
    upstream->get(path, {}, exchange,
                  [scope, exchange, next = std::move(then)](const api::Result<QJsonObject> &result) {
                      if (!result.ok()) {
                          if (result.error().httpStatus == 404)
                              return exchange->fail(
                                  OrchestratorError::notFound(u"There is no such cart or order for you."_s));
                          return exchange->fail(OrchestratorError::fromApi(result.error()));
                      }
                      if (!scope.owns(result.value()))
                          return exchange->fail(
                              OrchestratorError::notFound(u"There is no such cart or order for you."_s));
                      next(result.value());
                  });
}

} // namespace commercedesk::orchestrator
