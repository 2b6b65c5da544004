// SPDX-License-Identifier: MIT
#pragma once

#include "core/Delivery.h"
#include "core/Money.h"
#include "core/Order.h"

#include <QDialog>
#include <QLocale>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace commercedesk::app {

/// Records a return of one order ("recordReturnDialog"; docs/architecture.md "Money after the order"): one
/// row per line item ("returnLinesTable": item, ordered, a spin box "returnQuantitySpin" from 0 to the
/// ordered quantity), a comment ("returnCommentEdit") and the value of what comes back
/// ("returnValueLabel", valueOf()). OK ("okButton") is disabled with the reason ("returnProblemLabel")
/// while no unit is chosen. Keyboard: Tab through the spin boxes and the comment, Enter accepts, Esc
/// cancels.
class ReturnDialog final : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(const core::Order &order, const QLocale &locale, QWidget *parent = nullptr);

    /// The chosen line items and units (those above zero).
    QList<core::DeliveryItem> items() const;
    QString comment() const;

    /// What `items` of `order` are worth to the buyer: per line its gross total (net when untaxed) times
    /// the units returned over the units ordered, rounded to the cent. Empty when nothing is chosen or the
    /// lines' currencies differ.
    static std::optional<core::Money> valueOf(const core::Order &order,
                                              const QList<core::DeliveryItem> &items);

private:
    void validate();

    core::Order m_order;
    QLocale m_locale;
    QTableWidget *m_lines;
    QList<QSpinBox *> m_quantities;
    QLineEdit *m_comment;
    QLabel *m_value;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace commercedesk::app
