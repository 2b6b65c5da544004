// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/BulkRunner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace commercedesk::app {

/// Progress and the per-order result of a BulkRunner run; "Stop" cancels the run, "Close" appears when done.
/// Does not own the runner.
class BulkProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkProgressDialog(merchant::BulkRunner *runner, const QString &actionText, int total,
                       QWidget *parent = nullptr);

    static QString statusText(merchant::BulkItemResult::Status status);

private:
    void onItem(int index, const merchant::BulkItemResult &result);
    void onFinished(int applied, int failed);

    merchant::BulkRunner *m_runner;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace commercedesk::app
