// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/OrderSummary.h"
#include "merchant/DocumentPrinter.h"
#include "merchant/InvoiceNumbers.h"
#include "merchant/OrderCommand.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace commercedesk::merchant {
class BulkCapture;
class OrderDesk;
} // namespace commercedesk::merchant

namespace commercedesk::app {

class DeskPrompter;

/// What the merchant pane does when the seller acts on the selected rows, as a conversation: it has the desk
/// fetch the orders, asks before bulk runs and cancellations (DeskPrompter), tells refusals of the state
/// rules instead of sending them, shows conflicts (ConflictDialog) and bulk results (BulkProgressDialog),
/// and writes documents. Words go out through status() as a text maker, so a status shown survives a
/// language change in the new language; errors are worded by ErrorPresenter. The desk and
/// the dialog parent must outlive the runner; the prompter may be replaced at any time.
class OrderActionRunner final : public QObject
{
    Q_OBJECT

public:
    /// Makes the status text in the language of the moment it is called (empty: no status).
    using StatusText = std::function<QString()>;

    OrderActionRunner(QWidget *dialogParent, merchant::OrderDesk *desk, DeskPrompter *prompter,
                      QObject *parent = nullptr);

    void setPrompter(DeskPrompter *prompter) { m_prompter = prompter; }

    /// `rows` are the selection; `shown` the order the detail shows (acted on as the seller sees it).
    void run(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
             const merchant::OrderCommand &command);
    /// Applies `command` to `order` as the seller sees it (e.g. from the detail's returns section); told
    /// through status(), conflicts shown. Nothing without the right to act.
    void runOn(const core::Order &order, const merchant::OrderCommand &command);
    /// Cancel: one order asks first, then runs; several go through the bulk question.
    void cancel(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown);
    void addDelivery(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown);
    /// Record return…: for one order, asks what came back (ReturnDialog) and records it (addReturnInfo);
    /// returnRecorded() follows with the returned items' value.
    void recordReturn(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown);
    /// The bulk capture "Capture…" runs (null: none; also when the client may not capture).
    void setCapture(merchant::BulkCapture *capture) { m_capture = capture; }
    /// Makes a capture run for "Capture on shipment" (unset: the client may not capture). With the desk's
    /// captureOnShipment() on, a delivery added through addDelivery() that ships everything
    /// (merchant::ShipmentCapture) captures the rest of the order's card payment; status() says how it went.
    void setShipmentCapture(std::function<merchant::BulkCapture *(QObject *parent)> make)
    {
        m_makeCapture = std::move(make);
    }
    /// Capture: says to how many orders (and how many have a payment), asks ("bulkCaptureBox"), then runs
    /// the bulk capture with the progress dialog and its per-order result.
    void capture(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown);
    /// True when documents of `kind` can be printed now. An invoice needs the seller's details
    /// (merchant::SellerDetails::missingForInvoice); without them the seller is told what is missing and
    /// asked ("sellerDetailsMissingBox") whether to open the form, and this returns false.
    bool readyToPrint(merchant::DocumentPrinter::Kind kind);
    /// Opens the seller details form (SellerDetailsDialog) on the desk's settings.
    void editSellerDetails();
    /// Writes the orders' packing slips or invoices to `filePath`; documentsWritten() follows. Invoices get
    /// their numbers from the invoice number sequence first (merchant::InvoiceNumbers, kept under the
    /// app's data folder); they are refused without seller details or when no number can be assigned.
    void print(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
               merchant::DocumentPrinter::Kind kind, const QString &filePath);

Q_SIGNALS:
    void status(const commercedesk::app::OrderActionRunner::StatusText &text);
    void documentsWritten(bool ok, const QString &filePath);
    /// A return of `order` (as updated) was recorded; `value` is what the returned items are worth
    /// (ReturnDialog::valueOf), `comment` the seller's.
    void returnRecorded(const commercedesk::core::Order &order, const commercedesk::core::Money &value,
                        const QString &comment);
    /// One order's `command` was applied (not for bulk runs); `order` is the order afterwards.
    void applied(const commercedesk::core::Order &order, const commercedesk::merchant::OrderCommand &command);

private:
    void withOrders(const QList<core::OrderSummary> &rows, const std::optional<core::Order> &shown,
                    const std::function<void(const QList<core::Order> &)> &then,
                    const std::function<void()> &failed = {});
    /// `whenApplied` runs with the order as updated once the command was applied (then applied() is emitted).
    void runOne(const core::Order &order, const merchant::OrderCommand &command,
                const std::function<void(const core::Order &)> &whenApplied = {});
    void captureShipped(const core::Order &order);
    void askBulk(const QList<core::Order> &orders, const merchant::OrderCommand &command);
    /// Writes the PDF of `orders` (invoices with `numbers` and the buyers' VAT ids) and says how it went.
    void write(const QList<core::Order> &orders, merchant::DocumentPrinter::Kind kind,
               const QString &filePath, const QHash<QString, merchant::InvoiceNumbers::Number> &numbers,
               const QHash<QString, QString> &buyerVatIds);

    QWidget *m_dialogParent;
    merchant::OrderDesk *m_desk;
    QPointer<DeskPrompter> m_prompter;
    merchant::InvoiceNumbers m_invoiceNumbers;
    merchant::BulkCapture *m_capture = nullptr;
    std::function<merchant::BulkCapture *(QObject *parent)> m_makeCapture;
};

} // namespace commercedesk::app
