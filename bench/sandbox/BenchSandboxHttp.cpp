// SPDX-License-Identifier: MIT
// bench_sandbox_http: the sandbox against the pinned @labdigital/commercetools-mock over loopback HTTP
// (issue #3 "Measured"). Both servers run as CHILD processes; this process is only the load generator:
// raw keep-alive HTTP/1.1 over QTcpSocket (one request in flight per connection, closed loop), so the
// client costs microseconds per request and the figures are the servers'. Prints a markdown table.
#include "BenchTarget.h"
#include "EmulatorLoader.h"
#include "HttpConnection.h"
#include "LoadRun.h"
#include "Scenarios.h"
#include "ServerProcess.h"
#include "Shapes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::bench;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text % u'\n'), stdout);
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

struct Options
{
    qint64 orders = 10000;
    double seconds = 10;
    int connections = 4;
    qint64 minRequests = 20;
    bool sandboxOnly = false;
    bool shapes = false;
    QString sandboxBin;
    QString peerDir;
    QString dataDir;         // existing data dir to reuse (no generation)
    QStringList sandboxArgs; // passed on to commercedesk-sandbox (e.g. --read-workers=0)
};

std::optional<Options> parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Sandbox vs @labdigital/commercetools-mock over loopback HTTP."_s);
    p.addHelpOption();
    const QCommandLineOption orders(u"orders"_s, u"Orders to generate (default 10000)."_s, u"n"_s,
                                    u"10000"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per measurement (default 10)."_s, u"s"_s,
                                     u"10"_s);
    const QCommandLineOption conns(u"connections"_s, u"Concurrent keep-alive connections (default 4)."_s,
                                   u"n"_s, u"4"_s);
    const QCommandLineOption minimum(u"min-requests"_s,
                                     u"At least this many units per cell, however long (default 20)."_s,
                                     u"n"_s, u"20"_s);
    const QCommandLineOption only(u"sandbox-only"_s, u"Skip the emulator (100k/1M runs)."_s);
    const QCommandLineOption shapes(
        u"shapes"_s, u"Sandbox only: the request shapes of issue 21 (in + sort, offset 9980, "
                     u"limit 500, keyset depths, SKU filter, by id while a slow query runs)."_s);
    const QCommandLineOption bin(u"sandbox-bin"_s, u"commercedesk-sandbox executable."_s, u"path"_s,
                                 QStringLiteral(COMMERCEDESK_SANDBOX_EXE));
    const QCommandLineOption peer(u"peer-dir"_s,
                                  u"Install folder of the pinned emulator (install-peer.sh)."_s, u"path"_s,
                                  QStringLiteral(COMMERCEDESK_PEER_DIR));
    const QCommandLineOption data(
        u"data-dir"_s, u"Reuse this sandbox data dir as it is (no generation; --orders ignored)."_s,
        u"dir"_s);
    const QCommandLineOption sandboxArg(
        u"sandbox-arg"_s,
        u"An argument for commercedesk-sandbox, e.g. --sandbox-arg=--read-workers=0 "
        u"(repeatable)."_s,
        u"arg"_s);
    p.addOptions({orders, seconds, conns, minimum, only, shapes, bin, peer, data, sandboxArg});
    p.process(app);
    Options o;
    bool ok1 = false, ok2 = false, ok3 = false;
    o.orders = p.value(orders).toLongLong(&ok1);
    o.seconds = p.value(seconds).toDouble(&ok2);
    o.connections = p.value(conns).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.orders < 0 || o.seconds <= 0 || o.connections < 1) {
        say(u"error: --orders, --seconds and --connections need positive numbers"_s);
        return std::nullopt;
    }
    o.minRequests = p.value(minimum).toLongLong();
    o.shapes = p.isSet(shapes);
    o.sandboxOnly = p.isSet(only) || o.shapes;
    o.sandboxBin = p.value(bin);
    o.peerDir = p.value(peer);
    o.dataDir = p.value(data);
    o.sandboxArgs = p.values(sandboxArg);
    return o;
}

QList<HttpConnection *> openConnections(const BenchTarget &target, int count, QObject *owner)
{
    QList<HttpConnection *> list;
    for (int i = 0; i < count; ++i) {
        auto *c = new HttpConnection(target.host, target.port, owner);
        c->setAuthorization(target.authorization);
        list.append(c);
    }
    return list;
}

int connectionsOpened(const QList<HttpConnection *> &list)
{
    int n = 0;
    for (const HttpConnection *c : list)
        n += c->connections();
    return n;
}

// Starts the sandbox, waits for its port, gets a merchant token. Empty target.name on failure.
BenchTarget startSandbox(ServerProcess &process, const Options &o, const QString &dataDir, QString *error)
{
    BenchTarget t;
    QProcess print;
    print.start(o.sandboxBin, {u"--data-dir"_s, dataDir, u"--seed"_s, u"demo"_s, u"--print-credentials"_s});
    if (!print.waitForFinished(300000) || print.exitCode() != 0) {
        *error = u"--print-credentials failed: "_s % QString::fromUtf8(print.readAllStandardError());
        return {};
    }
    const QJsonObject credentials = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
    // --no-outside: no tax service, payment gateway or OMS beside the server (the emulator has none, and
    // the OMS would otherwise work through the orders' messages during the measurement).
    QStringList args{u"--port"_s, u"0"_s,    u"--data-dir"_s,  dataDir,
                     u"--seed"_s, u"demo"_s, u"--no-outside"_s};
    if (o.dataDir.isEmpty())
        args << u"--generate-orders"_s << QString::number(o.orders);
    args << o.sandboxArgs;
    QElapsedTimer timer;
    timer.start();
    const QString url = process.start(o.sandboxBin, args, u"listening on "_s, 3600 * 1000, error);
    if (url.isEmpty())
        return {};
    say(u"sandbox ready in %1 s (pid %2, %3)"_s.arg(timer.elapsed() / 1000.0)
            .arg(process.pid())
            .arg(o.dataDir.isEmpty() ? u"generated %1 orders"_s.arg(o.orders) : u"reused "_s % dataDir));
    t.name = u"sandbox"_s;
    t.port = quint16(QUrl(url).port());
    const QString projectKey = credentials.value(u"projectKey"_s).toString();
    t.prefix = '/' + projectKey.toUtf8();
    for (const QJsonValue &v : credentials.value(u"clients"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"name"_s).toString() != u"merchant"_s)
            continue;
        HttpConnection auth(t.host, t.port);
        auth.setAuthorization(
            "Basic " + (c.value(u"clientId"_s).toString() % u':' % c.value(u"clientSecret"_s).toString())
                           .toUtf8()
                           .toBase64());
        const HttpConnection::Reply r =
            Scenarios::call(auth, "POST", "/oauth/token", "grant_type=client_credentials",
                            "application/x-www-form-urlencoded");
        const QString token = QJsonDocument::fromJson(r.body).object().value(u"access_token"_s).toString();
        if (token.isEmpty()) {
            *error = u"merchant token: HTTP %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            return {};
        }
        t.authorization = "Bearer " + token.toUtf8();
    }
    return t;
}

// Ids spread over the whole store: 10 keyset pages of 100 starting at evenly spaced creation times.
bool sampleOrderIds(BenchTarget &t, HttpConnection &c, qint64 *total, QString *error)
{
    auto page = [&](const QByteArray &query) {
        const HttpConnection::Reply r = Scenarios::call(c, "GET", t.prefix + query);
        return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
    };
    const QJsonObject newest = page("/orders?limit=1&sort=createdAt%20desc");
    const QJsonObject oldest = page("/orders?limit=1&sort=createdAt%20asc&withTotal=false");
    *total = newest.value(u"total"_s).toInteger(-1);
    const QDateTime from = QDateTime::fromString(
        oldest.value(u"results"_s).toArray().at(0).toObject().value(u"createdAt"_s).toString(),
        Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(
        newest.value(u"results"_s).toArray().at(0).toObject().value(u"createdAt"_s).toString(),
        Qt::ISODateWithMs);
    if (!from.isValid() || !to.isValid()) {
        *error = u"the sandbox has no orders"_s;
        return false;
    }
    const qint64 span = from.msecsTo(to);
    for (int k = 0; k < 10; ++k) {
        const QString at = from.addMSecs(span * k / 10).toUTC().toString(Qt::ISODateWithMs);
        const QJsonObject p = page("/orders?limit=100&withTotal=false&sort=createdAt%20asc&where=" +
                                   QUrl::toPercentEncoding(u"createdAt >= \""_s % at % u'"'));
        for (const QJsonValue &v : p.value(u"results"_s).toArray())
            t.orderIds.append(v.toObject().value(u"id"_s).toString().toUtf8());
    }
    return !t.orderIds.isEmpty();
}

bool ensurePeer(const QString &peerDir, QString *error)
{
    if (QFileInfo::exists(peerDir % u"/node_modules/@labdigital/commercetools-mock/package.json"_s) &&
        QFileInfo::exists(peerDir % u"/server.mjs"_s))
        return true;
    say(u"installing the pinned emulator into "_s % peerDir % u" (install-peer.sh)"_s);
    QProcess install;
    install.setProcessChannelMode(QProcess::ForwardedChannels);
    install.start(QStringLiteral(COMMERCEDESK_CONFORMANCE_DIR) % u"/install-peer.sh"_s, {peerDir});
    if (!install.waitForFinished(900000) || install.exitCode() != 0) {
        *error = u"install-peer.sh failed"_s;
        return false;
    }
    return true;
}

struct Cell
{
    double perSecond = 0, p50 = 0, p99 = 0;
    qint64 units = 0, failures = 0;
};

Cell measure(const QList<HttpConnection *> &connections, const LoadRun::Unit &unit, double seconds,
             qint64 maxUnits, qint64 minUnits)
{
    const LoadRun::Result r = LoadRun::run(connections, unit, seconds, maxUnits, minUnits);
    return {r.perSecond(), r.percentileMs(50), r.percentileMs(99), r.units, r.failures};
}

QString cellText(const Cell &c)
{
    QString s = u"%1 | %2 | %3"_s.arg(c.perSecond, 0, 'f', 1).arg(c.p50, 0, 'f', 2).arg(c.p99, 0, 'f', 2);
    if (c.failures > 0)
        s += u" (%1 of %2 failed)"_s.arg(c.failures).arg(c.units);
    return s;
}

struct Side
{
    BenchTarget *target = nullptr;
    QList<HttpConnection *> connections;
};

// One row: warm-up (a tenth of the time), then the measurement, per side in turn.
QList<Cell> row(QList<Side> &sides, const std::function<LoadRun::Unit(BenchTarget &)> &make, double seconds,
                qint64 minUnits, bool consumesCarts)
{
    QList<Cell> cells;
    for (Side &side : sides) {
        const LoadRun::Unit unit = make(*side.target);
        if (consumesCarts) {
            cells.append(measure(side.connections, unit, seconds, side.target->readyCarts.size(), 0));
            continue;
        }
        LoadRun::run(side.connections, unit, seconds / 10, 0, side.connections.size());
        cells.append(measure(side.connections, unit, seconds, 0, minUnits));
    }
    return cells;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto options = parse(app);
    if (!options)
        return 2;
    const Options &o = *options;
    QString error;
    say(u"load average at start: "_s % loadAverage());

    QTemporaryDir tmp;
    const QString dataDir = o.dataDir.isEmpty() ? tmp.filePath(u"sandbox"_s) : o.dataDir;
    ServerProcess sandboxProcess(u"commercedesk-sandbox"_s);
    BenchTarget sandbox = startSandbox(sandboxProcess, o, dataDir, &error);
    if (sandbox.name.isEmpty()) {
        say(u"error: "_s % error);
        return 1;
    }
    QObject owner;
    QList<Side> sides{{&sandbox, openConnections(sandbox, o.connections, &owner)}};
    qint64 total = 0;
    if (!sampleOrderIds(sandbox, *sides[0].connections.at(0), &total, &error)) {
        say(u"error: "_s % error);
        return 1;
    }
    say(u"sandbox store: %1 orders (total as reported by GET /orders)"_s.arg(total));

    ServerProcess emulatorProcess(u"commercetools-mock"_s);
    BenchTarget emulator;
    EmulatorLoader loader;
    if (!o.sandboxOnly) {
        QElapsedTimer timer;
        timer.start();
        if (!loader.readSandbox(sandbox, *sides[0].connections.at(0), &error) ||
            !ensurePeer(o.peerDir, &error)) {
            say(u"error: "_s % error);
            return 1;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CT_MOCK_PORT"_s, u"0"_s);
        env.insert(u"CT_MOCK_PROJECT"_s, QString::fromUtf8(sandbox.prefix.mid(1)));
        const QString port = emulatorProcess.start(u"node"_s, {u"server.mjs"_s}, u"listening "_s, 60000,
                                                   &error, env, o.peerDir);
        if (port.isEmpty()) {
            say(u"error: "_s % error);
            return 1;
        }
        emulator.name = u"emulator"_s;
        emulator.port = quint16(port.toUInt());
        emulator.prefix = sandbox.prefix;
        sides.append({&emulator, openConnections(emulator, o.connections, &owner)});
        if (!loader.load(emulator, sides[1].connections, &error)) {
            say(u"error: "_s % error);
            return 1;
        }
        say(u"emulator (pid %1) loaded with the sandbox's %2 orders in %3 s"_s.arg(emulatorProcess.pid())
                .arg(emulator.orderIds.size())
                .arg(timer.elapsed() / 1000.0));
        sandbox.sku = emulator.sku = loader.cartSku();
    }
    if (sandbox.sku.isEmpty()) {
        // Sandbox alone: a SKU from one of its own DE B2C orders.
        sandbox.sku = EmulatorLoader::sandboxCartSku(sandbox, *sides[0].connections.at(0));
    }
    say(u"cart SKU: "_s % sandbox.sku);

    const double s = o.seconds;
    struct Row
    {
        QString name;
        std::function<LoadRun::Unit(BenchTarget &)> make;
        bool consumesCarts = false;
    };
    QList<Row> rows{
        {u"GET /orders?limit=20&sort=createdAt desc"_s,
         [](BenchTarget &t) { return Scenarios::get(t, "/orders?limit=20&sort=createdAt%20desc"); }},
        {u"GET /orders?limit=20&sort=createdAt desc&where=orderState=\"Open\""_s,
         [](BenchTarget &t) {
             return Scenarios::get(t, "/orders?limit=20&sort=createdAt%20desc&where=orderState%3D%22Open%22");
         }},
        {u"GET /orders/{id}"_s, [](BenchTarget &t) { return Scenarios::orderById(t); }},
        {u"cart create + 3 updates (one unit = 4 requests)"_s,
         [](BenchTarget &t) { return Scenarios::cartWithUpdates(t); }},
        {u"POST /orders (from a ready cart)"_s, [](BenchTarget &t) { return Scenarios::orderFromCart(t); },
         true},
    };
    std::unique_ptr<HttpConnection> slowConnection;
    std::unique_ptr<Shapes::Background> slow;
    if (o.shapes) {
        rows.clear();
        for (const Shape &shape : Shapes::all(sandbox, *sides[0].connections.at(0)))
            rows.append({shape.name, [unit = shape.unit](BenchTarget &) { return unit; }});
        rows.append({u"GET /orders/{id} while another client runs: "_s %
                         QString::fromUtf8(Shapes::slowQuery(sandbox)),
                     [&](BenchTarget &t) {
                         if (!slow) { // started with the row (warm-up included), stopped at the end
                             slowConnection = std::make_unique<HttpConnection>(t.host, t.port);
                             slowConnection->setAuthorization(t.authorization);
                             slow = std::make_unique<Shapes::Background>(*slowConnection,
                                                                         t.prefix + Shapes::slowQuery(t));
                         }
                         return Scenarios::orderById(t);
                     }});
    }
    QStringList lines;
    for (const Row &r : rows) {
        const QList<Cell> cells = row(sides, r.make, s, o.minRequests, r.consumesCarts);
        QString line = u"| "_s % r.name % u" | "_s % cellText(cells.at(0));
        if (cells.size() > 1) {
            const double ratio =
                cells.at(1).perSecond > 0 ? cells.at(0).perSecond / cells.at(1).perSecond : 0;
            line += u" | "_s % cellText(cells.at(1)) % u" | "_s % QString::number(ratio, 'f', 1) % u"×"_s;
        }
        lines.append(line % u" |"_s);
        say(u"measured: "_s % r.name);
    }
    if (slow) {
        slow->stop();
        say(u"slow query answered %1 times during the by-id row"_s.arg(slow->answered()));
    }

    say(u"\n%1 orders, %2 keep-alive connections per server, %3 s (and at least %5 units) per cell after a "
        u"%4 s warm-up; client: raw QTcpSocket HTTP/1.1, one request in flight per connection."_s.arg(total)
            .arg(o.connections)
            .arg(s)
            .arg(s / 10)
            .arg(o.minRequests));
    if (sides.size() > 1) {
        say(u"\n| request | sandbox req/s | p50 ms | p99 ms | emulator req/s | p50 ms | p99 ms | ratio |"_s);
        say(u"|---|---|---|---|---|---|---|---|"_s);
    } else {
        say(u"\n| request | sandbox req/s | p50 ms | p99 ms |"_s);
        say(u"|---|---|---|---|"_s);
    }
    for (const QString &l : std::as_const(lines))
        say(l);
    say(u"\nTCP connections opened: sandbox %1%2 (keep-alive held if this equals the connection count)"_s
            .arg(connectionsOpened(sides[0].connections))
            .arg(sides.size() > 1 ? u", emulator %1"_s.arg(connectionsOpened(sides[1].connections))
                                  : QString()));
    say(u"sandbox child: VmHWM %1 MB, VmRSS %2 MB"_s.arg(sandboxProcess.statusKb("VmHWM") / 1024.0, 0, 'f', 1)
            .arg(sandboxProcess.statusKb("VmRSS") / 1024.0, 0, 'f', 1));
    if (sides.size() > 1)
        say(u"emulator child: VmHWM %1 MB, VmRSS %2 MB"_s
                .arg(emulatorProcess.statusKb("VmHWM") / 1024.0, 0, 'f', 1)
                .arg(emulatorProcess.statusKb("VmRSS") / 1024.0, 0, 'f', 1));
    say(u"load average at end: "_s % loadAverage());
    return 0;
}
