// SPDX-License-Identifier: MIT
#include "app/settings/ConnectionProfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

QString kindName(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::EmbeddedSandbox:
        return u"embedded-sandbox"_s;
    case ConnectionProfile::Kind::RemoteSandbox:
        return u"remote-sandbox"_s;
    case ConnectionProfile::Kind::Commercetools:
        return u"commercetools"_s;
    }
    return {};
}

ConnectionProfile::Kind kindFromName(const QString &name)
{
    if (name == u"remote-sandbox"_s)
        return ConnectionProfile::Kind::RemoteSandbox;
    if (name == u"commercetools"_s)
        return ConnectionProfile::Kind::Commercetools;
    return ConnectionProfile::Kind::EmbeddedSandbox;
}

QString regionId(api::Region region)
{
    const auto info = api::regionInfo(region);
    return info ? info->id : u"custom"_s;
}

api::Region regionFromId(const QString &id)
{
    for (const api::RegionInfo &info : api::publicRegions()) {
        if (info.id == id)
            return info.region;
    }
    return id == u"custom"_s ? api::Region::Custom : api::Region::EuropeWest1Gcp;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}

} // namespace

ConnectionProfile ConnectionProfile::embedded()
{
    ConnectionProfile profile;
    profile.name = EmbeddedName;
    profile.kind = Kind::EmbeddedSandbox;
    return profile;
}

QString ConnectionProfile::displayName() const
{
    return kind == Kind::EmbeddedSandbox ? tr("Embedded sandbox") : name;
}

QStringList ConnectionProfile::requiredStorefrontScopes()
{
    // view_categories: the catalog's category tree (GET /categories, api.yaml security).
    return {u"view_published_products"_s, u"view_categories"_s,    u"manage_my_orders"_s,
            u"manage_my_profile"_s,       u"manage_my_payments"_s, u"create_anonymous_token"_s};
}

QStringList ConnectionProfile::requiredMerchantScopes()
{
    return {u"view_orders"_s, u"view_payments"_s};
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("The profile needs a name.");
    if (name.contains(u'/'))
        out << tr("The profile name must not contain '/'.");
    if (kind == Kind::EmbeddedSandbox)
        return out;
    if (kind == Kind::RemoteSandbox && !isHttpUrl(sandboxUrl))
        out << tr("Enter the sandbox URL, for example http://192.168.1.20:8080.");
    if (kind == Kind::Commercetools && region == api::Region::Custom) {
        if (!isHttpUrl(authUrl))
            out << tr("Enter the auth URL.");
        if (!isHttpUrl(apiUrl))
            out << tr("Enter the API URL.");
    }
    if (kind == Kind::Commercetools && region != api::Region::Custom &&
        (resolvedAuthUrl().scheme() != u"https"_s))
        out << tr("Public regions are reached over HTTPS only.");
    if (projectKey.trimmed().isEmpty())
        out << tr("Enter the project key.");
    if (storefrontClientId.trimmed().isEmpty())
        out << tr("Enter the storefront client ID.");
    if (merchantClientId.trimmed().isEmpty())
        out << tr("Enter the merchant client ID.");
    return out;
}

QUrl ConnectionProfile::resolvedAuthUrl() const
{
    switch (kind) {
    case Kind::EmbeddedSandbox:
        return {};
    case Kind::RemoteSandbox:
        return sandboxUrl;
    case Kind::Commercetools:
        if (region == api::Region::Custom)
            return authUrl;
        return api::regionInfo(region) ? api::regionInfo(region)->authUrl : QUrl();
    }
    return {};
}

QUrl ConnectionProfile::resolvedApiUrl() const
{
    switch (kind) {
    case Kind::EmbeddedSandbox:
        return {};
    case Kind::RemoteSandbox:
        return sandboxUrl;
    case Kind::Commercetools:
        if (region == api::Region::Custom)
            return apiUrl;
        return api::regionInfo(region) ? api::regionInfo(region)->apiUrl : QUrl();
    }
    return {};
}

api::ConnectionConfig ConnectionProfile::storefrontConfig(const QString &secret) const
{
    api::ConnectionConfig config;
    config.authUrl = resolvedAuthUrl();
    config.apiUrl = resolvedApiUrl();
    config.projectKey = projectKey.trimmed();
    config.clientId = storefrontClientId.trimmed();
    config.clientSecret = secret;
    config.scopes = storefrontScopes;
    return config;
}

api::ConnectionConfig ConnectionProfile::merchantConfig(const QString &secret) const
{
    api::ConnectionConfig config = storefrontConfig(secret);
    config.clientId = merchantClientId.trimmed();
    config.scopes = merchantScopes;
    return config;
}

ConnectionProfile ConnectionProfile::read(QSettings &settings)
{
    ConnectionProfile p;
    p.name = settings.value(u"name"_s).toString();
    p.kind = kindFromName(settings.value(u"kind"_s).toString());
    p.sandboxUrl = QUrl(settings.value(u"sandboxUrl"_s).toString());
    p.region = regionFromId(settings.value(u"region"_s).toString());
    p.authUrl = QUrl(settings.value(u"authUrl"_s).toString());
    p.apiUrl = QUrl(settings.value(u"apiUrl"_s).toString());
    p.projectKey = settings.value(u"projectKey"_s).toString();
    p.storefrontClientId = settings.value(u"storefrontClientId"_s).toString();
    p.storefrontScopes = settings.value(u"storefrontScopes"_s).toStringList();
    p.merchantClientId = settings.value(u"merchantClientId"_s).toString();
    p.merchantScopes = settings.value(u"merchantScopes"_s).toStringList();
    return p;
}

void ConnectionProfile::write(QSettings &settings) const
{
    settings.setValue(u"name"_s, name);
    settings.setValue(u"kind"_s, kindName(kind));
    settings.setValue(u"sandboxUrl"_s, sandboxUrl.toString());
    settings.setValue(u"region"_s, regionId(region));
    settings.setValue(u"authUrl"_s, authUrl.toString());
    settings.setValue(u"apiUrl"_s, apiUrl.toString());
    settings.setValue(u"projectKey"_s, projectKey);
    settings.setValue(u"storefrontClientId"_s, storefrontClientId);
    settings.setValue(u"storefrontScopes"_s, storefrontScopes);
    settings.setValue(u"merchantClientId"_s, merchantClientId);
    settings.setValue(u"merchantScopes"_s, merchantScopes);
}

} // namespace commercedesk::app
