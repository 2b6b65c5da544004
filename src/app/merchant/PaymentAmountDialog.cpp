// SPDX-License-Identifier: MIT
#include "app/merchant/PaymentAmountDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

PaymentAmountDialog::PaymentAmountDialog(Kind kind, const core::Money &left,
                                         const QList<core::LineItem> &lines, const QLocale &locale,
                                         QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_left(left)
    , m_locale(locale)
    , m_lines(lines)
    , m_amount(new QDoubleSpinBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"paymentAmountDialog"_s);
    const bool capture = kind == Kind::Capture;
    setWindowTitle(capture ? tr("Capture payment") : tr("Refund payment"));
    auto *intro = new QLabel(capture ? tr("Still to capture: %1").arg(left.format(locale))
                                     : tr("Still to refund: %1").arg(left.format(locale)));
    intro->setObjectName(u"leftLabel"_s);
    intro->setWordWrap(true);

    m_amount->setObjectName(u"amountSpin"_s);
    m_amount->setLocale(locale);
    m_amount->setDecimals(left.fractionDigits());
    // Above what is left may be typed: OK then says why it is disabled instead of silently clamping.
    m_amount->setRange(0, 1e12);
    m_amount->setSuffix(u" "_s + left.currencyCode());
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(capture ? double(left.centAmount()) / std::pow(10.0, left.fractionDigits()) : 0.0);
    m_amount->selectAll();

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    if (!capture) {
        m_reason = new QLineEdit;
        m_reason->setObjectName(u"reasonEdit"_s);
        m_reason->setPlaceholderText(tr("e.g. returned item, goodwill"));
        form->addRow(tr("&Reason:"), m_reason);
        m_linesList = new QListWidget;
        m_linesList->setObjectName(u"refundLinesList"_s);
        for (const core::LineItem &line : lines) {
            auto *item = new QListWidgetItem(tr("%1 × %2 — %3")
                                                 .arg(locale.toString(line.quantity), line.name.text(locale),
                                                      line.grossTotal().format(locale)),
                                             m_linesList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_linesList->setMaximumHeight(m_linesList->sizeHintForRow(0) * std::min<int>(5, int(lines.size())) +
                                      2 * m_linesList->frameWidth() + 2);
        m_linesList->setVisible(!lines.isEmpty());
        auto *linesLabel = new QLabel(tr("Refund the value of these items:"));
        linesLabel->setVisible(!lines.isEmpty());
        form->addRow(linesLabel);
        form->addRow(m_linesList);
        connect(m_linesList, &QListWidget::itemChanged, this, &PaymentAmountDialog::linesChanged);
    }

    m_problem->setObjectName(u"amountProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #a02020;"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &PaymentAmountDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
    m_amount->setFocus();
}

void PaymentAmountDialog::prefill(const core::Money &amount, const QString &reason)
{
    m_amount->setValue(double(amount.centAmount()) / std::pow(10.0, m_left.fractionDigits()));
    m_amount->selectAll();
    if (m_reason)
        m_reason->setText(reason);
}

core::Money PaymentAmountDialog::amount() const
{
    const double units = std::round(m_amount->value() * std::pow(10.0, m_left.fractionDigits()));
    return core::Money(qint64(units), m_left.currencyCode(), m_left.fractionDigits());
}

QString PaymentAmountDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void PaymentAmountDialog::linesChanged()
{
    qint64 cents = 0;
    for (int row = 0; row < m_linesList->count(); ++row) {
        if (m_linesList->item(row)->checkState() == Qt::Checked)
            cents += m_lines.at(row).grossTotal().centAmount();
    }
    m_amount->setValue(double(cents) / std::pow(10.0, m_left.fractionDigits()));
}

void PaymentAmountDialog::validate()
{
    const core::Money chosen = amount();
    const bool capture = m_kind == Kind::Capture;
    QString problem;
    if (chosen.centAmount() <= 0)
        problem = tr("Enter an amount above zero.");
    else if (chosen.centAmount() > m_left.centAmount())
        problem = capture ? tr("Only %1 is left to capture.").arg(m_left.format(m_locale))
                          : tr("Only %1 is left to refund.").arg(m_left.format(m_locale));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
    ok->setText(capture ? tr("Capture %1").arg(chosen.format(m_locale))
                        : tr("Refund %1").arg(chosen.format(m_locale)));
}

} // namespace commercedesk::app
