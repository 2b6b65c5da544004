// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "merchant/BulkRun.h"
#include "merchant/OrderCommand.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace commercedesk::app {

/// Progress and the per-order result of a bulk run (merchant::BulkRun: a BulkRunner or a BulkCapture); "Stop"
/// cancels the run, "Close" appears when done. Does not own the run. A language change retranslates it in
/// place, the results shown so far too.
class BulkProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkProgressDialog(merchant::BulkRun *runner, const merchant::OrderCommand &command, int total,
                       QWidget *parent = nullptr);
    /// A run named by `what` (made in the current language: "Capture").
    BulkProgressDialog(merchant::BulkRun *runner, std::function<QString()> what, int total,
                       QWidget *parent = nullptr);

    static QString statusText(merchant::BulkItemResult::Status status);
    /// The details column of `result`: the refusal, the error, what was captured or why not.
    static QString detailsText(const merchant::BulkItemResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onItem(int index, const merchant::BulkItemResult &result);
    void onFinished(int applied, int failed);
    void showResult(int index);
    void showSummary();

    merchant::BulkRun *m_runner;
    TextBinder m_texts;
    QList<merchant::BulkItemResult> m_shown;
    std::optional<std::pair<int, int>> m_outcome; ///< applied, failed once finished
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace commercedesk::app
