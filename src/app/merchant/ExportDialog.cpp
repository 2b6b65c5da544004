// SPDX-License-Identifier: MIT
#include "app/merchant/ExportDialog.h"

#include "merchant/CsvExporter.h"
#include "models/OrderTableModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

ExportDialog::ExportDialog(merchant::CsvExporter *exporter, const merchant::OrderFilter &filter,
                           const QList<merchant::OrderColumn> &visibleColumns, QWidget *parent)
    : QDialog(parent)
    , m_filter(filter)
    , m_exporter(exporter)
    , m_perOrder(new QRadioButton(tr("One row per order")))
    , m_perLine(new QRadioButton(tr("One row per line item")))
    , m_columns(new QListWidget)
    , m_path(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_start(new QPushButton(tr("Export")))
    , m_cancel(new QPushButton(tr("Close")))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export orders to CSV"));
    m_perOrder->setObjectName(u"perOrderRadio"_s);
    m_perLine->setObjectName(u"perLineRadio"_s);
    m_columns->setObjectName(u"exportColumnsList"_s);
    m_path->setObjectName(u"exportPathEdit"_s);
    m_progress->setObjectName(u"exportProgressBar"_s);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_start->setObjectName(u"exportStartButton"_s);
    m_cancel->setObjectName(u"exportCancelButton"_s);
    m_perOrder->setChecked(true);
    // The table's columns first, in the table's order (so the CSV reads like the table), then the rest.
    QList<merchant::OrderColumn> listed = visibleColumns;
    for (merchant::OrderColumn column : merchant::allOrderColumns()) {
        if (!listed.contains(column))
            listed.append(column);
    }
    for (merchant::OrderColumn column : std::as_const(listed)) {
        auto *item = new QListWidgetItem(models::OrderTableModel::columnTitle(column), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(visibleColumns.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"orders.csv"_s));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export to"), m_path->text(), tr("CSV files (*.csv)"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &ExportDialog::setFilePath);
        chooser->open();
    });
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setText(tr("The export uses the current filters and does not hold all orders in memory."));
    m_status->setWordWrap(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *rows = new QVBoxLayout;
    rows->addWidget(m_perOrder);
    rows->addWidget(m_perLine);
    form->addRow(tr("Rows"), rows);
    form->addRow(tr("Columns"), m_columns);
    form->addRow(tr("File"), pathRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_exporter->isRunning())
            m_exporter->cancel();
        else
            reject();
    });
    connect(m_exporter, &merchant::CsvExporter::progress, this, [this](qint64 orders, qint64 written) {
        m_status->setText(
            tr("%1 orders, %2 rows written…").arg(QLocale().toString(orders), QLocale().toString(written)));
    });
    connect(m_exporter, &merchant::CsvExporter::finished, this, [this](qint64 orders, qint64 written) {
        finish(
            tr("Exported %1 orders (%2 rows).").arg(QLocale().toString(orders), QLocale().toString(written)),
            true);
    });
    connect(m_exporter, &merchant::CsvExporter::failed, this,
            [this](const api::ApiError &) { finish(tr("The export failed; the file was removed."), false); });
    connect(m_exporter, &merchant::CsvExporter::cancelled, this,
            [this] { finish(tr("Export cancelled; the file was removed."), false); });
    resize(460, 480);
}

ExportDialog::~ExportDialog()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QList<merchant::OrderColumn> ExportDialog::chosenColumns() const
{
    QList<merchant::OrderColumn> columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns.append(merchant::OrderColumn(m_columns->item(i)->data(Qt::UserRole).toInt()));
    }
    return columns;
}

void ExportDialog::startExport()
{
    if (m_exporter->isRunning())
        return;
    delete m_file;
    m_file = new QFile(m_path->text(), this);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_status->setText(tr("Cannot write %1.").arg(m_path->text()));
        return;
    }
    m_start->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->show();
    const auto granularity = m_perLine->isChecked() ? merchant::CsvExporter::Granularity::PerLineItem
                                                    : merchant::CsvExporter::Granularity::PerOrder;
    m_exporter->start(m_filter, granularity, chosenColumns(), merchant::allLineColumns(), m_file);
}

void ExportDialog::finish(const QString &message, bool keepFile)
{
    if (m_file) {
        m_file->close();
        if (!keepFile)
            m_file->remove();
    }
    m_progress->hide();
    m_status->setText(message);
    m_start->setEnabled(true);
    m_cancel->setText(tr("Close"));
}

} // namespace commercedesk::app
