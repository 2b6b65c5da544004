// SPDX-License-Identifier: MIT
#include "sandbox/faults/FaultRule.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString kindName(FaultRule::Kind kind)
{
    switch (kind) {
    case FaultRule::Kind::Latency:
        return u"latency"_s;
    case FaultRule::Kind::Error:
        return u"error"_s;
    case FaultRule::Kind::Reset:
        return u"reset"_s;
    case FaultRule::Kind::Timeout:
        return u"timeout"_s;
    case FaultRule::Kind::Outage:
        return u"outage"_s;
    case FaultRule::Kind::Garbage:
        return u"garbage"_s;
    }
    return {};
}

std::optional<double> parseRate(const QString &text)
{
    bool ok = false;
    const double rate = text.toDouble(&ok);
    if (!ok || rate < 0.0 || rate > 1.0)
        return std::nullopt;
    return rate;
}

// Fills the kind-specific fields from KIND and ARG; false + *error when they do not fit.
bool applyKind(FaultRule &rule, const QString &kind, const QString &arg, QString *error)
{
    const auto bad = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (kind == u"latency") {
        bool ok = false;
        rule.kind = FaultRule::Kind::Latency;
        rule.latencyMs = arg.toInt(&ok);
        return ok && rule.latencyMs >= 0 ? true : bad(u"latency needs a number of milliseconds"_s);
    }
    if (kind == u"error") {
        rule.kind = FaultRule::Kind::Error;
        const QStringList parts = arg.split(u'@');
        bool ok = false;
        rule.status = parts.at(0).toInt(&ok);
        if (!ok || rule.status < 400 || rule.status > 599)
            return bad(u"error needs an HTTP status 400..599, e.g. error:503 or error:502@0.5"_s);
        if (parts.size() > 1) {
            const auto rate = parseRate(parts.at(1));
            if (!rate || parts.size() > 2)
                return bad(u"the rate after @ must be 0..1"_s);
            rule.rate = *rate;
        }
        return true;
    }
    if (kind == u"reset" || kind == u"garbage") {
        rule.kind = kind == u"reset" ? FaultRule::Kind::Reset : FaultRule::Kind::Garbage;
        if (arg.isEmpty())
            return true;
        const auto rate = parseRate(arg);
        if (!rate)
            return bad(kind % u" takes an optional rate 0..1"_s);
        rule.rate = *rate;
        return true;
    }
    if (kind == u"timeout" || kind == u"outage") {
        rule.kind = kind == u"timeout" ? FaultRule::Kind::Timeout : FaultRule::Kind::Outage;
        return arg.isEmpty() ? true : bad(kind % u" takes no argument"_s);
    }
    return bad(u"unknown fault kind '%1' (latency, error, reset, timeout, outage, garbage)"_s.arg(kind));
}

bool validService(const QString &service)
{
    return service == u"*" || service == u"tax" || service == u"gateway" || service == u"oms" ||
           service == u"numbers" || service == u"api";
}

bool validMethod(const QString &method)
{
    static const QStringList Methods = {u"GET"_s,    u"HEAD"_s,  u"POST"_s,   u"PUT"_s,
                                        u"DELETE"_s, u"PATCH"_s, u"OPTIONS"_s};
    return Methods.contains(method);
}

// Splits "[METHOD ]PATH" into rule.method and rule.route; false + *error when malformed.
bool applyRoute(FaultRule &rule, const QString &text, const QString &method, QString *error)
{
    const QStringList parts = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    rule.method = method.toUpper();
    rule.route = parts.value(parts.size() - 1);
    if (parts.size() == 2 && rule.method.isEmpty())
        rule.method = parts.at(0).toUpper();
    QString message;
    if (parts.isEmpty() || parts.size() > 2 || (parts.size() == 2 && parts.at(0).toUpper() != rule.method))
        message = u"the route reads [METHOD ]PATH, e.g. \"POST /orders/*\""_s;
    else if (!rule.method.isEmpty() && !validMethod(rule.method))
        message = u"unknown HTTP method '%1'"_s.arg(rule.method);
    else if (rule.route != u"*" && !rule.route.startsWith(u'/'))
        message = u"the route must be * or a path prefix starting with /"_s;
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

// PATH is a prefix of `path` by whole segments; a "*" segment matches any one segment.
bool routeMatches(const QString &route, const QString &path)
{
    if (route == u"*")
        return true;
    const QStringList want = route.split(u'/', Qt::SkipEmptyParts);
    const QStringList have = path.split(u'/', Qt::SkipEmptyParts);
    if (have.size() < want.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) != u"*" && want.at(i) != have.at(i))
            return false;
    }
    return true;
}

} // namespace

std::optional<FaultRule> FaultRule::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 3 || parts.size() > 4) {
        if (error)
            *error = u"a fault reads SERVICE:ROUTE:KIND[:ARG], e.g. gateway:/v1/authorizations:error:503"_s;
        return std::nullopt;
    }
    QJsonObject o{{u"service"_s, parts.at(0)}, {u"route"_s, parts.at(1)}, {u"kind"_s, parts.at(2)}};
    if (parts.size() == 4)
        o.insert(u"arg"_s, parts.at(3));
    return fromJson(o, error);
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    FaultRule rule;
    rule.service = object.value(u"service"_s).toString(u"*"_s);
    if (!validService(rule.service)) {
        if (error)
            *error = u"unknown service '%1' (tax, gateway, oms, numbers, api or *)"_s.arg(rule.service);
        return std::nullopt;
    }
    if (!applyRoute(rule, object.value(u"route"_s).toString(u"*"_s), object.value(u"method"_s).toString(),
                    error)) {
        return std::nullopt;
    }
    const QJsonValue arg = object.value(u"arg"_s);
    const QString argText = arg.isDouble() ? QString::number(arg.toInt()) : arg.toString();
    if (!applyKind(rule, object.value(u"kind"_s).toString(), argText, error))
        return std::nullopt;
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o{{u"service"_s, service}, {u"route"_s, route}, {u"kind"_s, kindName(kind)}};
    if (!method.isEmpty())
        o.insert(u"method"_s, method);
    const QString text = toString();
    const QStringList parts = text.split(u':');
    if (parts.size() == 4)
        o.insert(u"arg"_s, parts.at(3));
    return o;
}

QString FaultRule::toString() const
{
    QString text =
        service % u':' % (method.isEmpty() ? route : QString(method % u' ' % route)) % u':' % kindName(kind);
    switch (kind) {
    case Kind::Latency:
        return text % u':' % QString::number(latencyMs);
    case Kind::Error:
        text += u':' % QString::number(status);
        return rate >= 1.0 ? text : QString(text % u'@' % QString::number(rate));
    case Kind::Reset:
    case Kind::Garbage:
        return rate >= 1.0 ? text : QString(text % u':' % QString::number(rate));
    case Kind::Timeout:
    case Kind::Outage:
        return text;
    }
    return text;
}

bool FaultRule::appliesTo(const QString &serviceName, const QString &path, const QString &requestMethod) const
{
    if (service != serviceName && (service != u"*" || serviceName == u"api"))
        return false;
    if (kind == Kind::Outage)
        return true;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return routeMatches(route, path);
}

} // namespace commercedesk::sandbox
