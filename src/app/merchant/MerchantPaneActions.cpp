// SPDX-License-Identifier: MIT
// MerchantPane: what happens on the selection — actions, conflicts, bulk runs, printing, export, live news.
#include "app/merchant/AddDeliveryDialog.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/ExportDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/BulkRunner.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderFetcher.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "ui_MerchantPane.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

void MerchantPane::setupActions()
{
    connect(m_ui->confirmButton, &QPushButton::clicked, this,
            [this] { runOnSelection(merchant::OrderCommand::confirm()); });
    connect(m_ui->completeButton, &QPushButton::clicked, this,
            [this] { runOnSelection(merchant::OrderCommand::complete()); });
    connect(m_ui->cancelOrderButton, &QPushButton::clicked, this, &MerchantPane::askCancel);
    connect(m_ui->addDeliveryButton, &QPushButton::clicked, this, &MerchantPane::askDelivery);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MerchantPane::openExport);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->refresh();
    });

    auto *shipment = new QMenu(this);
    for (core::ShipmentState state :
         {core::ShipmentState::Ready, core::ShipmentState::Shipped, core::ShipmentState::Delivered,
          core::ShipmentState::Delayed, core::ShipmentState::Backorder, core::ShipmentState::Canceled}) {
        connect(shipment->addAction(models::OrderTableModel::stateText(state)), &QAction::triggered, this,
                [this, state] { runOnSelection(merchant::OrderCommand::setShipmentState(state)); });
    }
    m_ui->shipmentButton->setMenu(shipment);
    auto *payment = new QMenu(this);
    for (core::PaymentState state :
         {core::PaymentState::Pending, core::PaymentState::Paid, core::PaymentState::BalanceDue,
          core::PaymentState::Failed, core::PaymentState::CreditOwed}) {
        connect(payment->addAction(models::OrderTableModel::stateText(state)), &QAction::triggered, this,
                [this, state] { runOnSelection(merchant::OrderCommand::setPaymentState(state)); });
    }
    m_ui->paymentButton->setMenu(payment);
    auto *print = new QMenu(this);
    connect(print->addAction(tr("Packing slip…")), &QAction::triggered, this,
            [this] { askPrint(merchant::DocumentPrinter::Kind::PackingSlip); });
    connect(print->addAction(tr("Invoice…")), &QAction::triggered, this,
            [this] { askPrint(merchant::DocumentPrinter::Kind::Invoice); });
    m_ui->printButton->setMenu(print);
}

QList<core::OrderSummary> MerchantPane::selectedSummaries() const
{
    QList<core::OrderSummary> rows;
    if (!m_model)
        return rows;
    QModelIndexList indexes = m_ui->ordersTable->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const core::OrderSummary *row = m_model->summary(index.row()))
            rows.append(*row);
    }
    if (rows.isEmpty()) {
        if (const core::OrderSummary *row = m_model->summary(m_ui->ordersTable->currentIndex().row()))
            rows.append(*row);
    }
    return rows;
}

void MerchantPane::withSelectedOrders(std::function<void(const QList<core::Order> &)> then,
                                      std::function<void()> failed)
{
    const QList<core::OrderSummary> rows = selectedSummaries();
    if (rows.isEmpty() || !m_fetcher)
        return;
    const std::optional<core::Order> &shown = m_detail->order();
    if (rows.size() == 1 && shown && shown->id == rows.first().id) {
        then({*shown}); // as the seller sees it
        return;
    }
    QStringList ids;
    for (const core::OrderSummary &row : rows)
        ids.append(row.id);
    m_ui->statusLabel->setText(tr("Loading %n order(s)…", nullptr, int(ids.size())));
    m_fetcher->fetch(ids, this, [this, then, failed](const api::Result<QList<core::Order>> &result) {
        if (!result.ok() || result.value().isEmpty()) {
            if (result.ok())
                m_ui->statusLabel->setText(tr("The selected orders no longer exist."));
            else if (const api::ApiError &error = result.error();
                     error.kind != api::ApiError::Kind::Cancelled)
                m_ui->statusLabel->setText(tr("The selected orders could not be loaded (%1).")
                                               .arg(error.code.isEmpty() ? error.message : error.code));
            if (failed)
                failed();
            return;
        }
        m_ui->statusLabel->clear();
        then(result.value());
    });
}

QString MerchantPane::commandText(const merchant::OrderCommand &command) const
{
    using Kind = merchant::OrderCommand::Kind;
    switch (command.kind) {
    case Kind::Confirm:
        return tr("Confirm");
    case Kind::Complete:
        return tr("Complete");
    case Kind::Cancel:
        return tr("Cancel order");
    case Kind::SetShipmentState:
        return tr("Set shipment to %1").arg(models::OrderTableModel::stateText(command.shipmentState));
    case Kind::SetPaymentState:
        return tr("Set payment to %1").arg(models::OrderTableModel::stateText(command.paymentState));
    case Kind::AddDelivery:
        return tr("Add delivery");
    case Kind::SetTracking:
        return tr("Set tracking");
    }
    return {};
}

void MerchantPane::runOnSelection(const merchant::OrderCommand &command)
{
    if (!m_context || !m_context->canAct())
        return;
    withSelectedOrders([this, command](const QList<core::Order> &orders) {
        if (orders.size() == 1)
            runOne(orders.first(), command);
        else
            runBulk(orders, command);
    });
}

void MerchantPane::runOne(const core::Order &order, const merchant::OrderCommand &command)
{
    const QString text = commandText(command);
    m_ui->statusLabel->setText(tr("%1: %2…").arg(text, order.orderNumber.value_or(order.id)));
    m_context->actions()->apply(
        order, command, this, [this, text](const merchant::OrderActionOutcome &outcome) {
            using Status = merchant::OrderActionOutcome::Status;
            if (outcome.status == Status::Applied) {
                const QString number = outcome.order->orderNumber.value_or(outcome.order->id);
                m_ui->statusLabel->setText(
                    outcome.reappliedAutomatically
                        ? tr("%1: done for %2 (applied again after a background update of the order).")
                              .arg(text, number)
                        : tr("%1: done for %2.").arg(text, number));
                return;
            }
            if (outcome.status == Status::Conflict) {
                m_ui->statusLabel->setText(tr("The order changed meanwhile; nothing was applied."));
                auto *dialog = new ConflictDialog(*outcome.conflict, text, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this,
                        [this, dialog] { runOne(dialog->conflict().current, dialog->conflict().command); });
                dialog->open();
                return;
            }
            const api::ApiError &error = *outcome.error;
            if (error.kind != api::ApiError::Kind::Cancelled) {
                m_ui->statusLabel->setText(
                    tr("%1 failed: %2").arg(text, error.code.isEmpty() ? error.message : error.code));
            }
        });
}

void MerchantPane::runBulk(const QList<core::Order> &orders, const merchant::OrderCommand &command)
{
    if (m_bulk->isRunning())
        return;
    auto *dialog = new BulkProgressDialog(m_bulk, commandText(command), int(orders.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_bulk->start(orders, command);
}

void MerchantPane::askCancel()
{
    if (!m_context || !m_context->canAct())
        return;
    const qsizetype count = selectedSummaries().size();
    if (count == 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Cancel orders"),
        tr("Cancel %n order(s)? The buyer is not refunded automatically.", nullptr, int(count)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"cancelConfirmBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            runOnSelection(merchant::OrderCommand::cancel());
    });
    box->open();
}

void MerchantPane::askDelivery()
{
    if (!m_context || !m_context->canAct())
        return;
    const QList<core::OrderSummary> rows = selectedSummaries();
    if (rows.size() != 1)
        return;
    auto *dialog = new AddDeliveryDialog(rows.first().displayNumber(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { runOnSelection(merchant::OrderCommand::addDelivery({}, dialog->tracking())); });
    dialog->open();
}

bool MerchantPane::printSelection(merchant::DocumentPrinter::Kind kind, const QString &filePath)
{
    if (selectedSummaries().isEmpty())
        return false;
    withSelectedOrders(
        [this, kind, filePath](const QList<core::Order> &orders) {
            const bool ok =
                merchant::DocumentPrinter(locale(), tr("CommerceDesk")).writePdf(orders, kind, filePath);
            m_ui->statusLabel->setText(ok ? tr("Saved %1.").arg(filePath)
                                          : tr("Could not write %1.").arg(filePath));
            Q_EMIT documentsWritten(ok, filePath);
        },
        [this, filePath] { Q_EMIT documentsWritten(false, filePath); });
    return true;
}

void MerchantPane::askPrint(merchant::DocumentPrinter::Kind kind)
{
    if (selectedSummaries().isEmpty())
        return;
    auto *chooser = new QFileDialog(this, kind == merchant::DocumentPrinter::Kind::Invoice
                                              ? tr("Save invoices as PDF")
                                              : tr("Save packing slips as PDF"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(tr("PDF files (*.pdf)"));
    chooser->setDefaultSuffix(u"pdf"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this, kind](const QString &path) { printSelection(kind, path); });
    chooser->open();
}

void MerchantPane::openExport()
{
    if (!m_context)
        return;
    auto *dialog = new ExportDialog(m_context->transport(), m_session->filter(), m_model->columns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MerchantPane::onNewOrders(const QList<core::Order> &orders)
{
    const merchant::OrderFilter filter = m_session->filter();
    for (const core::Order &order : orders) {
        if (filter == merchant::OrderFilter{} || !filter.hasPredicates())
            m_model->upsertOrder(order, true);
    }
    if (orders.isEmpty() || !m_ui->notifyCheck->isChecked())
        return;
    const QString message = tr("%n new order(s), latest %1", nullptr, int(orders.size()))
                                .arg(orders.last().orderNumber.value_or(orders.last().id));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("New orders"), message);
    }
    Q_EMIT newOrdersNotified(int(orders.size()), message);
}

void MerchantPane::setDetailDetached(bool detached)
{
    if (detached && !m_detailWindow) {
        m_detailWindow = new QWidget(nullptr, Qt::Window);
        m_detailWindow->setObjectName(u"detailWindow"_s);
        m_detailWindow->installEventFilter(this); // closing the window docks the detail back
        m_detailWindow->setWindowTitle(tr("Order detail"));
        auto *layout = new QVBoxLayout(m_detailWindow);
        layout->addWidget(m_detail);
        m_detail->setDetached(true);
        m_detailWindow->resize(560, 720);
        m_detailWindow->show();
        m_ui->detailHost->hide();
    } else if (!detached && m_detailWindow) {
        m_ui->detailHostLayout->addWidget(m_detail);
        m_detail->setDetached(false);
        m_ui->detailHost->show();
        m_detailWindow->removeEventFilter(this);
        m_detailWindow->hide();
        m_detailWindow->deleteLater();
        m_detailWindow = nullptr;
    }
}

bool MerchantPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detailWindow && event->type() == QEvent::Close) {
        setDetailDetached(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace commercedesk::app
