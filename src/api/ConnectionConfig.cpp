// SPDX-License-Identifier: MIT
#include "api/ConnectionConfig.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

RegionInfo makeRegion(Region region, const QString &id)
{
    return {region, id, QUrl(u"https://auth."_s + id + u".commercetools.com"_s),
            QUrl(u"https://api."_s + id + u".commercetools.com"_s),
            QUrl(u"https://checkout."_s + id + u".commercetools.com"_s)};
}

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace

const QList<RegionInfo> &publicRegions()
{
    static const QList<RegionInfo> regions{
        makeRegion(Region::UsCentral1Gcp, u"us-central1.gcp"_s),
        makeRegion(Region::UsEast2Aws, u"us-east-2.aws"_s),
        makeRegion(Region::EuropeWest1Gcp, u"europe-west1.gcp"_s),
        makeRegion(Region::EuCentral1Aws, u"eu-central-1.aws"_s),
        makeRegion(Region::AustraliaSoutheast1Gcp, u"australia-southeast1.gcp"_s),
    };
    return regions;
}

std::optional<RegionInfo> regionInfo(Region region)
{
    for (const RegionInfo &info : publicRegions()) {
        if (info.region == region)
            return info;
    }
    return std::nullopt;
}

ConnectionConfig ConnectionConfig::forRegion(Region region, QString projectKey)
{
    ConnectionConfig config;
    if (auto info = regionInfo(region)) {
        config.authUrl = info->authUrl;
        config.apiUrl = info->apiUrl;
        config.checkoutUrl = info->checkoutUrl;
    }
    config.projectKey = std::move(projectKey);
    return config;
}

ConnectionConfig ConnectionConfig::forOrchestrator(const QUrl &orchestratorUrl)
{
    ConnectionConfig config;
    config.apiUrl = orchestratorUrl;
    config.orchestrator = true;
    return config;
}

QStringList ConnectionConfig::problems() const
{
    QStringList result;
    if (orchestrator) {
        if (!apiUrl.isValid() || (apiUrl.scheme() != u"http"_s && apiUrl.scheme() != u"https"_s) ||
            apiUrl.host().isEmpty())
            result << u"The orchestrator URL is missing or invalid (it must be http:// or https://)."_s;
        return result;
    }
    if (!authUrl.isValid() || authUrl.scheme().isEmpty() || authUrl.host().isEmpty())
        result << u"The auth URL is missing or invalid."_s;
    if (!apiUrl.isValid() || apiUrl.scheme().isEmpty() || apiUrl.host().isEmpty())
        result << u"The API URL is missing or invalid."_s;
    if (projectKey.isEmpty())
        result << u"The project key is missing."_s;
    if (clientId.isEmpty())
        result << u"The client id is missing."_s;
    if (clientSecret.isEmpty())
        result << u"The client secret is missing."_s;
    return result;
}

QString ConnectionConfig::scopeParameter() const
{
    QStringList expanded;
    expanded.reserve(scopes.size());
    for (const QString &scope : scopes)
        expanded << scope + u':' + projectKey;
    return expanded.join(u' ');
}

QUrl ConnectionConfig::apiEndpoint(const QString &path) const
{
    return joined(apiUrl, orchestrator ? path : u"/"_s + projectKey + path);
}

QUrl ConnectionConfig::checkoutEndpoint(const QString &path) const
{
    QUrl base = checkoutUrl;
    if (base.isEmpty()) {
        base = apiUrl;
        const QString host = apiUrl.host();
        if (host.startsWith(u"api."_s) && host.endsWith(u".commercetools.com"_s))
            base.setHost(u"checkout."_s + host.mid(4));
    }
    return joined(base, u"/"_s + projectKey + path);
}

QUrl ConnectionConfig::authEndpoint(const QString &path) const
{
    return joined(authUrl, path);
}

} // namespace commercedesk::api
