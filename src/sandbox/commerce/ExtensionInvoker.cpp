// SPDX-License-Identifier: MIT
#include "sandbox/commerce/ExtensionInvoker.h"

#include "sandbox/commerce/BlockingHttpClient.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CartUpdater.h"
#include "sandbox/query/Predicate.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool triggered(const QJsonObject &extension, const QString &typeId, const QString &action,
               const QJsonObject &resource, QString *conditionError)
{
    for (const QJsonValue &t : extension.value(u"triggers"_s).toArray()) {
        const QJsonObject trigger = t.toObject();
        if (trigger.value(u"resourceTypeId"_s).toString() != typeId ||
            !trigger.value(u"actions"_s).toArray().contains(action)) {
            continue;
        }
        const QString condition = trigger.value(u"condition"_s).toString();
        if (condition.isEmpty())
            return true;
        const auto predicate = Predicate::parse(condition, {}, conditionError);
        if (!predicate)
            return false;
        if (predicate->matches(resource))
            return true;
    }
    return false;
}

QJsonObject identity(const QJsonObject &extension)
{
    QJsonObject o{{u"extensionId"_s, extension.value(u"id"_s)}};
    if (extension.contains(u"key"_s))
        o.insert(u"extensionKey"_s, extension.value(u"key"_s));
    return o;
}

QJsonObject withIdentity(QJsonObject error, const QJsonObject &extension)
{
    const QJsonObject id = identity(extension);
    for (auto it = id.begin(); it != id.end(); ++it)
        error.insert(it.key(), it.value());
    return error;
}

HttpResponse badResponse(const QJsonObject &extension, const QString &message, int status,
                         const QByteArray &body)
{
    QJsonObject extra = identity(extension);
    extra.insert(u"extensionErrors"_s, QJsonArray());
    extra.insert(u"extensionBody"_s, QString::fromUtf8(body.left(4096)));
    extra.insert(u"extensionStatusCode"_s, status);
    return HttpResponse::error(400, u"ExtensionBadResponse"_s, message, extra);
}

} // namespace

ExtensionInvoker::ExtensionInvoker(Database &database)
    : m_database(database)
{}

ActionResult ExtensionInvoker::run(const QString &typeId, const QString &action, CartDocument &cart,
                                   const CartUpdater &updater) const
{
    QJsonObject resource = cart.toJson();
    const ActionResult result =
        run(typeId, action, resource, [&updater](QJsonObject &json, const QJsonArray &actions) {
            CartDocument changed = CartDocument::fromJson(json);
            ActionResult failed = updater.apply(changed, actions);
            if (!failed)
                failed = updater.finish(changed);
            json = changed.toJson();
            return failed;
        });
    cart = CartDocument::fromJson(resource);
    return result;
}

ActionResult ExtensionInvoker::run(const QString &typeId, const QString &action, QJsonObject &resource,
                                   const Applier &apply) const
{
    QList<QJsonObject> extensions;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT doc FROM extensions ORDER BY created_at, id"_s)) {
        while (q.next())
            extensions.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    for (const QJsonObject &extension : std::as_const(extensions)) {
        QString conditionError;
        if (!triggered(extension, typeId, action, resource, &conditionError)) {
            if (!conditionError.isEmpty())
                return HttpResponse::error(
                    400, u"ExtensionPredicateEvaluationFailed"_s,
                    u"The condition of the extension could not be evaluated: %1"_s.arg(conditionError),
                    identity(extension));
            continue;
        }
        if (auto failed = call(extension, typeId, action, resource, apply))
            return failed;
    }
    return std::nullopt;
}

ActionResult ExtensionInvoker::call(const QJsonObject &extension, const QString &typeId,
                                    const QString &action, QJsonObject &resource, const Applier &apply) const
{
    const QJsonObject destination = extension.value(u"destination"_s).toObject();
    const QJsonObject auth = destination.value(u"authentication"_s).toObject();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (auth.value(u"type"_s).toString() == u"AuthorizationHeader"_s)
        headers.append({"Authorization", auth.value(u"headerValue"_s).toString().toUtf8()});
    else if (auth.value(u"type"_s).toString() == u"AzureFunctions"_s)
        headers.append({"x-functions-key", auth.value(u"key"_s).toString().toUtf8()});
    const int timeout = static_cast<int>(qBound(
        qint64(1), extension.value(u"timeoutInMs"_s).toInteger(DefaultTimeoutMs), qint64(DefaultTimeoutMs)));
    const QJsonObject input{
        {u"action"_s, action},
        {u"resource"_s,
         QJsonObject{{u"typeId"_s, typeId}, {u"id"_s, resource.value(u"id"_s)}, {u"obj"_s, resource}}}};
    const auto answer =
        BlockingHttpClient::post(QUrl(destination.value(u"url"_s).toString()),
                                 QJsonDocument(input).toJson(QJsonDocument::Compact), headers, timeout);
    if (!answer.answered)
        return HttpResponse::error(400, u"ExtensionNoResponse"_s, u"Extension did not respond in time."_s,
                                   identity(extension));
    QJsonParseError parseError{};
    const QJsonDocument doc = answer.body.trimmed().isEmpty()
                                  ? QJsonDocument(QJsonObject())
                                  : QJsonDocument::fromJson(answer.body, &parseError);
    if (answer.status == 400 && doc.isObject() && doc.object().value(u"errors"_s).isArray()) {
        QJsonArray errors;
        for (const QJsonValue &e : doc.object().value(u"errors"_s).toArray())
            errors.append(withIdentity(e.toObject(), extension));
        const QString message =
            errors.at(0).toObject().value(u"message"_s).toString(u"The extension rejected the request."_s);
        return HttpResponse::json(
            QJsonObject{{u"statusCode"_s, 400}, {u"message"_s, message}, {u"errors"_s, errors}}, 400);
    }
    if (answer.status < 200 || answer.status > 299)
        return badResponse(extension, u"'%1' is not an expected status code."_s.arg(answer.status),
                           answer.status, answer.body);
    const QJsonValue actions = doc.object().value(u"actions"_s);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !(actions.isUndefined() || actions.isArray())) {
        return badResponse(extension, u"The extension's response is not valid JSON of the expected shape."_s,
                           answer.status, answer.body);
    }
    if (actions.toArray().isEmpty())
        return std::nullopt;
    if (auto failed = apply(resource, actions.toArray())) {
        const QJsonObject error =
            QJsonDocument::fromJson(failed->body).object().value(u"errors"_s).toArray().at(0).toObject();
        return HttpResponse::error(
            400, u"ExtensionUpdateActionsFailed"_s,
            u"The extension returned update actions that could not be executed."_s,
            QJsonObject{{u"extensionErrors"_s, QJsonArray{withIdentity(error, extension)}}});
    }
    return std::nullopt;
}

} // namespace commercedesk::sandbox
