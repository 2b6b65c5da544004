// SPDX-License-Identifier: MIT
#include "app/ErrorPresenter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

using Kind = api::ApiError::Kind;

QString ErrorPresenter::describe(const api::ApiError &error)
{
    QString text = headline(error);
    if (!error.correlationId.isEmpty())
        text += u' ' + tr("(Reference: %1)").arg(error.correlationId);
    return text;
}

QString ErrorPresenter::headline(const api::ApiError &error)
{
    switch (error.kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your connection and try again.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Try again in a moment.");
    case Kind::Tls:
        return tr("The secure connection to the server failed; its certificate was not accepted.");
    case Kind::RedirectRefused:
        return tr("The server redirected to an insecure address, so the request was stopped.");
    case Kind::MalformedJson:
    case Kind::UnexpectedShape:
        return tr("The server sent an answer CommerceDesk does not understand. Try again; if it keeps "
                  "happening, the server may be misconfigured.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Configuration:
        return tr("The connection settings are incomplete: %1").arg(error.message);
    case Kind::HttpNonJson:
    case Kind::Http:
        break;
    }
    switch (error.httpStatus) {
    case 400:
        if (error.code == "invalid_client"_L1)
            return tr("The API client id or secret was not accepted.");
        if (error.code == "invalid_scope"_L1)
            return tr("The API client is not allowed the permissions CommerceDesk asked for.");
        return tr("The server did not accept the request: %1").arg(error.message);
    case 401:
        return error.code == "invalid_client"_L1 ? tr("The API client id or secret was not accepted.")
                                                 : tr("Your session has expired. Sign in again.");
    case 403:
        return tr("This API client is not allowed to do that.");
    case 404:
        return tr("It no longer exists on the server.");
    case 409:
        return tr("Someone else changed it in the meantime. Reload and try again.");
    case 413:
        return tr("The request was too large for the server.");
    case 502:
    case 503:
    case 504:
        return tr("The server is busy or unavailable. Try again in a moment.");
    default:
        if (error.httpStatus >= 500)
            return tr("The server had a problem (HTTP %1). Try again in a moment.").arg(error.httpStatus);
        return tr("The request failed (HTTP %1).").arg(error.httpStatus);
    }
}

} // namespace commercedesk::app
