// SPDX-License-Identifier: MIT
#include "api/UpdateAction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

QByteArray encodeUpdateBody(qint64 version, const QList<QJsonObject> &actions)
{
    QJsonArray array;
    for (const QJsonObject &action : actions)
        array.append(action);
    QJsonObject body;
    body.insert(u"version"_s, version);
    body.insert(u"actions"_s, array);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace commercedesk::api
