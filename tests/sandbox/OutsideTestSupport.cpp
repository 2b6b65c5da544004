// SPDX-License-Identifier: MIT
#include "OutsideTestSupport.h"

#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::test {

bool OutsideFixture::start(SandboxConfig config, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    if (config.dataDir.isEmpty())
        config.dataDir = m_dir.path();
    if (config.projectKey.isEmpty())
        config.projectKey = u"outside-test"_s;
    config.outside.faultAdmin = true; // the tests drive faults through /_fault with its token
    m_config = config;
    m_sandbox = std::make_unique<Sandbox>(config);
    if (!m_sandbox->start(error))
        return false;
    m_http = std::make_unique<TestHttp>(m_sandbox->credentials().apiUrl);
    m_admin = m_http->clientToken(m_sandbox->credentials(), u"admin"_s);
    if (m_admin.isEmpty()) {
        *error = u"no admin token"_s;
        return false;
    }
    return true;
}

bool OutsideFixture::restart(QString *error)
{
    stop();
    return start(m_config, error);
}

void OutsideFixture::stop()
{
    m_http.reset();
    m_sandbox.reset();
}

HttpResult OutsideFixture::post(const QString &path, const QJsonObject &body)
{
    return m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                        {{"Authorization", "Bearer " + m_admin}});
}

HttpResult OutsideFixture::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    return m_http->get(path, query, m_admin);
}

HttpResult OutsideFixture::update(const QString &path, qint64 version, const QJsonArray &actions)
{
    return post(path, QJsonObject{{u"version"_s, version}, {u"actions"_s, actions}});
}

QString OutsideFixture::standardSku()
{
    if (!m_sku.isEmpty())
        return m_sku;
    const QString taxId = DemoCatalog::taxCategoryId(u"standard"_s);
    const HttpResult r = get(base() % u"/product-projections"_s, {{u"limit"_s, u"100"_s}});
    for (const QJsonValue &v : r.json.value(u"results"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"taxCategory"_s).toObject().value(u"id"_s).toString() == taxId) {
            m_sku = p.value(u"masterVariant"_s).toObject().value(u"sku"_s).toString();
            break;
        }
    }
    return m_sku;
}

QJsonObject OutsideFixture::createCart(const QString &taxMode)
{
    QJsonObject draft{
        {u"currency"_s, u"EUR"_s},
        {u"taxMode"_s, taxMode},
        {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, standardSku()}, {u"quantity"_s, 2}}}}};
    if (taxMode != u"External") {
        draft.insert(u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}});
        draft.insert(u"shippingAddress"_s, QJsonObject{{u"country"_s, u"DE"_s},
                                                       {u"city"_s, u"Berlin"_s},
                                                       {u"postalCode"_s, u"10115"_s},
                                                       {u"streetName"_s, u"Invalidenstraße"_s}});
    }
    const HttpResult r = post(base() % u"/carts"_s, draft);
    return r.status == 201 ? r.json : QJsonObject();
}

QJsonObject OutsideFixture::createOrder(const QString &orderNumber)
{
    const QJsonObject cart = createCart();
    if (cart.isEmpty())
        return {};
    const HttpResult r = post(base() % u"/orders"_s,
                              {{u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString())},
                               {u"version"_s, cart.value(u"version"_s)},
                               {u"orderNumber"_s, orderNumber}});
    return r.status == 201 ? r.json : QJsonObject();
}

} // namespace commercedesk::sandbox::test
