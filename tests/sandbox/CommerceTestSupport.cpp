// SPDX-License-Identifier: MIT
#include "CommerceTestSupport.h"

#include "sandbox/seed/DemoCatalog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::test {

bool CommerceFixture::start(const QString &projectKey, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    m_projectKey = projectKey;
    SandboxConfig config;
    config.dataDir = m_dir.path();
    config.projectKey = projectKey;
    config.passwordIterations = 100000;
    m_sandbox = std::make_unique<Sandbox>(config);
    if (!m_sandbox->start(error))
        return false;
    m_http = std::make_unique<TestHttp>(m_sandbox->credentials().apiUrl);
    m_admin = m_http->clientToken(m_sandbox->credentials(), u"admin"_s);
    if (m_admin.isEmpty()) {
        *error = u"no admin token"_s;
        return false;
    }
    // The sandbox provisions the outside systems' extensions (tax service); these tests call their own.
    const HttpResult list = get(base() % u"/extensions"_s, m_admin, {{u"limit"_s, u"500"_s}});
    for (const QJsonValue &v : list.json.value(u"results"_s).toArray()) {
        const QJsonObject e = v.toObject();
        del(base() % u"/extensions/"_s % e.value(u"id"_s).toString(), m_admin,
            e.value(u"version"_s).toInteger());
    }
    return true;
}

QByteArray CommerceFixture::anonymousToken()
{
    const SandboxCredentials credentialsCopy = credentials(); // client() points into it
    const SandboxClient *client = credentialsCopy.client(u"storefront"_s);
    const HttpResult r = m_http->token(u"/oauth/"_s % m_projectKey % u"/anonymous/token"_s, client->clientId,
                                       client->clientSecret, {{u"grant_type"_s, u"client_credentials"_s}});
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

QByteArray CommerceFixture::customerToken(const QString &email, const QString &password)
{
    const SandboxCredentials credentialsCopy = credentials(); // client() points into it
    const SandboxClient *client = credentialsCopy.client(u"storefront"_s);
    const HttpResult r = m_http->token(
        u"/oauth/"_s % m_projectKey % u"/customers/token"_s, client->clientId, client->clientSecret,
        {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, password}});
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

HttpResult CommerceFixture::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                        {{"Authorization", "Bearer " + token}});
}

HttpResult CommerceFixture::get(const QString &path, const QByteArray &token,
                                const QList<QPair<QString, QString>> &query)
{
    return m_http->get(path, query, token);
}

HttpResult CommerceFixture::del(const QString &path, const QByteArray &token, qint64 version)
{
    return m_http->send("DELETE", path, {}, {}, {{"Authorization", "Bearer " + token}},
                        u"version="_s % QString::number(version));
}

HttpResult CommerceFixture::update(const QString &path, qint64 version, const QJsonArray &actions,
                                   const QByteArray &token)
{
    return post(path, QJsonObject{{u"version"_s, version}, {u"actions"_s, actions}}, token);
}

QString CommerceFixture::skuWithTax(const QString &taxCategoryKey)
{
    const QString taxId = DemoCatalog::taxCategoryId(taxCategoryKey);
    for (int offset = 0; offset < 1000; offset += 100) {
        const HttpResult r = get(base() % u"/product-projections"_s, m_admin,
                                 {{u"limit"_s, u"100"_s}, {u"offset"_s, QString::number(offset)}});
        const QJsonArray results = r.json.value(u"results"_s).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject p = v.toObject();
            if (p.value(u"taxCategory"_s).toObject().value(u"id"_s).toString() == taxId)
                return p.value(u"masterVariant"_s).toObject().value(u"sku"_s).toString();
        }
        if (results.isEmpty())
            break;
    }
    return {};
}

} // namespace commercedesk::sandbox::test
