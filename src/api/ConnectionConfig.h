// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace commercedesk::api {

/// The five public commercetools regions (their auth and API hosts), plus custom URLs (a sandbox).
enum class Region {
    UsCentral1Gcp,
    UsEast2Aws,
    EuropeWest1Gcp,
    EuCentral1Aws,
    AustraliaSoutheast1Gcp,
    Custom,
};

struct RegionInfo
{
    Region region;
    QString id;       ///< e.g. "europe-west1.gcp"
    QUrl authUrl;     ///< e.g. https://auth.europe-west1.gcp.commercetools.com
    QUrl apiUrl;      ///< e.g. https://api.europe-west1.gcp.commercetools.com
    QUrl checkoutUrl; ///< e.g. https://checkout.europe-west1.gcp.commercetools.com
};

/// The public regions, in a stable order (Custom excluded).
const QList<RegionInfo> &publicRegions();
std::optional<RegionInfo> regionInfo(Region region);

/// Where and as whom the client talks to commercetools — or, for a buyer, to the orchestrator
/// (docs/deployment.md §4): then only `apiUrl` is used, paths are sent as given (no project key), and the
/// buyer's session comes from checkout::OrchestratorTokenProvider instead of a client id and secret. The
/// client secret is held here only in memory, for the lifetime of the connection; it is persisted only in the
/// OS keychain by the platform layer.
struct ConnectionConfig
{
    QUrl authUrl;
    QUrl apiUrl;
    /// The Checkout API's host (payment intents), e.g. https://checkout.europe-west1.gcp.commercetools.com.
    /// Empty = derived from `apiUrl` (see checkoutEndpoint()).
    QUrl checkoutUrl;
    QString projectKey;
    QString clientId;
    QString clientSecret;
    /// Scope names without the project suffix, e.g. "view_published_products"; expanded to "name:projectKey".
    QStringList scopes;
    /// True for an orchestrator URL (a buyer's profile): no project key, no client credentials.
    bool orchestrator = false;

    static ConnectionConfig forRegion(Region region, QString projectKey);
    /// A buyer's connection: the orchestrator's base URL (e.g. `https://shop-api.example.com`).
    static ConnectionConfig forOrchestrator(const QUrl &orchestratorUrl);

    /// Empty when usable; otherwise what is missing, in English, for logs and the settings dialog.
    QStringList problems() const;
    /// Space-separated "scope:projectKey" list for the token request; empty when no scopes are configured.
    QString scopeParameter() const;
    /// `{apiUrl}/{projectKey}{path}` (an orchestrator: `{apiUrl}{path}`); `path` is decoded text (an id "a b"
    /// becomes "a%20b" on the wire, once).
    QUrl apiEndpoint(const QString &path) const;
    /// `{checkoutUrl}/{projectKey}{path}`. Without a checkoutUrl: a commercetools API host
    /// `api.<region>.commercetools.com` stands for `checkout.<region>.commercetools.com`, any other apiUrl
    /// (the sandbox, which serves the Checkout API beside its API) for itself.
    QUrl checkoutEndpoint(const QString &path) const;
    /// `{authUrl}{path}`.
    QUrl authEndpoint(const QString &path) const;
};

} // namespace commercedesk::api
