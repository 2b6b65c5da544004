// SPDX-License-Identifier: MIT
#include "api/ApiScope.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

ApiScope ApiScope::asAssociate(const QString &associateId, const QString &businessUnitKey)
{
    return ApiScope(Kind::AsAssociate, u"/as-associate/"_s + segment(associateId) +
                                           u"/in-business-unit/key="_s + segment(businessUnitKey));
}

ApiScope ApiScope::orchestratorBusinessUnit(const QString &businessUnitKey)
{
    return ApiScope(Kind::OrchestratorBusinessUnit, u"/v1/business-units/"_s + segment(businessUnitKey));
}

QString ApiScope::collection(const QString &resource) const
{
    switch (m_kind) {
    case Kind::Admin:
        return u'/' + resource;
    case Kind::Me:
        return u"/me/"_s + resource;
    case Kind::AsAssociate:
    case Kind::Orchestrator:
    case Kind::OrchestratorBusinessUnit:
        return m_prefix + u'/' + resource;
    }
    return u'/' + resource;
}

QString ApiScope::segment(const QString &value)
{
    QString decoded = value;
    decoded.replace(u'/', QChar(0xFF0F));
    return decoded;
}

} // namespace commercedesk::api
