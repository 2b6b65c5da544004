// SPDX-License-Identifier: MIT
#include "sandbox/http/HttpMethod.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return u"GET"_s;
    case HttpMethod::Head:
        return u"HEAD"_s;
    case HttpMethod::Post:
        return u"POST"_s;
    case HttpMethod::Put:
        return u"PUT"_s;
    case HttpMethod::Delete:
        return u"DELETE"_s;
    case HttpMethod::Patch:
        return u"PATCH"_s;
    case HttpMethod::Options:
        return u"OPTIONS"_s;
    case HttpMethod::Other:
        break;
    }
    return u"OTHER"_s;
}

} // namespace commercedesk::sandbox
