// SPDX-License-Identifier: MIT
#include "app/merchant/OrderActionRunner.h"

#include "app/ErrorPresenter.h"
#include "app/merchant/AddDeliveryDialog.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/MerchantTexts.h"
#include "app/merchant/ReturnDialog.h"
#include "app/merchant/SellerDetailsDialog.h"
#include "merchant/BulkCapture.h"
#include "merchant/BulkRunner.h"
#include "merchant/BuyerVatIds.h"
#include "merchant/OrderDesk.h"
#include "merchant/ShipmentCapture.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

OrderActionRunner::OrderActionRunner(QWidget *dialogParent, merchant::OrderDesk *desk, DeskPrompter *prompter,
                                     QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_desk(desk)
    , m_prompter(prompter)
    , m_invoiceNumbers(merchant::InvoiceNumbers::defaultFilePath())
{}

void OrderActionRunner::withOrders(const QList<core::OrderSummary> &rows,
                                   const std::optional<core::Order> &shown,
                                   const std::function<void(const QList<core::Order> &)> &then,
                                   const std::function<void()> &failed)
{
    if (rows.isEmpty())
        return;
    if (rows.size() > 1)
        Q_EMIT status([count = int(rows.size())] { return tr("Loading %n order(s)…", nullptr, count); });
    m_desk->fetchOrders(rows, shown, this,
                        [this, then, failed](const api::Result<QList<core::Order>> &result) {
                            if (!result.ok() || result.value().isEmpty()) {
                                if (result.ok())
                                    Q_EMIT status([] { return tr("The selected orders no longer exist."); });
                                else if (result.error().kind != api::ApiError::Kind::Cancelled)
                                    Q_EMIT status([error = result.error()] {
                                        return tr("The selected orders could not be loaded: %1")
                                            .arg(ErrorPresenter::describe(error));
                                    });
                                if (failed)
                                    failed();
                                return;
                            }
                            Q_EMIT status({});
                            then(result.value());
                        });
}

void OrderActionRunner::run(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
                            const merchant::OrderCommand &command)
{
    if (!m_desk->canAct())
        return;
    withOrders(rows, shown, [this, command](const QList<core::Order> &orders) {
        if (orders.size() == 1)
            runOne(orders.first(), command);
        else
            askBulk(orders, command);
    });
}

void OrderActionRunner::runOn(const core::Order &order, const merchant::OrderCommand &command)
{
    if (m_desk->canAct())
        runOne(order, command);
}

void OrderActionRunner::runOne(const core::Order &order, const merchant::OrderCommand &command,
                               const std::function<void(const core::Order &)> &whenApplied)
{
    const QString number = order.orderNumber.value_or(order.id);
    const merchant::StateRefusal refusal = m_desk->apply(
        order, command, this, [this, command, whenApplied](const merchant::OrderActionOutcome &outcome) {
            using Status = merchant::OrderActionOutcome::Status;
            if (outcome.status == Status::Applied) {
                const QString done = outcome.order->orderNumber.value_or(outcome.order->id);
                Q_EMIT status([command, done, again = outcome.reappliedAutomatically] {
                    const QString text = MerchantTexts::command(command);
                    return again
                               ? tr("%1: done for %2 (applied again after a background update of the order).")
                                     .arg(text, done)
                               : tr("%1: done for %2.").arg(text, done);
                });
                if (whenApplied)
                    whenApplied(*outcome.order);
                Q_EMIT applied(*outcome.order, command);
                return;
            }
            if (outcome.status == Status::Conflict) {
                Q_EMIT status([] { return tr("The order changed meanwhile; nothing was applied."); });
                auto *dialog = new ConflictDialog(*outcome.conflict, m_dialogParent);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog, whenApplied] {
                    runOne(dialog->conflict().current, dialog->conflict().command, whenApplied);
                });
                dialog->open();
                return;
            }
            if (outcome.error->kind != api::ApiError::Kind::Cancelled) {
                Q_EMIT status([command, error = *outcome.error] {
                    return tr("%1 failed: %2")
                        .arg(MerchantTexts::command(command), ErrorPresenter::describe(error));
                });
            }
        });
    if (refusal != merchant::StateRefusal::None) {
        Q_EMIT status([command, number, refusal, state = order.orderState] {
            return tr("%1 (%2): %3")
                .arg(MerchantTexts::command(command), number,
                     MerchantTexts::refusal(refusal, command, state));
        });
    } else {
        Q_EMIT status(
            [command, number] { return tr("%1: %2…").arg(MerchantTexts::command(command), number); });
    }
}

void OrderActionRunner::askBulk(const QList<core::Order> &orders, const merchant::OrderCommand &command)
{
    if (m_desk->bulk()->isRunning() || !m_prompter)
        return;
    const merchant::BulkPlan plan = merchant::OrderDesk::plan(orders, command);
    const QString text = MerchantTexts::command(command);
    DeskPrompter::Question question;
    question.objectName = u"bulkConfirmBox"_s;
    question.title = tr("%1 — %n order(s)", nullptr, plan.selected).arg(text);
    question.text = MerchantTexts::bulkQuestion(plan);
    question.yesText =
        plan.toChange > 0 ? tr("%1 %n order(s)", nullptr, plan.toChange).arg(text) : tr("Continue");
    question.warning = command.kind == merchant::OrderCommand::Kind::Cancel;
    m_prompter->ask(m_dialogParent, question, [this, orders, command](bool yes) {
        if (!yes) {
            Q_EMIT status(
                [command] { return tr("%1: nothing was changed.").arg(MerchantTexts::command(command)); });
            return;
        }
        if (!m_desk->startBulk(orders, command))
            return;
        auto *dialog = new BulkProgressDialog(m_desk->bulk(), command, int(orders.size()), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void OrderActionRunner::cancel(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown)
{
    if (!m_desk->canAct() || rows.isEmpty() || !m_prompter)
        return;
    if (rows.size() > 1) {
        run(rows, shown, merchant::OrderCommand::cancel());
        return;
    }
    DeskPrompter::Question question;
    question.objectName = u"cancelConfirmBox"_s;
    question.title = tr("Cancel order");
    question.text =
        tr("Cancel order %1? The buyer is not refunded automatically.").arg(rows.first().displayNumber());
    question.yesText = tr("Cancel order");
    question.warning = true;
    m_prompter->ask(m_dialogParent, question, [this, rows, shown](bool yes) {
        if (yes)
            run(rows, shown, merchant::OrderCommand::cancel());
    });
}

void OrderActionRunner::addDelivery(const QList<core::OrderSummary> &rows,
                                    const std::optional<core::Order> &shown)
{
    if (!m_desk->canAct() || rows.size() != 1)
        return;
    auto *dialog = new AddDeliveryDialog(rows.first().displayNumber(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCapturesOnShipment(m_makeCapture && m_desk->captureOnShipment());
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows, shown] {
        const merchant::OrderCommand command = merchant::OrderCommand::addDelivery({}, dialog->tracking());
        withOrders(rows, shown, [this, command](const QList<core::Order> &orders) {
            runOne(orders.first(), command, [this](const core::Order &after) { captureShipped(after); });
        });
    });
    dialog->open();
}

void OrderActionRunner::recordReturn(const QList<core::OrderSummary> &rows,
                                     const std::optional<core::Order> &shown)
{
    if (!m_desk->canAct() || rows.size() != 1)
        return;
    withOrders(rows, shown, [this](const QList<core::Order> &orders) {
        auto *dialog = new ReturnDialog(orders.first(), QLocale(), m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, order = orders.first()] {
            const merchant::OrderCommand command =
                merchant::OrderCommand::addReturn(dialog->items(), dialog->comment());
            const std::optional<core::Money> value = ReturnDialog::valueOf(order, command.deliveryItems);
            runOne(order, command, [this, value, comment = command.comment](const core::Order &after) {
                if (value)
                    Q_EMIT returnRecorded(after, *value, comment);
            });
        });
        dialog->open();
    });
}

void OrderActionRunner::captureShipped(const core::Order &order)
{
    if (!m_makeCapture || !m_desk->captureOnShipment() || order.paymentInfo.payments.isEmpty() ||
        !merchant::ShipmentCapture::shipsEverything(order))
        return;
    const QString number = order.orderNumber.value_or(order.id);
    Q_EMIT status([number] { return tr("Delivery added for %1; capturing the payment…").arg(number); });
    merchant::BulkCapture *capture = m_makeCapture(this);
    connect(capture, &merchant::BulkRun::finished, this, [this, capture, number] {
        const merchant::BulkItemResult result = capture->results().value(0);
        capture->deleteLater();
        Q_EMIT status([result, number] {
            switch (result.status) {
            case merchant::BulkItemResult::Status::Applied:
                return tr("Delivery added for %1; captured %2.")
                    .arg(number, result.amount->format(QLocale()));
            case merchant::BulkItemResult::Status::NothingToCapture:
                return tr("Delivery added for %1; nothing was left to capture.").arg(number);
            default:
                return tr("Delivery added for %1; the capture failed: %2")
                    .arg(number, BulkProgressDialog::detailsText(result));
            }
        });
    });
    capture->start({order});
}

void OrderActionRunner::capture(const QList<core::OrderSummary> &rows,
                                const std::optional<core::Order> &shown)
{
    if (!m_capture || m_capture->isRunning() || rows.isEmpty() || !m_prompter)
        return;
    withOrders(rows, shown, [this](const QList<core::Order> &orders) {
        const int selected = int(orders.size());
        const int paid = merchant::BulkCapture::withPayments(orders);
        DeskPrompter::Question question;
        question.objectName = u"bulkCaptureBox"_s;
        question.title = tr("Capture — %n order(s)", nullptr, selected);
        question.text = tr("Capture what is left of the authorized card payments of %n selected order(s)?",
                           nullptr, selected);
        if (paid < selected)
            question.text += u' ' + tr("%n of them have no payment and have nothing to capture.", nullptr,
                                       selected - paid);
        question.yesText = paid > 0 ? tr("Capture %n order(s)", nullptr, paid) : tr("Continue");
        m_prompter->ask(m_dialogParent, question, [this, orders](bool yes) {
            if (!yes) {
                Q_EMIT status([] { return tr("Capture: nothing was captured."); });
                return;
            }
            if (m_capture->isRunning())
                return;
            m_capture->start(orders);
            auto *dialog = new BulkProgressDialog(
                m_capture, [] { return tr("Capture"); }, int(orders.size()), m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    });
}

bool OrderActionRunner::readyToPrint(merchant::DocumentPrinter::Kind kind)
{
    if (kind != merchant::DocumentPrinter::Kind::Invoice)
        return true;
    const QStringList missing = merchant::SellerDetails::load(m_desk->settings()).missingForInvoice();
    if (missing.isEmpty())
        return true;
    DeskPrompter::Question question;
    question.objectName = u"sellerDetailsMissingBox"_s;
    question.title = tr("Seller details needed");
    question.text = tr("An invoice must name the seller. These details are missing: %1.\n\nEnter them now?")
                        .arg(missing.join(u", "_s));
    question.yesText = tr("Enter seller details…");
    m_prompter->ask(m_dialogParent, question, [this](bool yes) {
        if (yes)
            editSellerDetails();
    });
    return false;
}

void OrderActionRunner::editSellerDetails()
{
    auto *dialog = new SellerDetailsDialog(&m_desk->settings(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderActionRunner::print(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
                              merchant::DocumentPrinter::Kind kind, const QString &filePath)
{
    const merchant::SellerDetails seller = merchant::SellerDetails::load(m_desk->settings());
    const bool invoice = kind == merchant::DocumentPrinter::Kind::Invoice;
    if (invoice && !seller.missingForInvoice().isEmpty()) {
        Q_EMIT status([] { return tr("Invoices need the seller's details: Print → Seller details…"); });
        Q_EMIT documentsWritten(false, filePath);
        return;
    }
    withOrders(
        rows, shown,
        [this, kind, filePath, invoice](const QList<core::Order> &orders) {
            if (!invoice) {
                write(orders, kind, filePath, {}, {});
                return;
            }
            // Numbers are stored before the PDF is written: a failed write keeps them for the reprint.
            QHash<QString, merchant::InvoiceNumbers::Number> numbers;
            for (const core::Order &order : orders) {
                const auto number = m_invoiceNumbers.numberFor(order.id);
                if (!number) {
                    Q_EMIT status([] {
                        return tr("Could not assign an invoice number: the number file is in use or cannot "
                                  "be written. Try again.");
                    });
                    Q_EMIT documentsWritten(false, filePath);
                    return;
                }
                numbers.insert(order.id, *number);
            }
            m_desk->buyerVatIds()->fetch(
                orders, this, [this, orders, kind, filePath, numbers](const QHash<QString, QString> &vatIds) {
                    write(orders, kind, filePath, numbers, vatIds);
                });
        },
        [this, filePath] { Q_EMIT documentsWritten(false, filePath); });
}

void OrderActionRunner::write(const QList<core::Order> &orders, merchant::DocumentPrinter::Kind kind,
                              const QString &filePath,
                              const QHash<QString, merchant::InvoiceNumbers::Number> &numbers,
                              const QHash<QString, QString> &buyerVatIds)
{
    const QLocale locale = m_dialogParent->locale();
    merchant::DocumentPrinter printer(locale, merchant::SellerDetails::load(m_desk->settings()),
                                      merchant::DocumentPrinter::pageSizeFor(locale));
    printer.setInvoiceNumbers(numbers);
    printer.setBuyerVatIds(buyerVatIds);
    const bool ok = printer.writePdf(orders, kind, filePath);
    Q_EMIT status([ok, filePath] {
        return ok ? tr("Saved %1.").arg(filePath) : tr("Could not write %1.").arg(filePath);
    });
    Q_EMIT documentsWritten(ok, filePath);
}

} // namespace commercedesk::app
