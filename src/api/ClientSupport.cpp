// SPDX-License-Identifier: MIT
#include "api/ClientSupport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpRequest deleteRequest(const QString &path, qint64 version)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Delete;
    request.path = path;
    request.query.addQueryItem(u"version"_s, QString::number(version));
    return request;
}

} // namespace commercedesk::api
