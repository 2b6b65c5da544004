// SPDX-License-Identifier: MIT
#include "LabdMockPeer.h"

#include "api/ClientSupport.h"
#include "api/Transport.h"
#include "support/TestNetwork.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace commercedesk::conformance {

namespace {

QJsonObject ref(const QString &typeId, const QString &key)
{
    return QJsonObject{{u"typeId"_s, typeId}, {u"key"_s, key}};
}

QJsonObject eur(qint64 cents)
{
    return QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, cents}};
}

} // namespace

LabdMockPeer::~LabdMockPeer()
{
    stop();
}

QString LabdMockPeer::start()
{
    const QString dir = qEnvironmentVariable("COMMERCEDESK_CT_MOCK_DIR");
    const QString script = QDir(dir).filePath(u"server.mjs"_s);
    if (dir.isEmpty() || !QFileInfo::exists(script) ||
        !QFileInfo::exists(QDir(dir).filePath(u"node_modules/@labdigital/commercetools-mock/package.json"_s)))
        return u"the pinned commercetools-mock is not installed in '%1' (tests/conformance/install-peer.sh)"_s
            .arg(dir);
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CT_MOCK_PORT"_s, u"0"_s);
    env.insert(u"CT_MOCK_AUTH"_s, u"true"_s);
    env.insert(u"CT_MOCK_PROJECT"_s, QString::fromLatin1(kProjectKey));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(dir);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(u"node"_s, {script});
    if (!m_process->waitForStarted(10000))
        return u"node did not start: "_s + m_process->errorString();
    // server.mjs prints "listening <port>" once the socket accepts connections.
    QByteArray out;
    const bool ready = QTest::qWaitFor(
        [&] {
            out += m_process->readAllStandardOutput();
            return out.contains('\n') || m_process->state() != QProcess::Running;
        },
        60000);
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (!ready || words.size() != 2 || words.at(0) != "listening")
        return u"the mock did not report its port: "_s +
               QString::fromUtf8(out + m_process->readAllStandardError());
    m_port = quint16(words.at(1).toUInt());
    return m_port ? QString() : u"bad port"_s;
}

void LabdMockPeer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate(); // SIGTERM to its PID: server.mjs closes Fastify and exits 0
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

qint64 LabdMockPeer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

api::ConnectionConfig LabdMockPeer::connection(const QStringList &scopes) const
{
    api::ConnectionConfig config;
    config.authUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
    config.apiUrl = config.authUrl;
    config.projectKey = QString::fromLatin1(kProjectKey);
    config.clientId = u"conformance"_s;
    config.clientSecret = u"conformance-secret"_s;
    config.scopes = scopes;
    return config;
}

QString LabdMockPeer::post(api::ApiSession &admin, const QString &path, const QJsonObject &draft,
                           QObject *context)
{
    auto *job = admin.transport()->send<QJsonObject>(
        api::HttpRequest::post(path, api::jsonBytes(draft)),
        [](const api::HttpResponse &response) -> api::Result<QJsonObject> {
            return QJsonDocument::fromJson(response.body).object();
        });
    std::optional<api::Result<QJsonObject>> outcome;
    job->onFinished(context, [&outcome](const api::Result<QJsonObject> &r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000))
        return path + u": no answer"_s;
    return outcome->ok() ? QString() : path + u": "_s + outcome->error().diagnostic();
}

QString LabdMockPeer::seed(QObject *context)
{
    api::ApiSession admin(testsupport::testNetwork(), connection({u"manage_project"_s}),
                          api::OAuthTokenProvider::Grant::ClientCredentials);
    const QJsonObject taxCategory{{u"key"_s, u"standard"_s},
                                  {u"name"_s, u"Standard"_s},
                                  {u"rates"_s, QJsonArray{QJsonObject{{u"name"_s, u"DE VAT 19%"_s},
                                                                      {u"amount"_s, 0.19},
                                                                      {u"includedInPrice"_s, true},
                                                                      {u"country"_s, u"DE"_s}}}}};
    const QJsonObject zone{{u"key"_s, u"de"_s},
                           {u"name"_s, u"Germany"_s},
                           {u"locations"_s, QJsonArray{QJsonObject{{u"country"_s, u"DE"_s}}}}};
    const QJsonObject shippingMethod{
        {u"key"_s, QString::fromLatin1(kShippingMethodKey)},
        {u"name"_s, u"Standard DE"_s},
        {u"taxCategory"_s, ref(u"tax-category"_s, u"standard"_s)},
        {u"isDefault"_s, true},
        {u"zoneRates"_s,
         QJsonArray{QJsonObject{{u"zone"_s, ref(u"zone"_s, u"de"_s)},
                                {u"shippingRates"_s, QJsonArray{QJsonObject{{u"price"_s, eur(495)}}}}}}}};
    const QJsonObject productType{{u"key"_s, u"generic"_s},
                                  {u"name"_s, u"Generic"_s},
                                  {u"description"_s, u"generic"_s},
                                  {u"attributes"_s, QJsonArray()}};
    const QJsonObject product{
        {u"key"_s, u"mug-classic"_s},
        {u"productType"_s, ref(u"product-type"_s, u"generic"_s)},
        {u"name"_s, QJsonObject{{u"en"_s, u"Classic Mug"_s}, {u"de"_s, u"Klassische Tasse"_s}}},
        {u"slug"_s, QJsonObject{{u"en"_s, u"classic-mug"_s}, {u"de"_s, u"klassische-tasse"_s}}},
        {u"taxCategory"_s, ref(u"tax-category"_s, u"standard"_s)},
        {u"publish"_s, true},
        {u"masterVariant"_s, QJsonObject{{u"sku"_s, QString::fromLatin1(kSku)},
                                         {u"prices"_s, QJsonArray{QJsonObject{{u"value"_s, eur(1299)},
                                                                              {u"country"_s, u"DE"_s}}}}}}};
    const QList<std::pair<QString, QJsonObject>> drafts{{u"/tax-categories"_s, taxCategory},
                                                        {u"/zones"_s, zone},
                                                        {u"/shipping-methods"_s, shippingMethod},
                                                        {u"/product-types"_s, productType},
                                                        {u"/products"_s, product}};
    for (const auto &[path, draft] : drafts) {
        if (const QString error = post(admin, path, draft, context); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace commercedesk::conformance
