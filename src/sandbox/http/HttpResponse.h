// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace commercedesk::sandbox {

// A response value returned by route handlers; HttpServer adds X-Correlation-ID and writes it.
// Error factories produce the commercetools error shape
// {"statusCode":N,"message":"…","errors":[{"code":"…","message":"…", …extra}]}.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse bytes(const QByteArray &data, const QByteArray &contentType, int status = 200);

    // ErrorResponse with one error; `extra` fields are merged into the error object.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});
    // AuthErrorResponse: ErrorResponse plus top-level "error" (and "error_description").
    static HttpResponse authError(int status, const QString &code, const QString &description);

    static HttpResponse notFound(const QString &message);
    static HttpResponse invalidInput(const QString &message);
    static HttpResponse insufficientScope(const QString &message);

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace commercedesk::sandbox
