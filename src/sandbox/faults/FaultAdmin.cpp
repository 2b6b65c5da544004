// SPDX-License-Identifier: MIT
#include "sandbox/faults/FaultAdmin.h"

#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/faults/FaultInjector.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcFaultAdmin, "commercedesk.sandbox.faults", QtInfoMsg)

HttpResponse addRule(FaultInjector *faults, const RequestContext &ctx, const QString &defaultService,
                     const FaultAdmin::ErrorFactory &error)
{
    if (!faults)
        return error(409, u"faults_disabled"_s, u"Fault injection is not available here."_s);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, u"invalid_json"_s, u"The request body must be a JSON object."_s);
    QJsonObject body = doc.object();
    if (!body.contains(u"service"_s))
        body.insert(u"service"_s, defaultService);
    QString message;
    const auto rule = FaultRule::fromJson(body, &message);
    if (!rule)
        return error(400, u"invalid_fault"_s, message);
    faults->add(*rule);
    qCInfo(lcFaultAdmin).noquote() << "fault added:" << rule->toString();
    return HttpResponse::json(rule->toJson(), 201);
}

} // namespace

bool FaultAdmin::isAdminPath(const QString &path)
{
    return path == u"/_fault" || path.startsWith(u"/_fault/");
}

HttpResponse FaultAdmin::handle(FaultInjector *faults, const RequestContext &ctx,
                                const QString &defaultService, const ErrorFactory &error)
{
    const QByteArray token = faults ? faults->adminToken() : QByteArray();
    if (token.isEmpty())
        return error(404, u"not_found"_s, u"No route for '%1'."_s.arg(ctx.path));
    const QByteArray authorization = ctx.header("Authorization").trimmed();
    if (!authorization.startsWith("Bearer ") ||
        !LocalSecrets::equals(authorization.mid(7).trimmed(), token)) {
        HttpResponse r =
            error(401, u"invalid_token"_s, u"The fault admin endpoint needs its bearer token."_s);
        r.addHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    const QByteArray contentType = ctx.header("Content-Type").split(';').first().trimmed().toLower();
    if (ctx.method == HttpMethod::Post && contentType != "application/json")
        return error(415, u"unsupported_media_type"_s, u"The fault admin endpoint takes application/json."_s);
    if (ctx.path != u"/_fault")
        return error(404, u"not_found"_s, u"No route for '%1'."_s.arg(ctx.path));
    switch (ctx.method) {
    case HttpMethod::Get: {
        QJsonArray rules;
        if (faults) {
            for (const FaultRule &rule : faults->rules())
                rules.append(rule.toJson());
        }
        return HttpResponse::json(QJsonObject{{u"rules"_s, rules}});
    }
    case HttpMethod::Post:
        return addRule(faults, ctx, defaultService, error);
    case HttpMethod::Delete: {
        const int removed = faults ? faults->clear(ctx.queryValue(u"service"_s, defaultService)) : 0;
        return HttpResponse::json(QJsonObject{{u"removed"_s, removed}});
    }
    default:
        break;
    }
    HttpResponse r = error(405, u"method_not_allowed"_s, u"Method not allowed on '/_fault'."_s);
    r.addHeader("Allow", "GET, POST, DELETE");
    return r;
}

} // namespace commercedesk::sandbox
