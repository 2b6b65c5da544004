// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderColumn.h"
#include "merchant/OrderFilter.h"

#include <QDialog>

class QFile;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace commercedesk::merchant {
class CsvExporter;
}

namespace commercedesk::app {

/// Exports the current filter to a CSV file: one row per order or per line item, chosen columns, streamed
/// with progress by the desk's merchant::CsvExporter (not owned; it must outlive the dialog); "Cancel" stops
/// the export, the partial file is removed; closing the dialog cancels an export in flight.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(merchant::CsvExporter *exporter, const merchant::OrderFilter &filter,
                 const QList<merchant::OrderColumn> &visibleColumns, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFilePath(const QString &path);
    void startExport();
    merchant::CsvExporter *exporter() const { return m_exporter; }

private:
    QList<merchant::OrderColumn> chosenColumns() const;
    void finish(const QString &message, bool keepFile);

    merchant::OrderFilter m_filter;
    merchant::CsvExporter *m_exporter;
    QFile *m_file = nullptr;
    QRadioButton *m_perOrder;
    QRadioButton *m_perLine;
    QListWidget *m_columns;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
};

} // namespace commercedesk::app
