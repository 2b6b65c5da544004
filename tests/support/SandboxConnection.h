// SPDX-License-Identifier: MIT
#pragma once
// Test helper: the api::ConnectionConfig of one of a running sandbox's demo API clients. Header-only, for
// tests that link both the api and the sandbox (the product keeps them apart; app::BackendSwitch does this
// mapping there).

#include "api/ConnectionConfig.h"
#include "sandbox/SandboxCredentials.h"

namespace commercedesk::testsupport {

/// The connection of the demo client `name` ("storefront", "merchant", …); empty when there is none.
inline api::ConnectionConfig sandboxConnection(const sandbox::SandboxCredentials &credentials,
                                               QStringView name)
{
    api::ConnectionConfig connection;
    const sandbox::SandboxClient *client = credentials.client(name);
    if (!client)
        return connection;
    connection.authUrl = credentials.authUrl;
    connection.apiUrl = credentials.apiUrl;
    connection.projectKey = credentials.projectKey;
    connection.clientId = client->clientId;
    connection.clientSecret = client->clientSecret;
    connection.scopes = client->scopes;
    return connection;
}

} // namespace commercedesk::testsupport
