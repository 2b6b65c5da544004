// SPDX-License-Identifier: MIT
#include "api/NetworkReplies.h"

#include "api/json/ErrorJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

ApiError transportFailure(ApiError::Kind kind, const QString &message, const QString &correlationId)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.correlationId = correlationId;
    return error;
}

std::optional<ApiError::Kind> transportKind(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::NoError:
        return std::nullopt;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError::Kind::RedirectRefused;
    default:
        // Codes >= 100 are HTTP-level answers; the status code carries the information then.
        if (code >= QNetworkReply::ContentAccessDenied)
            return std::nullopt;
        return ApiError::Kind::Network;
    }
}

/// The orchestrator's error shape (docs/orchestrator-api.yaml `Error`: status, code, message, correlationId,
/// details) into `error`; false when `object` is not that shape.
bool readOrchestratorError(const QJsonObject &object, ApiError *error)
{
    if (!object.value(u"status"_s).isDouble() || !object.value(u"code"_s).isString() ||
        object.value(u"code"_s).toString().isEmpty())
        return false;
    error->kind = ApiError::Kind::Http;
    error->code = object.value(u"code"_s).toString();
    error->message = object.value(u"message"_s).toString(error->code);
    error->details = object.value(u"details"_s).toObject().toVariantMap();
    if (const auto it = error->details.constFind(u"currentVersion"_s); it != error->details.cend())
        error->currentVersion = it->toLongLong();
    return true;
}

} // namespace

Result<HttpResponse> readReply(QNetworkReply *reply, const QString &correlationId)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        const auto kind = transportKind(reply->error()).value_or(ApiError::Kind::Network);
        return transportFailure(kind, reply->errorString(), correlationId);
    }
    HttpResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray echoed = reply->rawHeader("X-Correlation-ID");
    response.correlationId = echoed.isEmpty() ? correlationId : QString::fromLatin1(echoed);
    if (response.status < 400) {
        // A 2xx whose transfer broke off mid-body is not a usable answer.
        if (const auto kind = transportKind(reply->error()))
            return transportFailure(*kind, reply->errorString(), response.correlationId);
    }
    return response;
}

ApiError errorFromHttp(const HttpResponse &response)
{
    ApiError error;
    error.httpStatus = response.status;
    error.correlationId = response.correlationId;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const std::optional<core::ErrorBody> body =
        document.isObject() ? json::decodeErrorBody(document.object()) : std::nullopt;
    if (!body && document.isObject() && readOrchestratorError(document.object(), &error))
        return error;
    if (!body) {
        // A proxy's HTML page, an empty body, or JSON that is not a commercetools error.
        error.kind = ApiError::Kind::HttpNonJson;
        error.message = u"HTTP "_s + QString::number(response.status);
        return error;
    }
    error.kind = ApiError::Kind::Http;
    error.message = body->message;
    if (!body->errors.isEmpty()) {
        const core::ErrorObject &first = body->errors.first();
        error.code = first.code;
        error.details = first.extra;
        if (const auto it = first.extra.constFind(u"currentVersion"_s); it != first.extra.cend())
            error.currentVersion = it->toLongLong();
        if (error.message.isEmpty())
            error.message = first.message;
    }
    if (error.code.isEmpty())
        error.code = body->error.value_or(QString());
    if (error.message.isEmpty())
        error.message = body->errorDescription.value_or(error.code);
    return error;
}

QByteArray methodName(HttpRequest::Method method)
{
    switch (method) {
    case HttpRequest::Method::Get:
        return "GET"_ba;
    case HttpRequest::Method::Head:
        return "HEAD"_ba;
    case HttpRequest::Method::Post:
        return "POST"_ba;
    case HttpRequest::Method::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

} // namespace commercedesk::api
