// SPDX-License-Identifier: MIT
#include "merchant/CsvExporter.h"

#include "api/KeysetPager.h"
#include "api/OrderClient.h"

#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

CsvExporter::CsvExporter(api::Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

CsvExporter::~CsvExporter() = default;

QString CsvExporter::neutralize(const QString &field)
{
    // A spreadsheet evaluates a cell that starts with one of these as a formula (or strips the control
    // character and evaluates what follows); plain numbers such as "-12.50" stay numbers.
    static const QRegularExpression number(u"^[+-]?[0-9]+([.,][0-9]+)?$"_s);
    if (field.isEmpty() || !u"=+-@\t\r"_s.contains(field.front()) || number.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString CsvExporter::escape(const QString &value)
{
    const QString field = neutralize(value);
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvExporter::writeLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    m_device->write((escaped.join(u',') + u"\r\n"_s).toUtf8());
}

void CsvExporter::start(const OrderFilter &filter, Granularity granularity,
                        const QList<OrderColumn> &orderColumns, const QList<LineColumn> &lineColumns,
                        QIODevice *device)
{
    if (m_pager || !device || !device->isWritable())
        return;
    m_granularity = granularity;
    m_orderColumns = orderColumns;
    m_lineColumns = granularity == Granularity::PerLineItem ? lineColumns : QList<LineColumn>();
    m_device = device;
    m_orders = 0;
    m_rows = 0;

    QStringList header = columnKeys(m_orderColumns);
    for (LineColumn column : std::as_const(m_lineColumns))
        header.append(columnKey(column));
    writeLine(header);

    m_pager = api::OrderClient(m_transport).walk(filter.toQuery());
    m_pager->setPageSize(m_pageSize);
    m_pager->start([this](const QList<core::Order> &orders) { writePage(orders); },
                   [this](const std::optional<api::ApiError> &error) {
                       // The pager is finishing: it deletes itself once this handler returned.
                       m_pager.release()->deleteLater();
                       if (error)
                           Q_EMIT failed(*error);
                       else
                           Q_EMIT finished(m_orders, m_rows);
                   });
}

void CsvExporter::writePage(const QList<core::Order> &orders)
{
    if (!m_device)
        return;
    for (const core::Order &order : orders) {
        const core::OrderSummary summary = core::OrderSummary::of(order);
        QStringList fields;
        fields.reserve(m_orderColumns.size() + m_lineColumns.size());
        for (OrderColumn column : std::as_const(m_orderColumns))
            fields.append(plainValue(summary, column));
        if (m_granularity == Granularity::PerOrder) {
            writeLine(fields);
            ++m_rows;
        } else {
            for (const core::LineItem &line : order.lineItems) {
                QStringList row = fields;
                for (LineColumn column : std::as_const(m_lineColumns))
                    row.append(plainValue(line, column, order.locale.value_or(QString())));
                writeLine(row);
                ++m_rows;
            }
        }
        ++m_orders;
    }
    Q_EMIT progress(m_orders, m_rows);
}

void CsvExporter::cancel()
{
    if (!m_pager)
        return;
    m_pager->stop();
    m_pager.reset();
    Q_EMIT cancelled();
}

} // namespace commercedesk::merchant
