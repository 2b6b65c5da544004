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
    if (QString words = forCode(error); !words.isEmpty())
        return words;
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

QString ErrorPresenter::forCode(const api::ApiError &error)
{
    const QString &code = error.code;
    if (code == "InvalidSession"_L1)
        return tr("Your session has ended. Sign in again.");
    if (code == "InvalidCredentials"_L1)
        return tr("The email address or password is wrong.");
    if (code == "SignInRequired"_L1)
        return tr("Sign in to do that.");
    if (code == "AssociateMissingPermission"_L1)
        return tr("Your role in this business unit does not allow that. Ask an administrator of the unit.");
    if (code == "AuthorizationNotApproved"_L1)
        return tr("The card payment was not approved. Use another card or try again.");
    if (code == "AuthorizationMismatch"_L1)
        return tr("The card payment does not match this cart any more (its total changed). Pay again.");
    if (code == "AuthorizationNotFound"_L1)
        return tr("The card payment was not found at the payment provider. Pay again.");
    if (code == "PaymentsUnavailable"_L1 || code == "GatewayUnavailable"_L1)
        return tr("Card payments are not available right now. Try again in a moment.");
    if (code == "CartAlreadyOrdered"_L1)
        return tr("This cart has already been ordered. Your order history shows the order.");
    if (code == "NoActiveCart"_L1)
        return tr("There is no cart to continue with. Add an item to start a new one.");
    if (code == "ActionNotAllowed"_L1 || code == "FieldNotAllowed"_L1)
        return tr("The shop does not allow this change from the storefront.");
    if (code == "RateLimited"_L1) {
        const int seconds = error.details.value(u"retryAfterSeconds"_s).toInt();
        return seconds > 0 ? tr("Too many requests in a short time. Wait %n second(s) and try again.",
                                nullptr, seconds)
                           : tr("Too many requests in a short time. Wait a moment and try again.");
    }
    if (code == "RevocationUnavailable"_L1)
        return tr("The shop could not record the sign-out. Try again.");
    if (code == "UpstreamUnavailable"_L1 || code == "UpstreamTimeout"_L1 || code == "NotReady"_L1)
        return tr("The shop's commerce platform is busy or unavailable. Try again in a moment.");
    if (code == "UpstreamRefused"_L1)
        return tr("The shop's commerce platform refused the shop's own request; the shop's setup needs "
                  "attention.");
    if (code == "DuplicateField"_L1 && error.details.value(u"field"_s).toString() == "email"_L1)
        return tr("An account with this email address already exists. Sign in instead.");
    return {};
}

} // namespace commercedesk::app
