// SPDX-License-Identifier: MIT
// bench_api_orders — prints two tables:
//  1. decode throughput of order pages of 20 and 500 orders built from the official Order example: the
//     client's decode (api::decodeBody + json::decodeOrderPage → core::Order values) against the baseline
//     QJsonDocument::fromJson of the same bytes, in orders/s and MB/s of JSON;
//  2. the client-side cost of one order-page fetch end to end (token cached, loopback HTTP, decode) against
//     the sandbox, run as a child process so that this process's CPU time is the client's alone: wall time
//     and CPU time per page of 20 and of 500 orders.
// Usage: bench_api_orders [--seconds S] [--orders N] [--decode-only]   (N orders generated in the sandbox)
#include "OrderPageFixture.h"
#include "api/ApiSession.h"
#include "api/JsonBody.h"
#include "api/OrderClient.h"
#include "api/Transport.h"
#include "api/json/OrderJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

struct Timing
{
    double seconds = 0;
    qint64 iterations = 0;
};

template<class F>
Timing timeLoop(F work, double minSeconds)
{
    QElapsedTimer timer;
    timer.start();
    Timing t;
    do {
        work();
        ++t.iterations;
    } while (timer.nsecsElapsed() < qint64(minSeconds * 1e9));
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    return t;
}

template<class T>
std::optional<api::Result<T>> wait(api::Job<T> *job, QObject *context)
{
    std::optional<api::Result<T>> outcome;
    QEventLoop loop; // a benchmark tool, not src/: a local loop is fine here
    job->onFinished(context, [&](const api::Result<T> &r) {
        outcome = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

int decodeBenchmark(double seconds)
{
    bench::OrderPageFixture fixture;
    QString error;
    if (!fixture.load(QStringLiteral(COMMERCEDESK_REFERENCE_DIR) +
                          u"/commercetools-examples/order.example.json"_s,
                      &error)) {
        say(u"cannot read the Order example: "_s + error);
        return 1;
    }
    say(u"Decode throughput of order pages (official Order example, %1 s per cell)"_s.arg(seconds));
    say(u"| page | bytes/page | baseline QJsonDocument::fromJson orders/s | MB/s | client decodeOrderPage "
        u"orders/s | MB/s | client/baseline time |"_s);
    say(u"|---|---|---|---|---|---|---|"_s);
    qint64 sink = 0;
    for (const int size : {20, 500}) {
        api::HttpResponse response;
        response.status = 200;
        response.body = fixture.page(size);
        const auto check =
            api::decodeBody<core::PagedResult<core::Order>>(response, &api::json::decodeOrderPage);
        if (!check.ok() || check.value().results.size() != size) {
            say(u"the client does not decode the page: "_s +
                (check.ok() ? QString() : check.error().message));
            return 1;
        }
        const Timing base =
            timeLoop([&] { sink += QJsonDocument::fromJson(response.body).object().size(); }, seconds);
        const Timing client = timeLoop(
            [&] {
                const auto page =
                    api::decodeBody<core::PagedResult<core::Order>>(response, &api::json::decodeOrderPage);
                sink += page.ok() ? page.value().results.size() : 0;
            },
            seconds);
        const double mb = double(response.body.size()) / 1e6;
        const double basePerPage = base.seconds / double(base.iterations);
        const double clientPerPage = client.seconds / double(client.iterations);
        say(u"| %1 | %2 | %3 | %4 | %5 | %6 | %7x |"_s.arg(size)
                .arg(response.body.size())
                .arg(size / basePerPage, 0, 'f', 0)
                .arg(mb / basePerPage, 0, 'f', 1)
                .arg(size / clientPerPage, 0, 'f', 0)
                .arg(mb / clientPerPage, 0, 'f', 1)
                .arg(clientPerPage / basePerPage, 0, 'f', 2));
    }
    return sink > 0 ? 0 : 1;
}

// The sandbox CLI as a child process (so its CPU time is not ours).
class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }

    bool start(const QString &dataDir, int orders, QJsonObject *credentials, QString *error)
    {
        const QString exe = QStringLiteral(COMMERCEDESK_SANDBOX_EXE);
        QProcess print;
        print.start(exe, {u"--data-dir"_s, dataDir, u"--print-credentials"_s});
        if (!print.waitForFinished(120000) || print.exitCode() != 0) {
            *error = u"--print-credentials failed: "_s + QString::fromUtf8(print.readAllStandardError());
            return false;
        }
        *credentials = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
        m_process.start(exe, {u"--data-dir"_s, dataDir, u"--port"_s, u"0"_s, u"--generate-orders"_s,
                              QString::number(orders)});
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 600000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
        }
        const QByteArray prefix = "listening on ";
        const qsizetype at = out.indexOf(prefix);
        if (at < 0) {
            *error =
                u"the sandbox did not start: "_s + QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        const QString url = QString::fromUtf8(out.mid(at + prefix.size()).split('\n').first()).trimmed();
        credentials->insert(u"authUrl"_s, url);
        credentials->insert(u"apiUrl"_s, url);
        return true;
    }

private:
    QProcess m_process;
};

api::ConnectionConfig connectionFor(const QJsonObject &credentials, const QString &client)
{
    api::ConnectionConfig config;
    config.authUrl = QUrl(credentials.value("authUrl"_L1).toString());
    config.apiUrl = QUrl(credentials.value("apiUrl"_L1).toString());
    config.projectKey = credentials.value("projectKey"_L1).toString();
    for (const QJsonValue &c : credentials.value("clients"_L1).toArray()) {
        if (c["name"_L1].toString() != client)
            continue;
        config.clientId = c["clientId"_L1].toString();
        config.clientSecret = c["clientSecret"_L1].toString();
        for (const QJsonValue &s : c["scopes"_L1].toArray())
            config.scopes.append(s.toString());
    }
    return config;
}

int endToEndBenchmark(int orderCount, QObject *context)
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QJsonObject credentials;
    QString error;
    QElapsedTimer setup;
    setup.start();
    if (!sandbox.start(dir.path(), orderCount, &credentials, &error)) {
        say(error);
        return 1;
    }
    say(u"\nEnd-to-end order-page fetch against the sandbox (child process `commercedesk-sandbox "
        u"--generate-orders %1`, ready in %2 s; loopback HTTP, token cached)"_s.arg(orderCount)
            .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1));
    QNetworkAccessManager network;
    api::ApiSession merchant(&network, connectionFor(credentials, u"merchant"_s),
                             api::OAuthTokenProvider::Grant::ClientCredentials);
    api::OrderClient orders(merchant.transport());
    say(u"| page | fetches | wall ms/page (mean) | client CPU ms/page (mean) | client CPU µs/order |"_s);
    say(u"|---|---|---|---|---|"_s);
    for (const int size : {20, 500}) {
        const api::ResourceQuery query =
            api::ResourceQuery().sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending).limit(size);
        const auto warm = wait(orders.query(query), context); // token + connection warm-up
        if (!warm || !warm->ok() || warm->value().results.size() != std::min(size, orderCount)) {
            say(u"the warm-up fetch failed: "_s +
                (warm && !warm->ok() ? warm->error().diagnostic() : QString()));
            return 1;
        }
        const int fetches = size == 20 ? 100 : 20;
        QElapsedTimer wall;
        const double cpuBefore = cpuSeconds();
        wall.start();
        for (int i = 0; i < fetches; ++i) {
            const auto page = wait(orders.query(query), context);
            if (!page || !page->ok())
                return 1;
        }
        const double wallMs = double(wall.nsecsElapsed()) / 1e6 / fetches;
        const double cpuMs = (cpuSeconds() - cpuBefore) * 1000.0 / fetches;
        say(u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(size)
                .arg(fetches)
                .arg(wallMs, 0, 'f', 2)
                .arg(cpuMs, 0, 'f', 2)
                .arg(cpuMs * 1000.0 / std::min(size, orderCount), 0, 'f', 1));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"commercedesk.api.*.info=false"_s); // one line per request otherwise
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per decode cell."_s, u"s"_s, u"2"_s);
    const QCommandLineOption orders(u"orders"_s, u"Orders generated in the sandbox."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption decodeOnly(u"decode-only"_s, u"Skip the end-to-end part."_s);
    parser.addOptions({seconds, orders, decodeOnly});
    parser.process(app);
    if (const int rc = decodeBenchmark(std::max(0.1, parser.value(seconds).toDouble())); rc != 0)
        return rc;
    if (parser.isSet(decodeOnly))
        return 0;
    QObject context;
    return endToEndBenchmark(std::max(500, parser.value(orders).toInt()), &context);
}
