// SPDX-License-Identifier: MIT
#include "app/merchant/BulkProgressDialog.h"

#include "app/ErrorPresenter.h"
#include "app/merchant/MerchantTexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

QString BulkProgressDialog::statusText(merchant::BulkItemResult::Status status)
{
    switch (status) {
    case merchant::BulkItemResult::Status::Applied:
        return tr("Done");
    case merchant::BulkItemResult::Status::Skipped:
        return tr("Skipped");
    case merchant::BulkItemResult::Status::Conflict:
        return tr("Changed meanwhile");
    case merchant::BulkItemResult::Status::Failed:
        return tr("Failed");
    case merchant::BulkItemResult::Status::Cancelled:
        return tr("Not run");
    case merchant::BulkItemResult::Status::NothingToCapture:
        return tr("Nothing to capture");
    }
    return {};
}

QString BulkProgressDialog::detailsText(const merchant::BulkItemResult &result)
{
    using Note = merchant::BulkItemResult::CaptureNote;
    QString details;
    if (result.status == merchant::BulkItemResult::Status::Skipped)
        details = MerchantTexts::refusalShort(result.refusal);
    else if (result.error)
        details = ErrorPresenter::describe(*result.error);
    else if (result.note == Note::Declined)
        details = tr("The payment provider declined the capture.");
    else if (result.note == Note::OtherOperationPending)
        details = tr("Another operation on the payment still waits for the payment provider.");
    else if (result.note == Note::StillPending)
        details = tr("The capture is still pending at the payment provider; capture again to complete it.");
    else if (result.status == merchant::BulkItemResult::Status::NothingToCapture)
        details = tr("No authorized amount is left to capture.");
    if (result.amount) {
        const QString captured = tr("Captured %1.").arg(result.amount->format(QLocale()));
        details = details.isEmpty() ? captured : captured + u' ' + details;
    }
    return details;
}

BulkProgressDialog::BulkProgressDialog(merchant::BulkRun *runner, const merchant::OrderCommand &command,
                                       int total, QWidget *parent)
    : BulkProgressDialog(
          runner, [command] { return MerchantTexts::command(command); }, total, parent)
{}

BulkProgressDialog::BulkProgressDialog(merchant::BulkRun *runner, std::function<QString()> what, int total,
                                       QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_results(new QTableWidget(0, 3))
    , m_stop(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(u"bulkProgressDialog"_s);
    m_summary->setObjectName(u"bulkSummaryLabel"_s);
    m_progress->setObjectName(u"bulkProgressBar"_s);
    m_results->setObjectName(u"bulkResultsTable"_s);
    m_stop->setObjectName(u"bulkStopButton"_s);
    m_close->setObjectName(u"bulkCloseButton"_s);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_texts.bind([this, what, total] {
        setWindowTitle(tr("%1 — %n order(s)", nullptr, total).arg(what()));
        m_stop->setText(tr("Stop"));
        m_close->setText(tr("Close"));
        m_results->setHorizontalHeaderLabels({tr("Order"), tr("Result"), tr("Details")});
        showSummary();
        for (int index = 0; index < m_shown.size(); ++index)
            showResult(index);
    });
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setShowGrid(false);
    m_results->setAlternatingRowColors(true);
    m_close->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, runner, &merchant::BulkRun::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(runner, &merchant::BulkRun::itemFinished, this, &BulkProgressDialog::onItem);
    connect(runner, &merchant::BulkRun::finished, this, &BulkProgressDialog::onFinished);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    resize(520, 380);
}

void BulkProgressDialog::onItem(int index, const merchant::BulkItemResult &result)
{
    if (index < 0)
        return;
    if (index >= m_shown.size())
        m_shown.resize(index + 1);
    m_shown[index] = result;
    m_results->setRowCount(int(m_shown.size()));
    showResult(index);
    m_progress->setValue(index + 1);
}

void BulkProgressDialog::showResult(int index)
{
    const merchant::BulkItemResult &result = m_shown.at(index);
    m_results->setItem(index, 0, new QTableWidgetItem(result.orderNumber));
    m_results->setItem(index, 1, new QTableWidgetItem(statusText(result.status)));
    m_results->setItem(index, 2, new QTableWidgetItem(detailsText(result)));
}

void BulkProgressDialog::onFinished(int applied, int failed)
{
    m_outcome = std::pair(applied, failed);
    showSummary();
    m_stop->setEnabled(false);
    m_close->setEnabled(true);
}

void BulkProgressDialog::showSummary()
{
    if (!m_outcome) {
        m_summary->setText(tr("Working…"));
        return;
    }
    int skipped = 0;
    for (const merchant::BulkItemResult &result : m_runner->results()) {
        if (result.status == merchant::BulkItemResult::Status::Skipped ||
            result.status == merchant::BulkItemResult::Status::NothingToCapture)
            ++skipped;
    }
    m_summary->setText(tr("%1 applied, %2 skipped, %3 not applied.")
                           .arg(m_outcome->first)
                           .arg(skipped)
                           .arg(m_outcome->second));
}

void BulkProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

} // namespace commercedesk::app
