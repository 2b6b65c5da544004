// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxClient.h"
#include "sandbox/SandboxCustomer.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QUrl>

namespace commercedesk::sandbox {

// Everything a client needs to talk to a running sandbox. A plain value (copyable across threads).
struct SandboxCredentials
{
    QString projectKey;
    QUrl authUrl; // e.g. http://127.0.0.1:PORT (token endpoints live under /oauth/...)
    QUrl apiUrl;  // e.g. http://127.0.0.1:PORT (resources live under /{projectKey}/...)
    // Where the Checkout API's payment intents are served (a real project:
    // checkout.<region>.commercetools.com); the sandbox serves them beside its API, so this is apiUrl
    // (docs/outside-systems.md "Payment Intents").
    QUrl checkoutUrl;
    QList<SandboxClient> clients;
    QList<SandboxCustomer> customers;
    // The outside services beside the sandbox (empty when not running).
    QUrl taxUrl;
    QUrl gatewayUrl;
    QUrl omsUrl;
    // The payment connector's credential for the gateway's merchant operations (capture, void, refund).
    QByteArray gatewayMerchantKey;

    // {"projectKey","authUrl","apiUrl","checkoutUrl","clients":[{name,clientId,clientSecret,scopes}],
    //  "customers":[{email,password,kind,businessUnitKey?,role?}],
    //  "services":{"tax"?,"gateway"?,"gatewayMerchantKey"?,"oms"?}}
    QJsonObject toJson() const;
    // The client with that name, or nullptr. The pointer is valid while this value is unchanged.
    const SandboxClient *client(QStringView name) const;
};

} // namespace commercedesk::sandbox

Q_DECLARE_METATYPE(commercedesk::sandbox::SandboxCredentials)
