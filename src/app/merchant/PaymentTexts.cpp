// SPDX-License-Identifier: MIT
#include "app/merchant/PaymentTexts.h"

#include "app/ErrorPresenter.h"
#include "models/OrderTableModel.h"

namespace commercedesk::app {

QString PaymentTexts::type(core::TransactionType type)
{
    switch (type) {
    case core::TransactionType::Authorization:
        return tr("Authorization");
    case core::TransactionType::CancelAuthorization:
        return tr("Authorization released");
    case core::TransactionType::Charge:
        return tr("Capture");
    case core::TransactionType::Refund:
        return tr("Refund");
    case core::TransactionType::Chargeback:
        return tr("Chargeback");
    }
    return {};
}

QString PaymentTexts::state(core::TransactionState state)
{
    switch (state) {
    case core::TransactionState::Initial:
        return tr("Initial");
    case core::TransactionState::Pending:
        return tr("Pending");
    case core::TransactionState::Success:
        return tr("Success");
    case core::TransactionState::Failure:
        return tr("Failed");
    }
    return {};
}

QString PaymentTexts::operation(const api::PaymentIntentAction &action, const QLocale &locale)
{
    const QString amount = action.amount ? action.amount->format(locale) : QString();
    switch (action.kind) {
    case api::PaymentIntentAction::Kind::Capture:
        return tr("Capture of %1").arg(amount);
    case api::PaymentIntentAction::Kind::Refund:
        return tr("Refund of %1").arg(amount);
    case api::PaymentIntentAction::Kind::Cancel:
        return tr("Release of the authorization");
    case api::PaymentIntentAction::Kind::Reverse:
        return tr("Reversal");
    }
    return {};
}

QString PaymentTexts::outcome(const merchant::PaymentOperationOutcome &outcome, const QLocale &locale)
{
    using Status = merchant::PaymentOperationOutcome::Status;
    const QString what = operation(outcome.action, locale);
    QString text;
    switch (outcome.status) {
    case Status::Done:
        text = tr("%1: done.").arg(what);
        break;
    case Status::Rejected:
        text = tr("%1: refused by the payment provider; no money moved.").arg(what);
        break;
    case Status::Unconfirmed:
        text =
            outcome.answerLost
                ? tr("%1: the answer was lost. The payment was read again: the operation is still pending "
                     "at the payment provider. Complete sends it again; it is carried out only once.")
                      .arg(what)
                : tr("%1: the payment provider has not confirmed it yet. Complete asks again; it is carried "
                     "out only once.")
                      .arg(what);
        break;
    case Status::Failed:
        if (outcome.error && outcome.error->isConcurrentModification())
            text = tr("%1: another operation on this payment is in progress — reloaded.").arg(what);
        else if (outcome.answerLost)
            text = tr("%1: the answer was lost (%2). The payment was read again and shows no pending "
                      "operation: check the timeline before trying again.")
                       .arg(what, outcome.error ? ErrorPresenter::describe(*outcome.error) : QString());
        else
            text = tr("%1 failed: %2")
                       .arg(what, outcome.error ? ErrorPresenter::describe(*outcome.error) : QString());
        break;
    }
    if (outcome.order && outcome.order->paymentState)
        text += u' ' + tr("Order payment state: %1.")
                           .arg(models::OrderTableModel::stateText(*outcome.order->paymentState));
    else if (outcome.orderError)
        text += u' ' + tr("The order's payment state could not be set: %1")
                           .arg(ErrorPresenter::describe(*outcome.orderError));
    return text;
}

} // namespace commercedesk::app
