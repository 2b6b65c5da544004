// SPDX-License-Identifier: MIT
#include "sandbox/faults/ApiFaults.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return u"InvalidInput"_s;
    case 401:
        return u"invalid_token"_s;
    case 403:
        return u"insufficient_scope"_s;
    case 404:
        return u"ResourceNotFound"_s;
    case 502:
        return u"BadGateway"_s;
    case 503:
        return u"ServiceUnavailable"_s;
    case 504:
        return u"GatewayTimeout"_s;
    default:
        return u"General"_s;
    }
}

HttpResponse conflict(RequestContext ctx, const std::function<HttpResponse(RequestContext &)> &dispatch)
{
    const QJsonValue expected = QJsonDocument::fromJson(ctx.body).object().value(u"version"_s);
    // The resource as a GET of the same path sees it (same token), for its id and current version.
    ctx.method = HttpMethod::Get;
    ctx.body.clear();
    const HttpResponse current = dispatch(ctx);
    const QJsonObject resource =
        current.status == 200 ? QJsonDocument::fromJson(current.body).object() : QJsonObject();
    const QString id = resource.value(u"id"_s).toString(ctx.path.section(u'/', -1));
    QJsonObject extra;
    if (resource.value(u"version"_s).isDouble())
        extra.insert(u"currentVersion"_s, resource.value(u"version"_s));
    else if (expected.isDouble())
        extra.insert(u"currentVersion"_s, expected);
    return HttpResponse::error(
        409, u"ConcurrentModification"_s,
        u"Object %1 has a different version than expected. Expected: %2 - Actual: %3. (injected fault)"_s
            .arg(id)
            .arg(expected.toInteger())
            .arg(extra.value(u"currentVersion"_s).toInteger()),
        extra);
}

} // namespace

FaultGate::Answers ApiFaults::answers(const QString &projectKey,
                                      std::function<HttpResponse(RequestContext &)> dispatch)
{
    FaultGate::Answers a;
    a.service = u"api"_s;
    a.pathPrefix = u'/' % projectKey;
    a.error = [](int status, const QString &code, const QString &message) {
        return HttpResponse::error(status, code, message);
    };
    a.loopbackOnlyCode = u"insufficient_scope"_s;
    a.outage = HttpResponse::error(503, u"ServiceUnavailable"_s, u"The sandbox API is down (outage)."_s);
    a.injected = [dispatch = std::move(dispatch)](const RequestContext &ctx, int status) {
        if (status == 409)
            return conflict(ctx, dispatch);
        return HttpResponse::error(status, errorCodeFor(status),
                                   u"Injected fault: the API answers %1."_s.arg(status));
    };
    a.garbage = "{\"results\": [ <<injected garbage>>";
    return a;
}

} // namespace commercedesk::sandbox
