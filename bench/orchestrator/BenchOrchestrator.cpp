// SPDX-License-Identifier: MIT
// bench_orchestrator [--iterations N] | --concurrent N [--replicas R] [--seconds S]: p50/p90 of add-to-cart
// and place order, once directly on the sandbox (admin endpoints, the orchestrator client's token — what the
// orchestrator itself calls) and once through an orchestrator, in the same run, on loopback. The sandbox
// (with its tax extension, which runs on every cart update of both paths) and the orchestrator run in this
// process; requests are sent one at a time over keep-alive HTTP.

#include "ConcurrentLoad.h"
#include "orchestrator/Orchestrator.h"
#include "orchestrator/OrchestratorConfig.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

class Client
{
public:
    Reply send(const QUrl &url, const QByteArray &method, const QByteArray &authorization,
               const QJsonObject &body = {}, const QByteArray &contentType = "application/json",
               const QByteArray &raw = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        const QByteArray payload = !raw.isEmpty()   ? raw
                                   : body.isEmpty() ? QByteArray()
                                                    : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return out;
    }

private:
    QNetworkAccessManager m_network;
};

QUrl at(QUrl base, const QString &path)
{
    base.setPath(path);
    return base;
}

struct Figures
{
    QList<double> addToCart; ///< wall ms
    QList<double> placeOrder;
    QList<double> addToCartCpu; ///< this process's CPU ms (client + orchestrator + sandbox)
    QList<double> placeOrderCpu;
};

/// CPU time of this process in milliseconds: insensitive to other processes competing for the cores.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qBound<qsizetype>(0, qsizetype(p * (values.size() - 1) + 0.5), values.size() - 1)];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption iterations(u"iterations"_s, u"Measured actions per kind and path."_s, u"n"_s,
                                        u"200"_s);
    parser.addOption(iterations);
    const QCommandLineOption concurrent(
        u"concurrent"_s, u"Instead: this many buyers doing add-to-cart at once (see ConcurrentLoad)."_s,
        u"n"_s);
    const QCommandLineOption replicas(u"replicas"_s, u"Orchestrator processes for --concurrent."_s, u"n"_s,
                                      u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Duration of --concurrent."_s, u"s"_s, u"10"_s);
    parser.addOptions({concurrent, replicas, seconds});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(iterations).toInt();
    if (parser.isSet(concurrent))
        return bench::runConcurrentLoad(parser.value(concurrent).toInt(), parser.value(replicas).toInt(),
                                        parser.value(seconds).toInt(),
                                        QStringLiteral(COMMERCEDESK_ORCHESTRATOR_BINARY));

    QTemporaryDir dir;
    sandbox::SandboxConfig sandboxConfig;
    sandboxConfig.dataDir = dir.path();
    sandbox::Sandbox sandbox(sandboxConfig);
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const sandbox::SandboxCredentials credentials = sandbox.credentials();
    const sandbox::SandboxClient *admin = credentials.client(u"orchestrator");
    QHash<QString, QString> env{
        {u"COMMERCEDESK_CT_AUTH_URL"_s, credentials.authUrl.toString()},
        {u"COMMERCEDESK_CT_API_URL"_s, credentials.apiUrl.toString()},
        {u"COMMERCEDESK_CT_PROJECT_KEY"_s, credentials.projectKey},
        {u"COMMERCEDESK_CT_CLIENT_ID"_s, admin->clientId},
        {u"COMMERCEDESK_CT_CLIENT_SECRET"_s, admin->clientSecret},
        {u"COMMERCEDESK_SESSION_KEY"_s, QString::fromLatin1(QByteArray(48, 'b').toBase64())},
        {u"COMMERCEDESK_RATE_LIMIT_PER_MINUTE"_s, u"1000000"_s}};
    QStringList problems;
    orchestrator::Orchestrator orchestrator(
        orchestrator::OrchestratorConfig::fromEnvironment(env, &problems));
    if (!orchestrator.start(&error)) {
        std::fprintf(stderr, "orchestrator: %s\n", qPrintable(error));
        return 1;
    }

    Client client;
    const Reply token =
        client.send(at(credentials.authUrl, u"/oauth/token"_s), "POST",
                    "Basic " + QString(admin->clientId + u':' + admin->clientSecret).toUtf8().toBase64(), {},
                    "application/x-www-form-urlencoded", "grant_type=client_credentials");
    const QByteArray adminBearer = "Bearer " + token.json.value(u"access_token"_s).toString().toLatin1();
    const Reply signIn = client.send(
        at(orchestrator.url(), u"/v1/sessions/sign-in"_s), "POST", {},
        {{u"email"_s, u"shopper@commercedesk.example"_s}, {u"password"_s, u"Shopper-Demo-2026"_s}});
    const QByteArray session = "Bearer " + signIn.json.value(u"accessToken"_s).toString().toLatin1();
    const QString customerId = signIn.json.value(u"customerId"_s).toString();
    const Reply search = client.send(at(orchestrator.url(), u"/v1/products/search"_s), "GET", session);
    const QString sku = search.json.value(u"results"_s)
                            .toArray()
                            .first()
                            .toObject()
                            .value(u"masterVariant"_s)
                            .toObject()
                            .value(u"sku"_s)
                            .toString();
    if (sku.isEmpty() || customerId.isEmpty()) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }

    const QString project = u"/"_s % credentials.projectKey;
    const QJsonObject draft{{u"currency"_s, u"EUR"_s},
                            {u"country"_s, u"DE"_s},
                            {u"customerId"_s, customerId},
                            {u"taxMode"_s, u"External"_s},
                            {u"shippingAddress"_s, QJsonObject{{u"streetName"_s, u"Hafenweg"_s},
                                                               {u"postalCode"_s, u"13599"_s},
                                                               {u"city"_s, u"Berlin"_s},
                                                               {u"country"_s, u"DE"_s}}},
                            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 1}}}}};
    QJsonObject orchestratorDraft = draft;
    orchestratorDraft.remove(u"customerId"_s);
    const QJsonObject addLine{{u"action"_s, u"addLineItem"_s}, {u"sku"_s, sku}, {u"quantity"_s, 1}};

    Figures direct;
    Figures through;
    int serial = 0;
    QJsonObject lastCart;
    for (int round = 0; round < n + 10; ++round) {
        for (const bool viaOrchestrator : {false, true}) {
            Figures &figures = viaOrchestrator ? through : direct;
            const QUrl base = viaOrchestrator ? orchestrator.url() : credentials.apiUrl;
            const QString carts = viaOrchestrator ? u"/v1/carts"_s : project % u"/carts"_s;
            const QString orders = viaOrchestrator ? u"/v1/orders"_s : project % u"/orders"_s;
            const QByteArray auth = viaOrchestrator ? session : adminBearer;
            Reply cart =
                client.send(at(base, carts), "POST", auth, viaOrchestrator ? orchestratorDraft : draft);
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            cart = client.send(
                at(base, carts % u'/' % cart.json.value(u"id"_s).toString()), "POST", auth,
                {{u"version"_s, cart.json.value(u"version"_s)}, {u"actions"_s, QJsonArray{addLine}}});
            const double addMs = timer.nsecsElapsed() / 1e6;
            const double addCpu = cpuMs() - cpu;
            const QString number = u"BENCH-%1"_s.arg(++serial, 6, 10, QLatin1Char('0'));
            const QJsonObject order =
                viaOrchestrator ? QJsonObject{{u"cartId"_s, cart.json.value(u"id"_s)},
                                              {u"version"_s, cart.json.value(u"version"_s)},
                                              {u"orderNumber"_s, number}}
                                : QJsonObject{{u"cart"_s, QJsonObject{{u"typeId"_s, u"cart"_s},
                                                                      {u"id"_s, cart.json.value(u"id"_s)}}},
                                              {u"version"_s, cart.json.value(u"version"_s)},
                                              {u"orderNumber"_s, number}};
            timer.restart();
            cpu = cpuMs();
            const Reply placed = client.send(at(base, orders), "POST", auth, order);
            const double orderMs = timer.nsecsElapsed() / 1e6;
            const double orderCpu = cpuMs() - cpu;
            if (cart.status != 200 || placed.status != 201) {
                std::fprintf(stderr, "unexpected answer (%s): update %d, order %d %s\n",
                             viaOrchestrator ? "orchestrator" : "direct", cart.status, placed.status,
                             QJsonDocument(placed.json).toJson(QJsonDocument::Compact).constData());
                return 1;
            }
            lastCart = cart.json;
            if (round >= 10) { // the first rounds warm up connections and caches
                figures.addToCart.append(addMs);
                figures.placeOrder.append(orderMs);
                figures.addToCartCpu.append(addCpu);
                figures.placeOrderCpu.append(orderCpu);
            }
        }
    }
    // What one hop costs by itself: a request the orchestrator answers without commercetools (client + HTTP
    // front + routing), and one parse + serialization of the cart JSON it passes through.
    QList<double> hopCpu;
    QList<double> rawHopCpu;
    QList<double> jsonCpu;
    QList<double> parseCpu;
    const QByteArray cartJson = QJsonDocument(lastCart).toJson(QJsonDocument::Compact);
    QTcpSocket raw; // the same request on a plain keep-alive socket: what Qt's HTTP client adds
    raw.connectToHost(orchestrator.url().host(), quint16(orchestrator.url().port()));
    raw.waitForConnected(5000);
    for (int i = 0; i < n; ++i) {
        double cpu = cpuMs();
        client.send(at(orchestrator.url(), u"/healthz"_s), "GET", {});
        hopCpu.append(cpuMs() - cpu);
        cpu = cpuMs();
        raw.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QEventLoop loop;
        const auto read = QObject::connect(&raw, &QTcpSocket::readyRead, &loop, [&] {
            answer += raw.readAll();
            if (answer.endsWith("}"))
                loop.quit();
        });
        loop.exec();
        QObject::disconnect(read);
        rawHopCpu.append(cpuMs() - cpu);
        cpu = cpuMs();
        const QJsonObject parsed = QJsonDocument::fromJson(cartJson).object();
        parseCpu.append(cpuMs() - cpu);
        const QByteArray again = QJsonDocument(parsed).toJson(QJsonDocument::Compact);
        jsonCpu.append(cpuMs() - cpu + (again.isEmpty() ? 1 : 0));
    }
    std::printf("%d actions each, interleaved; wall milliseconds on loopback\n", n);
    std::printf("%-12s %10s %10s %10s %10s %12s\n", "action", "direct p50", "orch p50", "direct p90",
                "orch p90", "added p50");
    const auto row = [](const char *name, const QList<double> &d, const QList<double> &o) {
        std::printf("%-12s %10.3f %10.3f %10.3f %10.3f %12.3f\n", name, percentile(d, 0.5),
                    percentile(o, 0.5), percentile(d, 0.9), percentile(o, 0.9),
                    percentile(o, 0.5) - percentile(d, 0.5));
    };
    row("add-to-cart", direct.addToCart, through.addToCart);
    row("place-order", direct.placeOrder, through.placeOrder);
    std::printf("CPU of this process per action (client + orchestrator + sandbox), milliseconds\n");
    row("add-to-cart", direct.addToCartCpu, through.addToCartCpu);
    row("place-order", direct.placeOrderCpu, through.placeOrderCpu);
    std::printf("parts of one hop, CPU ms p50: GET /healthz round trip %.3f with Qt's HTTP client (%.3f on a "
                "plain socket), cart JSON (%lld bytes) parse + serialize %.3f (parse alone %.3f)\n",
                percentile(hopCpu, 0.5), percentile(rawHopCpu, 0.5), static_cast<long long>(cartJson.size()),
                percentile(jsonCpu, 0.5), percentile(parseCpu, 0.5));
    return 0;
}
