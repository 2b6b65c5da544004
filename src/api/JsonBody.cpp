// SPDX-License-Identifier: MIT
#include "api/JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

Result<QJsonValue> parseJsonBody(const HttpResponse &response)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        ApiError error;
        error.kind = ApiError::Kind::MalformedJson;
        error.httpStatus = response.status;
        error.correlationId = response.correlationId;
        error.message = u"The server's answer is not valid JSON ("_s + parseError.errorString() +
                        u" at offset "_s + QString::number(parseError.offset) + u")."_s;
        return error;
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

ApiError unexpectedShape(const HttpResponse &response, const json::JsonError &problem)
{
    ApiError error;
    error.kind = ApiError::Kind::UnexpectedShape;
    error.httpStatus = response.status;
    error.correlationId = response.correlationId;
    error.message = u"The server's answer has an unexpected shape: "_s + problem.toString();
    return error;
}

} // namespace commercedesk::api
