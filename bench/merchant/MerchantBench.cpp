// SPDX-License-Identifier: MIT
// Merchant desk figures at a million orders (issue #7 "Measured"; run by hand, see docs/benchmarks.md).
// The desk's own stack, as MerchantPane wires it: OrderListSession + OrderTableModel shown in a QTableView
// (offscreen), the merchant API client over loopback HTTP to `commercedesk-sandbox` as a child process, and
// CsvExporter streaming to a file. Figures:
// - open: session start (setFilter, as MerchantPane::setContext does) → first page in the model → painted;
// - next page on scroll: the view scrolled to the bottom (QAbstractItemView asks fetchMore) → rows in the
//   model → painted, over --scroll orders;
// - process RSS after that (VmRSS / VmHWM of /proc/self/status);
// - opening an order: the full order fetched by id, as the detail does (the table holds summaries);
// - filter change → first page in the model → painted, over a set of filters the filter bar offers;
// - CSV export rate (orders/s) over the first --export orders, streamed to a temporary file.
// Usage: QT_QPA_PLATFORM=offscreen bench_merchant [--data-dir D] [--orders N] [--scroll N] [--export N]
//        [--runs N] [--sandbox-bin PATH]
#include "SandboxChild.h"
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "merchant/CsvExporter.h"
#include "merchant/OrderColumn.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/// Runs the event loop until `done` or `limitMs` passed.
bool spin(const std::function<bool()> &done, qint64 limitMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"), or -1.
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + QByteArray(":");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

/// The orders table as the pane shows it; remembers when it last finished painting.
class PaintTimedTable final : public QTableView
{
public:
    qint64 paintedAtNs = -1;
    const QElapsedTimer *clock = nullptr;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (clock && model() && model()->rowCount() > 0)
            paintedAtNs = clock->nsecsElapsed();
    }
};

struct Sample
{
    double modelMs = -1;
    double paintedMs = -1;
};

double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size()))));
}

QList<double> modelTimes(const QList<Sample> &samples)
{
    QList<double> out;
    for (const Sample &s : samples)
        out.append(s.modelMs);
    return out;
}

// Only the samples that painted rows: an empty answer has nothing to paint (its time to the model is in
// modelTimes), and counting it as -1 would drag the percentile below zero ("n/a").
QList<double> paintTimes(const QList<Sample> &samples)
{
    QList<double> out;
    for (const Sample &s : samples) {
        if (s.paintedMs >= 0)
            out.append(s.paintedMs);
    }
    return out;
}

/// One desk: session, model and view, wired as MerchantPane wires them.
struct Desk
{
    QElapsedTimer clock;
    std::unique_ptr<merchant::OrderListSession> session;
    std::unique_ptr<models::OrderTableModel> model;
    std::unique_ptr<PaintTimedTable> table;
    qint64 pageAtNs = -1;

    Desk(api::OrderClient *orders, int pageSize)
    {
        clock.start();
        session = std::make_unique<merchant::OrderListSession>(orders, true);
        session->setPageSize(pageSize);
        model = std::make_unique<models::OrderTableModel>(session.get());
        table = std::make_unique<PaintTimedTable>();
        table->clock = &clock;
        table->setModel(model.get());
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->resize(1000, 720);
        table->show();
        QObject::connect(session.get(), &merchant::OrderListSession::pageLoaded, session.get(),
                         [this] { pageAtNs = clock.nsecsElapsed(); });
    }

    /// Starts `trigger` and waits for the rows it brings and the paint after them.
    Sample measure(const std::function<void()> &trigger, const std::function<bool()> &arrived)
    {
        spin([] { return false; }, 20); // settle pending paints
        table->paintedAtNs = -1;
        pageAtNs = -1;
        const qint64 start = clock.nsecsElapsed();
        trigger();
        Sample sample;
        if (!spin([this, &arrived] { return pageAtNs >= 0 && arrived(); }, 30000))
            return sample;
        sample.modelMs = double(pageAtNs - start) / 1e6;
        table->viewport()->update();
        if (spin([this] { return table->paintedAtNs > pageAtNs; }, 5000))
            sample.paintedMs = double(table->paintedAtNs - start) / 1e6;
        return sample;
    }
};

struct Row
{
    QString figure;
    QString measured;
    QString target;
    std::optional<bool> met;
};

QString ms(double value)
{
    return value < 0 ? u"n/a"_s : QString::number(value, 'f', 1) + u" ms"_s;
}

QList<merchant::OrderFilter> filterChanges()
{
    QList<merchant::OrderFilter> filters;
    merchant::OrderFilter f;
    f.orderStates = {core::OrderState::Open};
    filters.append(f);
    f = {};
    f.paymentStates = {core::PaymentState::BalanceDue};
    filters.append(f);
    f = {};
    f.shipmentStates = {core::ShipmentState::Delayed};
    filters.append(f);
    f = {};
    f.hasPurchaseOrderNumber = true;
    filters.append(f);
    f = {};
    f.createdFrom = QDateTime::currentDateTimeUtc().addDays(-30);
    filters.append(f);
    f = {};
    f.orderStates = {core::OrderState::Confirmed};
    f.createdFrom = QDateTime::currentDateTimeUtc().addDays(-180);
    f.hasPurchaseOrderNumber = false;
    filters.append(f);
    f = {};
    f.country = u"DE"_s;
    filters.append(f);
    f = {};
    f.minTotalCent = 50000;
    filters.append(f);
    f = {};
    f.notSyncedToOms = true;
    filters.append(f);
    f = {};
    f.text = u"G00500000"_s;
    filters.append(f);
    f = {};
    f.text = u"customer12345@example.com"_s;
    filters.append(f);
    return filters;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        qEnvironmentVariable("BENCH_LOG_RULES", u"commercedesk.api.*.info=false"_s));
    QCommandLineParser parser;
    parser.addHelpOption();
    // The shared million-order data dirs (engineer "bench"), else one of our own.
    QString defaultDir = u"/work/benchdata/merchant-1m"_s;
    for (const QString &shared : {u"/work/benchdata/1m"_s, u"/work/benchdata/sandbox-1m"_s}) {
        if (QFileInfo::exists(shared + u"/sandbox.sqlite"_s)) {
            defaultDir = shared;
            break;
        }
    }
    const QCommandLineOption dataDir(u"data-dir"_s, u"Sandbox data dir (generated there once when empty)."_s,
                                     u"dir"_s, defaultDir);
    const QCommandLineOption orders(u"orders"_s, u"Orders to generate into an empty data dir."_s, u"n"_s,
                                    u"1000000"_s);
    const QCommandLineOption scroll(u"scroll"_s, u"Orders to scroll through."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption exportCount(u"export"_s, u"Orders to export to CSV."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Pane openings measured."_s, u"n"_s, u"7"_s);
    const QCommandLineOption sandboxBin(u"sandbox-bin"_s, u"The sandbox executable."_s, u"path"_s,
                                        QStringLiteral(COMMERCEDESK_SANDBOX_EXE));
    const QCommandLineOption skipFilters(u"skip-filters"_s, u"Measure no filter changes."_s);
    const QCommandLineOption pageSize(u"page-size"_s, u"Rows per page (default: the pane's)."_s, u"n"_s,
                                      QString::number(merchant::OrderListSession::kDefaultPageSize));
    parser.addOptions({dataDir, orders, scroll, exportCount, runs, sandboxBin, skipFilters, pageSize});
    parser.process(app);

    bench::SandboxChild sandbox;
    QString error;
    QElapsedTimer setup;
    setup.start();
    if (!sandbox.start(parser.value(sandboxBin), parser.value(dataDir), parser.value(orders).toLongLong(),
                       &error)) {
        say(error);
        return 1;
    }
    say(u"sandbox child (pid %1) on %2 ready in %3 s; load average %4"_s.arg(sandbox.pid())
            .arg(parser.value(dataDir))
            .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(loadAverage()));
    QNetworkAccessManager network;
    api::ApiSession merchantSession(&network, sandbox.connection(u"merchant"_s),
                                    api::OAuthTokenProvider::Grant::ClientCredentials);
    api::OrderClient orderClient(merchantSession.transport());

    // Signed in already when the pane opens: token and connection warmed by one count query.
    std::optional<qint64> total;
    auto *warm = orderClient.query(api::ResourceQuery().limit(1).withTotal(true));
    warm->onFinished(&app, [&total](const api::Result<core::PagedResult<core::Order>> &r) {
        total = r.ok() && r.value().total ? *r.value().total : -1;
    });
    if (!spin([&total] { return total.has_value(); }, 300000) || *total < 0) {
        say(u"the warm-up query failed"_s);
        return 1;
    }
    say(u"orders in the sandbox: %1"_s.arg(*total));

    // 1. Opening the pane.
    QList<Sample> opens;
    std::unique_ptr<Desk> desk;
    for (int run = 0; run < parser.value(runs).toInt(); ++run) {
        desk = std::make_unique<Desk>(&orderClient, parser.value(pageSize).toInt());
        Desk *d = desk.get();
        opens.append(
            d->measure([d] { d->session->setFilter({}); }, [d] { return d->model->rowCount() > 0; }));
    }

    // 2. Scrolling (the last desk stays open).
    QList<Sample> pages;
    const int scrollTarget = parser.value(scroll).toInt();
    while (desk->model->rowCount() < scrollTarget && !desk->session->atEnd()) {
        Desk *d = desk.get();
        const int before = d->model->rowCount();
        const Sample page = d->measure(
            [d] {
                d->table->scrollToBottom(); // the view asks the model to fetchMore at the bottom
                if (!d->session->isLoading() && d->model->canFetchMore({}))
                    d->model->fetchMore({});
            },
            [d, before] { return d->model->rowCount() > before; });
        if (page.modelMs < 0)
            break;
        pages.append(page);
    }
    const int scrolled = desk->model->rowCount();
    const qint64 rssKb = statusKb("VmRSS");
    const qint64 hwmKb = statusKb("VmHWM");

    // 2b. Opening an order: the rows are summaries, so the detail fetches the full order by id.
    QList<double> detailMs;
    for (int i = 0; i < 30 && scrolled > 0; ++i) {
        const core::OrderSummary *row = desk->model->summary(int(qint64(i) * scrolled / 30));
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        auto *job = orderClient.byId(row->id);
        job->onFinished(&app, [&done](const api::Result<core::Order> &r) { done = r.ok(); });
        if (!spin([&done] { return done; }, 20000))
            break;
        detailMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // 3. Filter changes (each from the previous filter, as the seller clicks through the bar).
    QList<Sample> filters;
    QStringList filterLines;
    const QList<merchant::OrderFilter> filterList =
        parser.isSet(skipFilters) ? QList<merchant::OrderFilter>() : filterChanges();
    for (const merchant::OrderFilter &filter : filterList) {
        Desk *d = desk.get();
        const Sample s = d->measure([d, filter] { d->session->setFilter(filter); }, [] { return true; });
        filters.append(s);
        // The seller reads the page before the next click: let the count (a second request) finish, so it
        // does not queue in front of the next filter's first page.
        spin([d] { return d->session->total().has_value(); }, 20000);
        filterLines.append(
            u"    %1 rows first page: %2 / painted %3 — %4"_s.arg(desk->model->rowCount())
                .arg(ms(s.modelMs), ms(s.paintedMs), filter.toQuery().predicates().join(u" and "_s)));
    }
    desk.reset();

    // 4. CSV export, streamed to a file.
    QTemporaryFile csv(QDir::tempPath() + u"/bench-merchant-XXXXXX.csv"_s);
    if (!csv.open()) {
        say(u"cannot open a temporary file"_s);
        return 1;
    }
    merchant::CsvExporter exporter(merchantSession.transport());
    const qint64 exportTarget = parser.value(exportCount).toLongLong();
    qint64 exported = 0;
    bool exportDone = false;
    QElapsedTimer exportTimer;
    QObject::connect(&exporter, &merchant::CsvExporter::progress, &app, [&](qint64 done, qint64) {
        exported = done;
        if (done >= exportTarget)
            exporter.cancel();
    });
    QObject::connect(&exporter, &merchant::CsvExporter::cancelled, &app, [&] { exportDone = true; });
    QObject::connect(&exporter, &merchant::CsvExporter::finished, &app, [&] { exportDone = true; });
    QObject::connect(&exporter, &merchant::CsvExporter::failed, &app, [&](const api::ApiError &e) {
        say(u"export failed: "_s + e.diagnostic());
        exportDone = true;
    });
    exportTimer.start();
    exporter.start({}, merchant::CsvExporter::Granularity::PerOrder, merchant::defaultOrderColumns(), {},
                   &csv);
    if (!spin([&exportDone] { return exportDone; }, 180000)) // at most 3 minutes: the rate so far
        exporter.cancel();
    const double exportSeconds = double(exportTimer.nsecsElapsed()) / 1e9;
    csv.flush();
    const double exportRate = exportSeconds > 0 ? double(exported) / exportSeconds : 0;
    const qint64 hwmAfterExportKb = statusKb("VmHWM");

    const double openModel = percentile(modelTimes(opens), 0.5);
    const double openPaint = percentile(paintTimes(opens), 0.5);
    const double pageP50 = percentile(modelTimes(pages), 0.5);
    const double pagePaintP50 = percentile(paintTimes(pages), 0.5);
    const double filterP50 = percentile(modelTimes(filters), 0.5);
    const double filterPaintP50 = percentile(paintTimes(filters), 0.5);
    const double filterMax = percentile(paintTimes(filters), 1.0);
    const QList<Row> rows{
        {u"open → first page in model (p50 of %1)"_s.arg(opens.size()), ms(openModel), u"—"_s, {}},
        {u"open → first page painted (p50 of %1; max %2)"_s.arg(opens.size())
             .arg(ms(percentile(paintTimes(opens), 1.0))),
         ms(openPaint), u"≤ 300 ms"_s, openPaint >= 0 && openPaint <= 300},
        {u"next page on scroll → in model (p50 of %1 pages; p95 %2)"_s.arg(pages.size())
             .arg(ms(percentile(modelTimes(pages), 0.95))),
         ms(pageP50), u"≤ 50 ms"_s, pageP50 >= 0 && pageP50 <= 50},
        {u"next page on scroll → painted (p50)"_s, ms(pagePaintP50), u"—"_s, {}},
        {u"open an order: full order fetched by id for the detail (p50 of %1; p95 %2)"_s.arg(detailMs.size())
             .arg(ms(percentile(detailMs, 0.95))),
         ms(percentile(detailMs, 0.5)),
         u"—"_s,
         {}},
        {u"filter change → first page in model (p50 of %1)"_s.arg(filters.size()), ms(filterP50), u"—"_s, {}},
        {u"filter change → first page painted (p50 of %1; max %2)"_s.arg(filters.size()).arg(ms(filterMax)),
         ms(filterPaintP50), u"≤ 200 ms"_s, filterPaintP50 >= 0 && filterPaintP50 <= 200},
        {u"process RSS after scrolling %1 orders (VmRSS; VmHWM %2 MB)"_s.arg(scrolled).arg(
             double(hwmKb) / 1024.0, 0, 'f', 1),
         u"%1 MB"_s.arg(double(rssKb) / 1024.0, 0, 'f', 1), u"≤ 250 MB"_s, hwmKb > 0 && hwmKb <= 250 * 1024},
        {u"CSV export, one row per order (%1 orders in %2 s; VmHWM after %3 MB)"_s.arg(exported)
             .arg(exportSeconds, 0, 'f', 1)
             .arg(double(hwmAfterExportKb) / 1024.0, 0, 'f', 1),
         u"%1 orders/s"_s.arg(exportRate, 0, 'f', 0),
         u"—"_s,
         {}},
    };
    say(u"\nMerchant desk at %1 orders, %2 rows per page (Release expected; load average now %3)"_s
            .arg(*total)
            .arg(parser.value(pageSize))
            .arg(loadAverage()));
    say(u"| figure | measured | target | met |"_s);
    say(u"|---|---|---|---|"_s);
    for (const Row &row : rows)
        say(u"| %1 | %2 | %3 | %4 |"_s.arg(row.figure, row.measured, row.target,
                                           row.met ? (*row.met ? u"met"_s : u"MISSED"_s) : u"—"_s));
    say(u"\nfilter changes:"_s);
    for (const QString &line : std::as_const(filterLines))
        say(line);
    return 0;
}
