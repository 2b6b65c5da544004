// SPDX-License-Identifier: MIT
#include "app/merchant/ExportDialog.h"

#include "merchant/CsvExporter.h"
#include "models/OrderTableModel.h"

#include <QDir>
#include <QEvent>
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
    , m_perOrder(new QRadioButton)
    , m_perLine(new QRadioButton)
    , m_columns(new QListWidget)
    , m_path(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_start(new QPushButton)
    , m_cancel(new QPushButton)
{
    setObjectName(u"exportDialog"_s);
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
        auto *item = new QListWidgetItem(m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(visibleColumns.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"orders.csv"_s));
    auto *browse = new QPushButton;
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export to"), m_path->text(), tr("CSV files (*.csv)"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &ExportDialog::setFilePath);
        chooser->open();
    });
    m_progress->setRange(0, 0);
    m_progress->hide();
    showStatus(
        [] { return tr("The export uses the current filters and does not hold all orders in memory."); });
    m_status->setWordWrap(true);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *rows = new QVBoxLayout;
    rows->addWidget(m_perOrder);
    rows->addWidget(m_perLine);
    auto *rowsLabel = new QLabel;
    auto *columnsLabel = new QLabel;
    auto *fileLabel = new QLabel;
    form->addRow(rowsLabel, rows);
    form->addRow(columnsLabel, m_columns);
    form->addRow(fileLabel, pathRow);
    m_texts.bind([this, browse, rowsLabel, columnsLabel, fileLabel] {
        setWindowTitle(tr("Export orders to CSV"));
        m_perOrder->setText(tr("One row per order"));
        m_perLine->setText(tr("One row per line item"));
        m_start->setText(tr("Export"));
        m_cancel->setText(m_exporter->isRunning() ? tr("Cancel") : tr("Close"));
        browse->setText(tr("Browse…"));
        rowsLabel->setText(tr("Rows"));
        columnsLabel->setText(tr("Columns"));
        fileLabel->setText(tr("File"));
        for (int i = 0; i < m_columns->count(); ++i) {
            QListWidgetItem *item = m_columns->item(i);
            item->setText(models::OrderTableModel::columnTitle(
                merchant::OrderColumn(item->data(Qt::UserRole).toInt())));
        }
    });
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
        showStatus([orders, written] {
            return tr("%1 orders, %2 rows written…")
                .arg(QLocale().toString(orders), QLocale().toString(written));
        });
    });
    connect(m_exporter, &merchant::CsvExporter::finished, this, [this](qint64 orders, qint64 written) {
        finish(
            [orders, written] {
                return tr("Exported %1 orders (%2 rows).")
                    .arg(QLocale().toString(orders), QLocale().toString(written));
            },
            true);
    });
    connect(m_exporter, &merchant::CsvExporter::failed, this, [this](const api::ApiError &) {
        finish([] { return tr("The export failed; the file was removed."); }, false);
    });
    connect(m_exporter, &merchant::CsvExporter::cancelled, this,
            [this] { finish([] { return tr("Export cancelled; the file was removed."); }, false); });
    resize(460, 480);
}

ExportDialog::~ExportDialog()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_statusText)
            m_status->setText(m_statusText());
    }
    QDialog::changeEvent(event);
}

void ExportDialog::showStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
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
        showStatus([path = m_path->text()] { return tr("Cannot write %1.").arg(path); });
        return;
    }
    m_start->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_progress->show();
    const auto granularity = m_perLine->isChecked() ? merchant::CsvExporter::Granularity::PerLineItem
                                                    : merchant::CsvExporter::Granularity::PerOrder;
    m_exporter->start(m_filter, granularity, chosenColumns(), merchant::allLineColumns(), m_file);
}

void ExportDialog::finish(std::function<QString()> message, bool keepFile)
{
    if (m_file) {
        m_file->close();
        if (!keepFile)
            m_file->remove();
    }
    m_progress->hide();
    showStatus(std::move(message));
    m_start->setEnabled(true);
    m_cancel->setText(tr("Close"));
}

} // namespace commercedesk::app
