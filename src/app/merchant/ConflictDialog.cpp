// SPDX-License-Identifier: MIT
#include "app/merchant/ConflictDialog.h"

#include "app/merchant/MerchantTexts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

QString ConflictDialog::fieldName(const QString &field)
{
    if (field == u"orderState"_s)
        return tr("Order state");
    if (field == u"paymentState"_s)
        return tr("Payment state");
    if (field == u"shipmentState"_s)
        return tr("Shipment state");
    if (field == u"deliveries"_s)
        return tr("Deliveries");
    if (field == u"syncInfo"_s)
        return tr("OMS sync entries");
    if (field == u"lineItems"_s)
        return tr("Items");
    if (field == u"total"_s)
        return tr("Total");
    if (field == u"purchaseOrderNumber"_s)
        return tr("PO number");
    if (field == u"version"_s)
        return tr("Version");
    return field;
}

ConflictDialog::ConflictDialog(const merchant::OrderConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setObjectName(u"conflictDialog"_s);
    const QString number = conflict.current.orderNumber.value_or(conflict.current.id);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(conflict.changes.size()), 3);
    table->setObjectName(u"changesTable"_s);
    m_texts.bind([this, intro, table, number] {
        setWindowTitle(tr("The order changed"));
        intro->setText(tr("Order %1 was changed by someone else while you were looking at it, so "
                          "\"%2\" was not applied. This is what changed:")
                           .arg(number, MerchantTexts::command(m_conflict.command)));
        table->setHorizontalHeaderLabels({tr("Field"), tr("You saw"), tr("Now")});
        for (int i = 0; i < m_conflict.changes.size(); ++i)
            table->setItem(i, 0, new QTableWidgetItem(fieldName(m_conflict.changes.at(i).field)));
    });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    for (int i = 0; i < conflict.changes.size(); ++i) {
        const merchant::FieldChange &change = conflict.changes.at(i);
        table->setItem(i, 1, new QTableWidgetItem(change.before.isEmpty() ? u"—"_s : change.before));
        table->setItem(i, 2, new QTableWidgetItem(change.after.isEmpty() ? u"—"_s : change.after));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox;
    auto *again = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    again->setObjectName(u"applyAgainButton"_s);
    m_texts.bind([again] { again->setText(tr("Apply again")); });
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(480, 300);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

} // namespace commercedesk::app
