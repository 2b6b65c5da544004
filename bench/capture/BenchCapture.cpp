// SPDX-License-Identifier: MIT
// Bulk capture figures (issue #16 "Measured"; run by hand, see docs/benchmarks.md "Bulk capture"): the
// merchant's merchant::BulkCapture, as the desk's "Capture…" runs it, over --orders orders whose card
// payments the sandbox's payment gateway authorized, against the sandbox (in its own thread, SandboxHost)
// over loopback HTTP. Two runs on fresh orders in the same process: the baseline with a healthy gateway, then
// the gateway failing --failure of its calls (fault "gateway:*:error:503@RATE"). Per run: wall time, HTTP
// requests the merchant client sent per order (token, payment reads, intents), per-order results, and
// double captures — from the gateway's own log (GET /v1/authorizations/{id} "operations": captures beyond
// one) and from the payments (successful Charges beyond one, or captured ≠ authorized).
// Usage: QT_QPA_PLATFORM=offscreen bench_capture [--orders N] [--failure RATE]
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "core/PaymentBalance.h"
#include "merchant/BulkCapture.h"
#include "merchant/OrderActionService.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/AuthorizedOrders.h"
#include "support/SandboxConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/// The merchant client's network: counts every request it sends (retries included).
class CountingNetwork final : public QNetworkAccessManager
{
public:
    qint64 requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct RunFigures
{
    double wallMs = 0;
    qint64 requests = 0;
    int captured = 0;
    int failed = 0;
    int doubleCaptures = 0; // gateway log: captures beyond one per authorization
    int doubleCharges = 0;  // payments: successful Charges beyond one, or captured ≠ authorized
};

/// Captures in the gateway's log of `payment`'s authorization (-1 when it cannot be read).
int gatewayCaptures(const QUrl &gatewayUrl, const core::Payment &payment)
{
    QUrl url = gatewayUrl;
    url.setPath(u"/v1/authorizations/%1"_s.arg(payment.interfaceId.value_or(QString())));
    QNetworkReply *reply = testsupport::testNetwork()->get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return -1;
    int captures = 0;
    for (const QJsonValue &op :
         QJsonDocument::fromJson(reply->readAll()).object().value(u"operations"_s).toArray())
        captures += op.toObject().value(u"operation"_s).toString() == u"capture"_s ? 1 : 0;
    return captures;
}

RunFigures run(const sandbox::SandboxCredentials &credentials, const QList<core::Order> &orders)
{
    CountingNetwork network;
    const api::ConnectionConfig connection = testsupport::sandboxConnection(credentials, u"merchant");
    api::ApiSession session(&network, connection, api::OAuthTokenProvider::Grant::ClientCredentials);
    api::PaymentClient payments(session.transport());
    api::PaymentIntentClient intents(session.transport());
    api::OrderClient orderClient(session.transport());
    merchant::OrderActionService actions(&orderClient); // as the desk runs it: paymentState follows
    merchant::BulkCapture capture(&payments, &intents, &actions);
    RunFigures figures;
    QEventLoop loop;
    QObject::connect(&capture, &merchant::BulkRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    capture.start(orders);
    loop.exec();
    figures.wallMs = double(timer.nsecsElapsed()) / 1e6;
    figures.requests = network.requests;
    for (const merchant::BulkItemResult &result : capture.results()) {
        if (result.status == merchant::BulkItemResult::Status::Applied)
            ++figures.captured;
        else
            ++figures.failed;
    }
    // The check, with another client: each payment captured once, in the gateway's log and in the payment.
    auto checker = testsupport::sandboxConnection(credentials, u"merchant");
    api::ApiSession checkSession(testsupport::testNetwork(), checker,
                                 api::OAuthTokenProvider::Grant::ClientCredentials);
    api::PaymentClient reader(checkSession.transport());
    for (const core::Order &order : orders) {
        const auto payment = testsupport::awaitValue(reader.byId(order.paymentInfo.payments.first().id));
        if (!payment) {
            ++figures.doubleCharges; // unknown counts against us
            continue;
        }
        figures.doubleCaptures += std::max(0, gatewayCaptures(credentials.gatewayUrl, *payment) - 1);
        int charges = 0;
        for (const core::Transaction &t : payment->transactions)
            charges += t.type == core::TransactionType::Charge && t.state == core::TransactionState::Success;
        const auto balance = core::PaymentBalance::of(*payment);
        if (charges > 1 ||
            (balance.ok() && balance->captured.centAmount() > balance->authorized.centAmount()))
            ++figures.doubleCharges;
    }
    return figures;
}

QString line(const QString &name, const RunFigures &f, int orders)
{
    return u"%1: wall %2 ms (%3 ms/order), requests/order %4, captured %5, failed %6, double captures "
           u"(gateway log) %7, double charges (payments) %8"_s.arg(name)
               .arg(f.wallMs, 0, 'f', 0)
               .arg(f.wallMs / orders, 0, 'f', 2)
               .arg(double(f.requests) / orders, 0, 'f', 2)
               .arg(f.captured)
               .arg(f.failed)
               .arg(f.doubleCaptures)
               .arg(f.doubleCharges);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"orders"_s, u"Orders per run (default 1000)."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"failure"_s, u"Share of gateway calls failing in the second run (default 0.1)."_s,
                      u"rate"_s, u"0.1"_s});
    parser.process(app);
    const int count = parser.value(u"orders"_s).toInt();
    const double rate = parser.value(u"failure"_s).toDouble();
    QLoggingCategory::setFilterRules(u"commercedesk.*.info=false"_s);

    QTemporaryDir dir;
    sandbox::SandboxHost host;
    sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    config.passwordIterations = 1000;
    config.outside.services = {u"gateway"_s};
    QEventLoop started;
    QObject::connect(&host, &sandbox::SandboxHost::started, &started, &QEventLoop::quit);
    host.start(config);
    started.exec();
    QString error;
    if (!sandbox::OrderGenerator::generateInFile(dir.filePath(u"sandbox.sqlite"_s), 2 * count, 16, {}, {},
                                                 &error)) {
        say(u"generation failed: "_s + error);
        return 1;
    }
    const sandbox::SandboxCredentials credentials = host.credentials();
    api::ApiSession setup(testsupport::testNetwork(),
                          testsupport::sandboxConnection(credentials, u"merchant"),
                          api::OAuthTokenProvider::Grant::ClientCredentials);
    api::OrderClient orderClient(setup.transport());
    QList<core::Order> authorized;
    std::optional<QString> after;
    QElapsedTimer prepare;
    prepare.start();
    while (authorized.size() < 2 * count) {
        api::ResourceQuery query = api::ResourceQuery().sort(u"id"_s).limit(100);
        if (after)
            query.where(u"id > :after"_s).variable(u"after"_s, *after);
        const auto page = testsupport::awaitValue(orderClient.query(query));
        if (!page || page->results.isEmpty())
            break;
        after = page->results.last().id;
        for (const core::Order &order : page->results) {
            if (authorized.size() >= 2 * count)
                break;
            const auto paid = testsupport::authorizeOrder(setup.transport(), credentials.gatewayUrl, order);
            if (!paid) {
                say(u"could not authorize order %1"_s.arg(order.id));
                return 1;
            }
            authorized.append(*paid);
        }
    }
    if (authorized.size() < 2 * count) {
        say(u"only %1 orders"_s.arg(authorized.size()));
        return 1;
    }
    say(u"bench_capture: %1 orders per run, %2 authorized in %3 s (not measured); loopback HTTP, sandbox in "
        u"its "
        u"own thread"_s.arg(count)
            .arg(authorized.size())
            .arg(double(prepare.elapsed()) / 1000, 0, 'f', 1));

    const RunFigures baseline = run(credentials, authorized.mid(0, count));
    say(line(u"baseline (healthy gateway)"_s, baseline, count));
    const auto rule = sandbox::FaultRule::parse(u"gateway:*:error:503@%1"_s.arg(rate), &error);
    if (!rule) {
        say(error);
        return 1;
    }
    host.faults()->add(*rule);
    const RunFigures faulty = run(credentials, authorized.mid(count, count));
    host.faults()->clear();
    say(line(u"gateway failing %1 %"_s.arg(rate * 100), faulty, count));
    say(u"ratio faulty/baseline: wall %1x, requests/order %2x"_s
            .arg(faulty.wallMs / baseline.wallMs, 0, 'f', 2)
            .arg(double(faulty.requests) / double(baseline.requests), 0, 'f', 2));
    host.stop();
    return faulty.doubleCaptures + faulty.doubleCharges + baseline.doubleCaptures + baseline.doubleCharges ==
                   0
               ? 0
               : 2;
}
