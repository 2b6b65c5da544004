// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "merchant/OrderColumn.h"
#include "merchant/OrderFilter.h"

#include <QDialog>

#include <functional>

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
/// the export, the partial file is removed; closing the dialog cancels an export in flight. A language change
/// retranslates it in place (the chosen rows, columns, file and an export in flight stay).
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

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<merchant::OrderColumn> chosenColumns() const;
    void finish(std::function<QString()> message, bool keepFile);
    /// Shows `text()` now and again after a language change.
    void showStatus(std::function<QString()> text);

    TextBinder m_texts;
    std::function<QString()> m_statusText;
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
