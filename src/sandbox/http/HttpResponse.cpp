// SPDX-License-Identifier: MIT
#include "sandbox/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::bytes(const QByteArray &data, const QByteArray &contentType, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = data;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QJsonObject &extra)
{
    QJsonObject err{{u"code"_s, code}, {u"message"_s, message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        err.insert(it.key(), it.value());
    return json(
        QJsonObject{{u"statusCode"_s, status}, {u"message"_s, message}, {u"errors"_s, QJsonArray{err}}},
        status);
}

HttpResponse HttpResponse::authError(int status, const QString &code, const QString &description)
{
    QJsonObject o{{u"statusCode"_s, status},
                  {u"message"_s, description},
                  {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, code}, {u"message"_s, description}}}},
                  {u"error"_s, code},
                  {u"error_description"_s, description}};
    HttpResponse r = json(o, status);
    if (status == 401 && code == u"invalid_token")
        r.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

HttpResponse HttpResponse::notFound(const QString &message)
{
    return error(404, u"ResourceNotFound"_s, message);
}

HttpResponse HttpResponse::invalidInput(const QString &message)
{
    return error(400, u"InvalidInput"_s, message);
}

HttpResponse HttpResponse::insufficientScope(const QString &message)
{
    return authError(403, u"insufficient_scope"_s, message);
}

} // namespace commercedesk::sandbox
