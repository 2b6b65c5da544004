// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "merchant/OrderColumn.h"
#include "merchant/OrderFilter.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QIODevice;

namespace commercedesk::api {
class Transport;
template<class T>
class KeysetPager;
} // namespace commercedesk::api

namespace commercedesk::merchant {

/// Exports every order of a filter to CSV (RFC 4180: comma separated, CRLF, fields quoted when needed, a
/// header row of column keys), streamed: pages of 500 come through KeysetPager (`id asc`) and are written
/// to the device as they arrive, so memory stays at one page whatever the number of orders. One row per
/// order, or one per line item (order columns repeated, then the line columns).
///
/// Contract: start() while running is ignored; `device` must be open for writing and outlive the run.
/// progress() after every page; then exactly one of finished() / failed() / cancelled(). cancel() stops the
/// request in flight; what was written stays written. Values are plain (OrderColumn plainValue), never
/// localized, so spreadsheets can read them. Thread: the transport's.
class CsvExporter final : public QObject
{
    Q_OBJECT

public:
    enum class Granularity { PerOrder, PerLineItem };

    explicit CsvExporter(api::Transport *transport, QObject *parent = nullptr);
    ~CsvExporter() override;

    void start(const OrderFilter &filter, Granularity granularity, const QList<OrderColumn> &orderColumns,
               const QList<LineColumn> &lineColumns, QIODevice *device);
    void cancel();
    bool isRunning() const { return m_pager != nullptr; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    /// One CSV field, neutralized (see neutralize()), then quoted when it holds a comma, quote, CR or LF
    /// (quotes doubled).
    static QString escape(const QString &field);
    /// A cell starting with =, +, -, @, tab or CR gets a leading ' so a spreadsheet shows it as text
    /// instead of running it as a formula (CSV injection); plain numbers ("-12.50") are left as they are.
    static QString neutralize(const QString &field);

Q_SIGNALS:
    void progress(qint64 orders, qint64 rows);
    void finished(qint64 orders, qint64 rows);
    void failed(const commercedesk::api::ApiError &error);
    void cancelled();

private:
    void writePage(const QList<core::Order> &orders);
    void writeLine(const QStringList &fields);

    api::Transport *m_transport;
    std::unique_ptr<api::KeysetPager<core::Order>> m_pager;
    Granularity m_granularity = Granularity::PerOrder;
    QList<OrderColumn> m_orderColumns;
    QList<LineColumn> m_lineColumns;
    QPointer<QIODevice> m_device;
    int m_pageSize = 500;
    qint64 m_orders = 0;
    qint64 m_rows = 0;
};

} // namespace commercedesk::merchant
