// SPDX-License-Identifier: MIT
#include "app/merchant/PaymentPanel.h"

#include "app/FlowLayout.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/PaymentAmountDialog.h"
#include "app/merchant/PaymentTexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {
constexpr int kAmounts = 5; // authorized, captured, refunded, left to capture, left to refund
}

PaymentPanel::PaymentPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel)
    , m_timeline(new QTableWidget(0, 5))
    , m_progress(new QProgressBar)
    , m_statusLabel(new QLabel)
    , m_captureButton(new QPushButton)
    , m_refundButton(new QPushButton)
    , m_releaseButton(new QPushButton)
    , m_completeButton(new QPushButton)
{
    setObjectName(u"paymentPanel"_s);
    m_titleLabel->setStyleSheet(u"font-weight: bold; color: #335;"_s);
    // Each amount is a "name value" pair; the pairs flow and wrap, so a long language grows a row
    // instead of cutting a name.
    m_amountsBox = new QWidget;
    auto *amounts = new FlowLayout(m_amountsBox, 2);
    amounts->setContentsMargins(0, 0, 0, 0);
    const QStringList names{u"authorizedValue"_s, u"capturedValue"_s, u"refundedValue"_s,
                            u"capturableValue"_s, u"refundableValue"_s};
    for (int i = 0; i < kAmounts; ++i) {
        auto *pair = new QWidget;
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 12, 0);
        pairLayout->setSpacing(4);
        auto *name = new QLabel;
        auto *value = new QLabel;
        value->setObjectName(names.at(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setStyleSheet(u"font-weight: bold;"_s);
        pairLayout->addWidget(name);
        pairLayout->addWidget(value);
        amounts->addWidget(pair);
        m_amountNames.append(name);
        m_amountValues.append(value);
    }

    m_timeline->setObjectName(u"paymentTimelineTable"_s);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setWordWrap(false);
    m_timeline->setAlternatingRowColors(true);
    // Time, operation, amount and state keep their width; the PSP reference takes the rest (elided), so
    // the docked detail never needs a horizontal scroll bar.
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setTextElideMode(Qt::ElideMiddle);
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 6);
    // At least three transactions in sight (it scrolls beyond; the splitter gives it more when there is).
    m_timeline->setMinimumHeight(m_timeline->horizontalHeader()->sizeHint().height() +
                                 3 * m_timeline->verticalHeader()->defaultSectionSize() +
                                 2 * m_timeline->frameWidth());

    m_progress->setObjectName(u"paymentProgress"_s);
    m_progress->setRange(0, 0); // busy: the payment provider's answer has no measurable progress
    m_progress->setMaximumHeight(m_statusLabel->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_statusLabel->setObjectName(u"paymentStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for two lines: an outcome wraps in the docked detail and must not run into the buttons.
    m_statusLabel->setMinimumHeight(2 * m_statusLabel->fontMetrics().lineSpacing());
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_captureButton->setObjectName(u"captureButton"_s);
    m_refundButton->setObjectName(u"refundButton"_s);
    m_releaseButton->setObjectName(u"releaseButton"_s);
    m_completeButton->setObjectName(u"completeButton"_s);
    m_completeButton->hide();
    connect(m_captureButton, &QPushButton::clicked, this, &PaymentPanel::askCapture);
    connect(m_refundButton, &QPushButton::clicked, this, [this] { askRefund(); });
    connect(m_releaseButton, &QPushButton::clicked, this, &PaymentPanel::askRelease);
    connect(m_completeButton, &QPushButton::clicked, this, &PaymentPanel::complete);
    auto *buttonsBox = new QWidget;
    auto *buttons = new FlowLayout(buttonsBox);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_captureButton, m_refundButton, m_releaseButton, m_completeButton})
        buttons->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_amountsBox);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttonsBox);
    retranslate();
    clear();
}

void PaymentPanel::setDesk(merchant::PaymentDesk *desk, DeskPrompter *prompter)
{
    m_desk = desk;
    m_prompter = prompter;
    updateButtons();
}

void PaymentPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    render();
}

void PaymentPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void PaymentPanel::fitHeight()
{
    // The amounts and the status wrap with the width: the splitter holding the panel must not give it less
    // than that height, or the timeline runs into the status and the buttons.
    setMinimumHeight(0);
    int extra = 0;
    for (QWidget *wrapping : {m_amountsBox, static_cast<QWidget *>(m_statusLabel)}) {
        if (wrapping->isVisibleTo(this))
            extra += std::max(0, wrapping->heightForWidth(width()) - wrapping->minimumSizeHint().height());
    }
    setMinimumHeight(layout()->minimumSize().height() + extra);
}

void PaymentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_locale = QLocale();
        render();
        // The new words may wrap differently: fitted again once the layouts took them in.
        QTimer::singleShot(0, this, [this] { fitHeight(); });
    }
    QWidget::changeEvent(event);
}

void PaymentPanel::retranslate()
{
    m_titleLabel->setText(tr("Payment transactions"));
    const QStringList names{tr("Authorized:"), tr("Captured:"), tr("Refunded:"), tr("Left to capture:"),
                            tr("Left to refund:")};
    for (int i = 0; i < kAmounts; ++i)
        m_amountNames.at(i)->setText(names.at(i));
    m_timeline->setHorizontalHeaderLabels(
        {tr("Time"), tr("Operation"), tr("Amount"), tr("State"), tr("Reference")});
    m_captureButton->setText(tr("Capture…"));
    m_refundButton->setText(tr("Refund…"));
    m_releaseButton->setText(tr("Release authorization…"));
    m_completeButton->setText(tr("Complete"));
    if (m_statusText)
        m_statusLabel->setText(m_statusText());
    updateButtons();
}

void PaymentPanel::clear()
{
    m_order.reset();
    m_payments.clear();
    m_statusText = {};
    m_statusLabel->clear();
    m_statusLabel->hide();
    render();
}

void PaymentPanel::setOrder(const core::Order &order)
{
    const bool sameOrder = m_order && m_order->id == order.id;
    m_order = order;
    if (!sameOrder) {
        m_payments.clear();
        if (!m_running) {
            m_statusText = {};
            m_statusLabel->hide();
        }
    }
    setVisible(!order.paymentInfo.payments.isEmpty());
    render();
}

void PaymentPanel::setPayments(const QList<core::Payment> &payments)
{
    m_payments = payments;
    render();
}

const core::Payment *PaymentPanel::actedOn() const
{
    for (auto it = m_payments.crbegin(); it != m_payments.crend(); ++it) {
        if (it->hasSuccessfulAuthorization())
            return &*it;
    }
    return nullptr;
}

std::optional<core::PaymentBalance> PaymentPanel::balance() const
{
    const core::Payment *payment = actedOn();
    if (!payment)
        return std::nullopt;
    const auto balance = core::PaymentBalance::of(*payment);
    return balance.ok() ? std::optional(balance.value()) : std::nullopt;
}

void PaymentPanel::render()
{
    const std::optional<core::PaymentBalance> now = balance();
    const QList<core::Money> amounts =
        now ? QList{now->authorized, now->captured, now->refunded, now->capturable(), now->refundable()}
            : QList<core::Money>{};
    for (int i = 0; i < kAmounts; ++i)
        m_amountValues.at(i)->setText(now ? amounts.at(i).format(m_locale) : u"—"_s);

    QList<core::Transaction> transactions;
    for (const core::Payment &payment : std::as_const(m_payments))
        transactions += core::PaymentBalance::timeline(payment);
    std::stable_sort(transactions.begin(), transactions.end(),
                     [](const core::Transaction &a, const core::Transaction &b) {
                         return a.timestamp && (!b.timestamp || *a.timestamp < *b.timestamp);
                     });
    m_timeline->setRowCount(int(transactions.size()));
    for (int row = 0; row < transactions.size(); ++row) {
        const core::Transaction &t = transactions.at(row);
        const QStringList cells{
            t.timestamp ? m_locale.toString(t.timestamp->toLocalTime(), QLocale::ShortFormat) : QString(),
            PaymentTexts::type(t.type), t.amount.format(m_locale), PaymentTexts::state(t.state),
            t.interactionId.value_or(QString())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 3 && t.state == core::TransactionState::Failure)
                item->setForeground(QColor(0xa0, 0x20, 0x20));
            m_timeline->setItem(row, column, item);
        }
    }
    m_timeline->scrollToBottom(); // the latest operation in sight
    updateButtons();
}

void PaymentPanel::updateButtons()
{
    const std::optional<core::PaymentBalance> now = balance();
    const bool canAct = m_desk && m_desk->canAct();
    const bool idle = !m_running && now && m_order;
    m_captureButton->setEnabled(canAct && idle && now->canCapture());
    m_refundButton->setEnabled(canAct && idle && now->canRefund());
    m_releaseButton->setEnabled(canAct && idle && now->canCancel());
    m_completeButton->setVisible(now && now->pending);
    m_completeButton->setEnabled(canAct && idle && now->pending);
    QString viewOnly = tr("This API client may not capture, refund or release payments "
                          "(it lacks the scope manage_checkout_payment_intents).");
    const QString pending = tr("An operation is waiting for the payment provider: Complete it first.");
    const auto reason = [&](bool allowed, const QString &nothing) -> QString {
        if (!canAct)
            return viewOnly;
        if (allowed || !now)
            return {};
        return now->pending ? pending : nothing;
    };
    m_captureButton->setToolTip(reason(now && now->canCapture(), tr("Nothing is left to capture.")));
    m_refundButton->setToolTip(reason(now && now->canRefund(), tr("Nothing captured is left to refund.")));
    m_releaseButton->setToolTip(
        reason(now && now->canCancel(), tr("Only an authorization with nothing captured can be released.")));
    m_completeButton->setToolTip(
        canAct ? tr("Sends the pending operation again; it is carried out only once.") : viewOnly);
    if (!canAct && !m_statusText) {
        m_statusLabel->setStyleSheet(u"color: #777;"_s);
        m_statusLabel->setText(tr("View only: this API client may not capture, refund or release payments."));
        m_statusLabel->setVisible(m_order.has_value());
    }
}

void PaymentPanel::showStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_statusLabel->setStyleSheet(error ? u"color: #a02020;"_s : QString());
    m_statusLabel->setText(m_statusText ? m_statusText() : QString());
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    fitHeight();
}

void PaymentPanel::askCapture()
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!now || !now->canCapture())
        return;
    auto *dialog =
        new PaymentAmountDialog(PaymentAmountDialog::Kind::Capture, now->capturable(), {}, m_locale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { run(api::PaymentIntentAction::capture(dialog->amount())); });
    dialog->open();
}

void PaymentPanel::askRefund(std::optional<core::Money> amount, const QString &reason,
                             std::function<void(const core::Order &)> refunded)
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!now || !now->canRefund() || !m_order)
        return;
    auto *dialog = new PaymentAmountDialog(PaymentAmountDialog::Kind::Refund, now->refundable(),
                                           m_order->lineItems, m_locale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (amount) {
        const qint64 left = now->refundable().centAmount();
        dialog->prefill(amount->currencyCode() == now->refundable().currencyCode() &&
                                amount->centAmount() < left
                            ? *amount
                            : now->refundable(),
                        reason);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, refunded] {
        api::PaymentIntentAction action = api::PaymentIntentAction::refund(dialog->amount());
        if (!dialog->reason().isEmpty())
            action.merchantReference = dialog->reason();
        run(action, refunded);
    });
    dialog->open();
}

void PaymentPanel::askRelease()
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!now || !now->canCancel() || !m_prompter)
        return;
    DeskPrompter::Question question;
    question.objectName = u"releaseConfirmBox"_s;
    question.title = tr("Release authorization");
    question.text =
        tr("Release the authorization of %1? The buyer's card is no longer held and nothing can be "
           "captured afterwards.")
            .arg(now->authorized.format(m_locale));
    question.yesText = tr("Release %1").arg(now->authorized.format(m_locale));
    question.warning = true;
    m_prompter->ask(this, question, [this](bool yes) {
        if (yes)
            run(api::PaymentIntentAction::cancel());
    });
}

void PaymentPanel::offerRelease(const QString &orderId)
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!m_order || m_order->id != orderId || !now || !now->canCancel() || !m_prompter || !m_desk ||
        !m_desk->canAct())
        return;
    DeskPrompter::Question question;
    question.objectName = u"releaseAfterCancelBox"_s;
    question.title = tr("Release authorization");
    question.text = tr("The order is cancelled. Release its card authorization of %1 as well, so the buyer's "
                       "money is no longer held?")
                        .arg(now->authorized.format(m_locale));
    question.yesText = tr("Release %1").arg(now->authorized.format(m_locale));
    m_prompter->ask(this, question, [this](bool yes) {
        if (yes)
            run(api::PaymentIntentAction::cancel());
    });
}

bool PaymentPanel::offerRefund(const QString &orderId, const core::Money &value, const QString &reason,
                               std::function<void(const core::Order &)> refunded)
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!m_order || m_order->id != orderId || !now || !now->canRefund() || !m_desk || !m_desk->canAct() ||
        m_running)
        return false;
    askRefund(value, reason, std::move(refunded));
    return true;
}

void PaymentPanel::complete()
{
    const std::optional<core::PaymentBalance> now = balance();
    if (!now || !now->pending)
        return;
    // The same operation as the pending transaction: the API completes it, exactly once.
    switch (now->pending->type) {
    case core::TransactionType::Charge:
        run(api::PaymentIntentAction::capture(now->pending->amount));
        break;
    case core::TransactionType::Refund:
        run(api::PaymentIntentAction::refund(now->pending->amount));
        break;
    case core::TransactionType::CancelAuthorization:
        run(api::PaymentIntentAction::cancel());
        break;
    default:
        break;
    }
}

void PaymentPanel::run(const api::PaymentIntentAction &action, std::function<void(const core::Order &)> done)
{
    const core::Payment *payment = actedOn();
    if (!payment || !m_order || !m_desk)
        return;
    const bool started = m_desk->run(
        *m_order, m_payments, payment->id, action, this,
        [this, done](const merchant::PaymentOperationOutcome &outcome) {
            m_running = false;
            m_progress->hide();
            if (outcome.payment) {
                for (core::Payment &shown : m_payments) {
                    if (shown.id == outcome.payment->id)
                        shown = *outcome.payment;
                }
            }
            const bool error = outcome.status != merchant::PaymentOperationOutcome::Status::Done;
            showStatus([outcome, this] { return PaymentTexts::outcome(outcome, m_locale); }, error);
            render();
            if (outcome.payment)
                Q_EMIT paymentUpdated(*outcome.payment);
            if (done && !error && (outcome.order || m_order))
                done(outcome.order ? *outcome.order : *m_order);
        });
    if (!started)
        return;
    m_running = true;
    m_progress->show();
    showStatus([action, this] { return tr("%1…").arg(PaymentTexts::operation(action, m_locale)); }, false);
    updateButtons();
}

} // namespace commercedesk::app
