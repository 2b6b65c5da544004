// SPDX-License-Identifier: MIT
#pragma once

#include "core/LineItem.h"
#include "core/Money.h"

#include <QDialog>
#include <QList>
#include <QLocale>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace commercedesk::app {

/// Asks for the amount of a capture or a refund before it is sent ("paymentAmountDialog"): the amount
/// (spin box "amountSpin", in `locale`; a capture starts at everything `left`, a refund at zero), for a
/// refund a reason ("reasonEdit") and line items ("refundLinesList", checkable: the checked lines' totals
/// fill the amount). OK ("okButton") is disabled with the reason said ("amountProblemLabel") while the
/// amount is zero or above `left`. Keyboard: Tab through the fields, Enter accepts, Esc cancels.
class PaymentAmountDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Capture, Refund };

    /// `left` is what may still be captured or refunded; `lines` the order's items offered for a refund.
    PaymentAmountDialog(Kind kind, const core::Money &left, const QList<core::LineItem> &lines,
                        const QLocale &locale, QWidget *parent = nullptr);

    /// Starts a refund at `amount` with `reason` (the guided refund after a return); the seller may change
    /// both before OK.
    void prefill(const core::Money &amount, const QString &reason);
    core::Money amount() const;
    /// The refund's reason (empty for a capture or when none was given).
    QString reason() const;

private:
    void linesChanged();
    void validate();

    Kind m_kind;
    core::Money m_left;
    QLocale m_locale;
    QList<core::LineItem> m_lines;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_reason = nullptr;
    QListWidget *m_linesList = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace commercedesk::app
