// SPDX-License-Identifier: MIT
#include "app/merchant/ReturnDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

ReturnDialog::ReturnDialog(const core::Order &order, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
    , m_locale(locale)
    , m_lines(new QTableWidget(int(order.lineItems.size()), 3))
    , m_comment(new QLineEdit)
    , m_value(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"recordReturnDialog"_s);
    setWindowTitle(tr("Record return — %1").arg(order.orderNumber.value_or(order.id)));
    auto *intro = new QLabel(tr("How many units of each item came back? They are recorded as returned."));
    intro->setWordWrap(true);

    m_lines->setObjectName(u"returnLinesTable"_s);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Ordered"), tr("Returned")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setTabKeyNavigation(false);
    for (int row = 0; row < order.lineItems.size(); ++row) {
        const core::LineItem &line = order.lineItems.at(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(line.name.text(locale)));
        m_lines->setItem(row, 1, new QTableWidgetItem(locale.toString(line.quantity)));
        auto *spin = new QSpinBox;
        spin->setObjectName(u"returnQuantitySpin"_s);
        spin->setLocale(locale);
        spin->setRange(0, int(std::min<qint64>(line.quantity, 1000000)));
        spin->setAccessibleName(tr("Units of %1 returned").arg(line.name.text(locale)));
        connect(spin, &QSpinBox::valueChanged, this, &ReturnDialog::validate);
        m_lines->setCellWidget(row, 2, spin);
        m_quantities.append(spin);
    }

    m_comment->setObjectName(u"returnCommentEdit"_s);
    m_comment->setPlaceholderText(tr("e.g. too small, damaged in transit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Comment:"), m_comment);
    m_value->setObjectName(u"returnValueLabel"_s);
    m_problem->setObjectName(u"returnProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #a02020;"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record return"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_value);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 360);
    validate();
    if (!m_quantities.isEmpty())
        m_quantities.first()->setFocus();
}

QList<core::DeliveryItem> ReturnDialog::items() const
{
    QList<core::DeliveryItem> out;
    for (int row = 0; row < m_quantities.size(); ++row) {
        if (const int units = m_quantities.at(row)->value(); units > 0)
            out.append({m_order.lineItems.at(row).id, units});
    }
    return out;
}

QString ReturnDialog::comment() const
{
    return m_comment->text().trimmed();
}

std::optional<core::Money> ReturnDialog::valueOf(const core::Order &order,
                                                 const QList<core::DeliveryItem> &items)
{
    std::optional<core::Money> sum;
    for (const core::DeliveryItem &item : items) {
        const core::LineItem *line = order.lineItem(item.id);
        if (!line || line->quantity <= 0 || item.quantity <= 0)
            continue;
        const core::Money gross = line->grossTotal();
        const qint64 cents = (gross.centAmount() * item.quantity * 2 + line->quantity) / (2 * line->quantity);
        const core::Money part(cents, gross.currencyCode(), gross.fractionDigits());
        if (!sum) {
            sum = part;
            continue;
        }
        const auto added = sum->plus(part);
        if (!added.ok())
            return std::nullopt;
        sum = *added;
    }
    return sum;
}

void ReturnDialog::validate()
{
    const QList<core::DeliveryItem> chosen = items();
    const std::optional<core::Money> value = valueOf(m_order, chosen);
    m_value->setText(value ? tr("Value of the returned items: %1").arg(value->format(m_locale)) : QString());
    m_value->setVisible(value.has_value());
    const QString problem = chosen.isEmpty() ? tr("Choose how many units came back.") : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
}

} // namespace commercedesk::app
