// SPDX-License-Identifier: MIT
#include "OrchestratorHarness.h"

#include <QDate>
#include <QDebug>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::testsupport {

namespace {

const QByteArray SessionKey = QByteArrayLiteral("orchestrator-test-session-key-0123456789abcdef");

QByteArray waitFor(QNetworkReply *reply, int *status, QHash<QByteArray, QByteArray> *headers)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (headers) {
        for (const auto &pair : reply->rawHeaderPairs())
            headers->insert(pair.first.toLower(), pair.second);
    }
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

bool HttpResult::isError(int expectedStatus, const QString &expectedCode) const
{
    const bool shape = json.value(u"status"_s).toInt() == status &&
                       !json.value(u"message"_s).toString().isEmpty() &&
                       !json.value(u"correlationId"_s).toString().isEmpty();
    if (status != expectedStatus || code() != expectedCode || !shape)
        qWarning().noquote() << "expected" << expectedStatus << expectedCode << "got" << status
                             << body.left(400);
    return status == expectedStatus && code() == expectedCode && shape;
}

OrchestratorHarness::OrchestratorHarness() = default;
OrchestratorHarness::~OrchestratorHarness() = default;

QString OrchestratorHarness::start()
{
    if (!m_dir.isValid() || !m_revocations.isValid())
        return u"no temporary directory"_s;
    sandbox::SandboxConfig config;
    config.dataDir = m_dir.path();
    m_sandbox = std::make_unique<sandbox::Sandbox>(config);
    QString error;
    if (!m_sandbox->start(&error))
        return error.isEmpty() ? u"the sandbox did not start"_s : error;
    m_credentials = m_sandbox->credentials();
    return {};
}

orchestrator::OrchestratorConfig OrchestratorHarness::config() const
{
    QStringList problems;
    return orchestrator::OrchestratorConfig::fromEnvironment(environment(), &problems);
}

QHash<QString, QString> OrchestratorHarness::environment() const
{
    const sandbox::SandboxClient *client = m_credentials.client(u"orchestrator");
    return {{u"COMMERCEDESK_CT_AUTH_URL"_s, m_credentials.authUrl.toString()},
            {u"COMMERCEDESK_CT_API_URL"_s, m_credentials.apiUrl.toString()},
            {u"COMMERCEDESK_CT_PROJECT_KEY"_s, m_credentials.projectKey},
            {u"COMMERCEDESK_CT_CLIENT_ID"_s, client ? client->clientId : QString()},
            {u"COMMERCEDESK_CT_CLIENT_SECRET"_s, client ? client->clientSecret : QString()},
            {u"COMMERCEDESK_CT_SCOPES"_s, client ? client->scopes.join(u' ') : QString()},
            {u"COMMERCEDESK_SESSION_KEY"_s, QString::fromLatin1(SessionKey.toBase64())},
            {u"COMMERCEDESK_GATEWAY_URL"_s, m_credentials.gatewayUrl.toString()},
            {u"COMMERCEDESK_REVOCATION_DIR"_s, m_revocations.path()}};
}

std::unique_ptr<orchestrator::Orchestrator>
OrchestratorHarness::startOrchestrator(orchestrator::OrchestratorConfig config)
{
    auto instance = std::make_unique<orchestrator::Orchestrator>(std::move(config));
    QString error;
    if (!instance->start(&error)) {
        qWarning().noquote() << "orchestrator did not start:" << error;
        return nullptr;
    }
    return instance;
}

HttpResult OrchestratorHarness::call(const QUrl &base, const QByteArray &method, const QString &pathAndQuery,
                                     const QJsonObject &body, const QByteArray &token,
                                     const QByteArray &rawBody,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    const QByteArray payload = !rawBody.isEmpty() ? rawBody
                               : body.isEmpty()   ? QByteArray()
                                                  : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    HttpResult result;
    result.body = waitFor(reply, &result.status, &result.headers);
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

QByteArray OrchestratorHarness::adminToken()
{
    if (!m_adminToken.isEmpty())
        return m_adminToken;
    const sandbox::SandboxClient *client = m_credentials.client(u"admin");
    QUrl url = m_credentials.authUrl;
    url.setPath(u"/oauth/token"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization",
                         "Basic " +
                             QString(client->clientId + u':' + client->clientSecret).toUtf8().toBase64());
    int status = 0;
    const QByteArray body = waitFor(
        m_network.post(request, QByteArrayLiteral("grant_type=client_credentials")), &status, nullptr);
    m_adminToken = QJsonDocument::fromJson(body).object().value(u"access_token"_s).toString().toLatin1();
    return m_adminToken;
}

QString OrchestratorHarness::authorizeCard(const QString &cartId, qint64 centAmount, const QString &currency,
                                           const QString &cardNumber)
{
    const QJsonObject body{
        {u"amount"_s, QJsonObject{{u"centAmount"_s, centAmount}, {u"currencyCode"_s, currency}}},
        {u"card"_s, QJsonObject{{u"number"_s, cardNumber},
                                {u"expiryMonth"_s, 12},
                                {u"expiryYear"_s, QDate::currentDate().year() + 3},
                                {u"cvc"_s, u"123"_s},
                                {u"holder"_s, u"Ada Lovelace"_s}}},
        {u"reference"_s, cartId}};
    const HttpResult result =
        call(m_credentials.gatewayUrl, "POST", u"/v1/authorizations"_s, body, {}, {},
             {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    return result.json.value(u"id"_s).toString();
}

QString OrchestratorHarness::someSku(const QUrl &orchestrator, const QByteArray &token)
{
    const HttpResult result = call(
        orchestrator, "GET", u"/v1/products/search?priceCurrency=EUR&priceCountry=DE&limit=20"_s, {}, token);
    for (const QJsonValue &product : result.json.value(u"results"_s).toArray()) {
        const QJsonObject variant = product.toObject().value(u"masterVariant"_s).toObject();
        if (variant.contains(u"sku"_s) &&
            (variant.contains(u"price"_s) || !variant.value(u"prices"_s).toArray().isEmpty()))
            return variant.value(u"sku"_s).toString();
    }
    qWarning().noquote() << "no sku found:" << result.status << result.body.left(300);
    return {};
}

QJsonArray OrchestratorHarness::ordersOfCart(const QString &cartId)
{
    QUrl api = m_credentials.apiUrl;
    const HttpResult result =
        call(api, "GET",
             u"/"_s % m_credentials.projectKey % u"/orders?where="_s %
                 QString::fromLatin1(QUrl::toPercentEncoding(u"cart(id = \"%1\")"_s.arg(cartId))),
             {}, adminToken());
    if (result.status != 200)
        qWarning().noquote() << "order query failed:" << result.status << result.body.left(300);
    return result.json.value(u"results"_s).toArray();
}

QJsonObject OrchestratorHarness::payment(const QString &paymentId)
{
    const HttpResult result =
        call(m_credentials.apiUrl, "GET", u"/"_s % m_credentials.projectKey % u"/payments/"_s % paymentId, {},
             adminToken());
    if (result.status != 200)
        qWarning().noquote() << "payment read failed:" << result.status << result.body.left(300);
    return result.status == 200 ? result.json : QJsonObject();
}

BuyerLogin OrchestratorHarness::shopper()
{
    return {u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s};
}

BuyerLogin OrchestratorHarness::b2bBuyer()
{
    return {u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s};
}

} // namespace commercedesk::testsupport
