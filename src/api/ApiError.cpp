// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::HttpNonJson:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

bool ApiError::isInvalidToken() const
{
    // "InvalidSession": the orchestrator's answer to an expired or signed-out session token.
    return httpStatus == 401 && (code == "invalid_token"_L1 || code == "InvalidSession"_L1 || code.isEmpty());
}

QString ApiError::diagnostic() const
{
    QString text = toString(kind);
    if (httpStatus != 0)
        text += u" HTTP "_s + QString::number(httpStatus);
    if (!code.isEmpty())
        text += u" "_s + code;
    if (!correlationId.isEmpty())
        text += u" correlation-id="_s + correlationId;
    return text;
}

QString toString(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return u"network"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Tls:
        return u"tls"_s;
    case ApiError::Kind::RedirectRefused:
        return u"redirect-refused"_s;
    case ApiError::Kind::Http:
        return u"http"_s;
    case ApiError::Kind::HttpNonJson:
        return u"http-non-json"_s;
    case ApiError::Kind::MalformedJson:
        return u"malformed-json"_s;
    case ApiError::Kind::UnexpectedShape:
        return u"unexpected-shape"_s;
    case ApiError::Kind::Cancelled:
        return u"cancelled"_s;
    case ApiError::Kind::Configuration:
        return u"configuration"_s;
    }
    return u"unknown"_s;
}

} // namespace commercedesk::api
