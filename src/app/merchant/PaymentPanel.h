// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/Payment.h"
#include "core/PaymentBalance.h"
#include "merchant/PaymentDesk.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace commercedesk::app {

class DeskPrompter;

/// The payment section of the order detail ("paymentPanel"; docs/architecture.md "Money after the order"):
/// a timeline of every transaction of the order's payments ("paymentTimelineTable": time, operation,
/// amount, state, PSP reference: the interactionId) and what the card payment acted on adds up to
/// (core::PaymentBalance: "authorizedValue", "capturedValue", "refundedValue", "capturableValue",
/// "refundableValue"), with the actions Capture… ("captureButton"), Refund… ("refundButton") and Release
/// authorization
/// ("releaseButton"). Each asks first with the amounts (PaymentAmountDialog, or the prompter's
/// "releaseConfirmBox"), runs through merchant::PaymentDesk with the buttons disabled and a progress bar,
/// and tells the outcome ("paymentStatusLabel"). While an operation is Pending at the payment provider
/// (an unconfirmed answer, a lost answer, or a payment loaded that way), Complete ("completeButton")
/// sends that same operation again — never anything by itself. A client without
/// manage_checkout_payment_intents sees everything with the buttons disabled and the reason in their
/// tooltips. The payment acted on is the order's last one with a successful authorization. Hidden for an
/// order without payments. Retranslates itself on a language change.
class PaymentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    /// The desk to act with (not owned; null: view only) and the prompter asking before a release.
    void setDesk(merchant::PaymentDesk *desk, DeskPrompter *prompter);
    void setLocale(const QLocale &locale);
    /// A new order forgets the payments and the last outcome; the same order (a newer version) keeps them
    /// until setPayments() brings the payments again.
    void setOrder(const core::Order &order);
    void setPayments(const QList<core::Payment> &payments);
    void clear();

    /// The balance of the payment acted on (empty while none is loaded).
    std::optional<core::PaymentBalance> balance() const;
    bool isRunning() const { return m_running; }
    /// After order `orderId` was cancelled: when it is this panel's order and its authorization can still
    /// be released, asks ("releaseAfterCancelBox") and releases it.
    void offerRelease(const QString &orderId);
    /// After a return of order `orderId` worth `value` was recorded: when it is this panel's order and
    /// something can be refunded, opens the refund dialog at the returned items' value (at most what is
    /// left to refund) with `reason`; the seller confirms or changes it. Returns whether it was offered.
    /// `refunded` runs once that refund is done (the PSP approved it) with the order as it is afterwards.
    bool offerRefund(const QString &orderId, const core::Money &value, const QString &reason,
                     std::function<void(const core::Order &)> refunded = {});

Q_SIGNALS:
    /// A payment as it is after an operation (the detail shows it at once).
    void paymentUpdated(const commercedesk::core::Payment &payment);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void fitHeight();
    void render();
    void updateButtons();
    const core::Payment *actedOn() const;
    void askCapture();
    void askRefund(std::optional<core::Money> amount = {}, const QString &reason = {},
                   std::function<void(const core::Order &)> refunded = {});
    void askRelease();
    void complete();
    /// `done` runs when the operation is done (approved), with the order as it is afterwards.
    void run(const api::PaymentIntentAction &action, std::function<void(const core::Order &)> done = {});
    void showStatus(std::function<QString()> text, bool error);

    QPointer<merchant::PaymentDesk> m_desk;
    QPointer<DeskPrompter> m_prompter;
    QLocale m_locale;
    std::optional<core::Order> m_order;
    QList<core::Payment> m_payments;
    bool m_running = false;
    std::function<QString()> m_statusText;
    QLabel *m_titleLabel;
    QWidget *m_amountsBox = nullptr;
    QList<QLabel *> m_amountNames;
    QList<QLabel *> m_amountValues;
    QTableWidget *m_timeline;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    QPushButton *m_captureButton;
    QPushButton *m_refundButton;
    QPushButton *m_releaseButton;
    QPushButton *m_completeButton;
};

} // namespace commercedesk::app
