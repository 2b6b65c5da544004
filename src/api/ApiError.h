// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace commercedesk::api {

/// Every failure of a request, as a value (architecture rule 5). Produced only by the transport and the
/// token providers; turned into words only by the app's error presenter.
struct ApiError
{
    Q_GADGET

public:
    enum class Kind {
        Network,         ///< connection refused/reset/DNS — no HTTP answer
        Timeout,         ///< no complete answer within the request's timeout
        Tls,             ///< certificate or handshake failure
        RedirectRefused, ///< an HTTPS→HTTP redirect (or another unsafe one) was refused
        Http,            ///< an HTTP error status with a commercetools (or orchestrator) error body
        HttpNonJson,     ///< an HTTP error status whose body is not commercetools JSON (a proxy page)
        MalformedJson,   ///< a 2xx answer whose body is not valid JSON
        UnexpectedShape, ///< valid JSON that does not have the expected shape
        Cancelled,       ///< the caller cancelled the job
        Configuration,   ///< the connection is not usable (missing URL, client id, secret)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Network;
    int httpStatus = 0; ///< 0 when there was no HTTP answer
    QString
        code; ///< commercetools/OAuth code of the first error: "ConcurrentModification", "invalid_token", …
    QString message;       ///< the server's (or transport's) message, untranslated; never contains secrets
    QString correlationId; ///< X-Correlation-ID of the request
    std::optional<qint64> currentVersion; ///< for 409 ConcurrentModification
    QVariantMap details;                  ///< the first error's remaining fields (field, duplicateValue, …)

    /// True for failures worth retrying for an idempotent request: network errors, timeouts, 502/503/504.
    bool isTransient() const;
    /// 401 invalid_token (commercetools) or InvalidSession (the orchestrator): the token expired or was
    /// revoked; a fresh token may succeed.
    bool isInvalidToken() const;
    bool isConcurrentModification() const
    {
        return httpStatus == 409 && code == QLatin1StringView("ConcurrentModification");
    }

    /// A short diagnostic line for logs: kind, status, code, correlation id. Never includes bodies.
    QString diagnostic() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

QString toString(ApiError::Kind kind);

} // namespace commercedesk::api

Q_DECLARE_METATYPE(commercedesk::api::ApiError)
