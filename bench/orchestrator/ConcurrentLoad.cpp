// SPDX-License-Identifier: MIT
#include "ConcurrentLoad.h"

#include "LoadSession.h"
#include "sandbox/SandboxHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

namespace {

bool spin(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

QByteArray fetch(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &post = {})
{
    QNetworkReply *reply = post.isNull() ? network.get(request) : network.post(request, post);
    spin([reply] { return reply->isFinished(); }, 30000);
    reply->deleteLater();
    return reply->readAll();
}

/// A published SKU with an EUR price for DE, read on the sandbox with `client`'s token.
QString someSku(const sandbox::SandboxCredentials &credentials, const sandbox::SandboxClient &client)
{
    QNetworkAccessManager network;
    QUrl tokenUrl = credentials.authUrl;
    tokenUrl.setPath(u"/oauth/token"_s);
    QNetworkRequest tokenRequest(tokenUrl);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    tokenRequest.setRawHeader("Authorization",
                              "Basic " +
                                  QString(client.clientId + u':' + client.clientSecret).toUtf8().toBase64());
    const QByteArray token =
        QJsonDocument::fromJson(fetch(network, tokenRequest, "grant_type=client_credentials"))
            .object()
            .value(u"access_token"_s)
            .toString()
            .toLatin1();
    QUrl search = credentials.apiUrl;
    search.setPath(u"/"_s % credentials.projectKey % u"/product-projections/search"_s);
    search.setQuery(u"priceCurrency=EUR&priceCountry=DE&limit=1"_s);
    QNetworkRequest request(search);
    request.setRawHeader("Authorization", "Bearer " + token);
    const QJsonArray results =
        QJsonDocument::fromJson(fetch(network, request)).object().value(u"results"_s).toArray();
    return results.isEmpty()
               ? QString()
               : results.first().toObject().value(u"masterVariant"_s).toObject().value(u"sku"_s).toString();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// VmRSS of a process in KiB (0 when unknown).
qint64 rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// User + system CPU seconds of a process so far.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qBound<qsizetype>(0, qsizetype(p * (values.size() - 1) + 0.5), values.size() - 1)];
}

} // namespace

int runConcurrentLoad(int sessions, int replicas, int seconds, const QString &binary)
{
    QTemporaryDir data;
    QTemporaryDir revocations;
    sandbox::SandboxConfig config;
    config.dataDir = data.path();
    sandbox::SandboxHost host;
    std::optional<sandbox::SandboxCredentials> credentials;
    QObject::connect(&host, &sandbox::SandboxHost::started,
                     [&credentials](const auto &c) { credentials = c; });
    host.start(config);
    if (!spin([&credentials] { return credentials.has_value(); }, 600000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const sandbox::SandboxClient *client = credentials->client(u"orchestrator");
    const QString sku = someSku(*credentials, *client);
    if (sku.isEmpty()) {
        std::fprintf(stderr, "no SKU\n");
        return 1;
    }

    std::vector<std::unique_ptr<QProcess>> processes;
    QList<quint16> ports;
    for (int r = 0; r < replicas; ++r) {
        auto process = std::make_unique<QProcess>();
        const quint16 port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COMMERCEDESK_CT_AUTH_URL"_s, credentials->authUrl.toString());
        env.insert(u"COMMERCEDESK_CT_API_URL"_s, credentials->apiUrl.toString());
        env.insert(u"COMMERCEDESK_CT_PROJECT_KEY"_s, credentials->projectKey);
        env.insert(u"COMMERCEDESK_CT_CLIENT_ID"_s, client->clientId);
        env.insert(u"COMMERCEDESK_CT_CLIENT_SECRET"_s, client->clientSecret);
        env.insert(u"COMMERCEDESK_CT_SCOPES"_s, client->scopes.join(u' '));
        env.insert(u"COMMERCEDESK_SESSION_KEY"_s, QString::fromLatin1(QByteArray(48, 'c').toBase64()));
        env.insert(u"COMMERCEDESK_REVOCATION_DIR"_s, revocations.path());
        env.insert(u"COMMERCEDESK_RATE_LIMIT_PER_MINUTE"_s, u"1000000"_s);
        env.insert(u"COMMERCEDESK_PORT"_s, QString::number(port));
        process->setProcessEnvironment(env);
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start(binary, {});
        const bool listening = spin(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(100);
            },
            15000);
        if (!listening) {
            std::fprintf(stderr, "orchestrator replica %d did not start\n", r);
            return 1;
        }
        ports << port;
        processes.push_back(std::move(process));
    }

    std::vector<std::unique_ptr<LoadSession>> buyers;
    int ready = 0;
    int failures = 0;
    for (int i = 0; i < sessions; ++i) {
        auto buyer = std::make_unique<LoadSession>(u"127.0.0.1"_s, ports[i % replicas], sku);
        QObject::connect(buyer.get(), &LoadSession::ready, [&ready] { ++ready; });
        QObject::connect(buyer.get(), &LoadSession::failed, [&failures](const QString &why) {
            ++failures;
            std::fprintf(stderr, "buyer failed: %s\n", qPrintable(why));
        });
        buyer->prepare();
        buyers.push_back(std::move(buyer));
    }
    if (!spin([&] { return ready + failures == sessions; }, 60000) || failures > 0)
        return 1;

    QList<double> cpuBefore;
    for (const auto &p : processes)
        cpuBefore << cpuSeconds(p->processId());
    const double selfBefore = cpuSeconds(getpid());
    QElapsedTimer wall;
    wall.start();
    for (const auto &buyer : buyers)
        buyer->begin();
    spin([] { return false; }, seconds * 1000LL);
    for (const auto &buyer : buyers)
        buyer->stop();
    const double elapsed = wall.nsecsElapsed() / 1e9;
    spin([] { return false; }, 500); // answers in flight
    QList<double> latencies;
    int errors = 0;
    for (const auto &buyer : buyers) {
        latencies += buyer->latenciesMs();
        errors += buyer->errors();
    }
    std::printf("%d buyers on %d orchestrator replica(s), add-to-cart for %.1f s: %lld requests, %d errors\n",
                sessions, replicas, elapsed, static_cast<long long>(latencies.size()), errors);
    std::printf("throughput %.0f add-to-cart/s, latency p50 %.2f ms, p99 %.2f ms\n",
                latencies.size() / elapsed, percentile(latencies, 0.5), percentile(latencies, 0.99));
    for (int r = 0; r < replicas; ++r) {
        const qint64 pid = processes[r]->processId();
        std::printf("replica %d: RSS %.1f MiB, CPU %.0f %% of one core\n", r, rssKb(pid) / 1024.0,
                    100 * (cpuSeconds(pid) - cpuBefore[r]) / elapsed);
    }
    std::printf(
        "this process (sandbox thread + its outside systems + the %d buyers): RSS %.1f MiB, CPU %.0f %% "
        "of one core\n",
        sessions, rssKb(getpid()) / 1024.0, 100 * (cpuSeconds(getpid()) - selfBefore) / elapsed);
    buyers.clear();
    for (const auto &p : processes) {
        p->terminate();
        p->waitForFinished(5000);
    }
    host.stop();
    return errors == 0 ? 0 : 1;
}

} // namespace commercedesk::bench
