// SPDX-License-Identifier: MIT
// MerchantPane: the filter bar and saved views.
#include "app/merchant/MerchantPane.h"
#include "merchant/OrderListSession.h"
#include "merchant/SavedViews.h"
#include "models/OrderTableModel.h"
#include "ui_MerchantPane.h"

#include <QInputDialog>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

template<class E>
void fillStates(QComboBox *combo, const QString &anyText, const QList<E> &values)
{
    combo->addItem(anyText);
    for (E value : values)
        combo->addItem(models::OrderTableModel::stateText(value), core::toWireString(value));
}

std::optional<qint64> minorUnits(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const core::MoneyResult<core::Money> money = core::Money::fromDecimalString(trimmed, u"EUR");
    if (!money.ok())
        return std::nullopt;
    return money.value().centAmount();
}

/// The inverse of minorUnits() for the filter fields (two decimals, as minorUnits() reads them).
QString decimalText(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

} // namespace

void MerchantPane::setupFilters()
{
    fillStates(m_ui->orderStateCombo, tr("Any order state"),
               QList<core::OrderState>{core::OrderState::Open, core::OrderState::Confirmed,
                                       core::OrderState::Complete, core::OrderState::Cancelled});
    fillStates(m_ui->paymentStateCombo, tr("Any payment"),
               QList<core::PaymentState>{core::PaymentState::BalanceDue, core::PaymentState::Pending,
                                         core::PaymentState::Paid, core::PaymentState::Failed,
                                         core::PaymentState::CreditOwed});
    fillStates(m_ui->shipmentStateCombo, tr("Any shipment"),
               QList<core::ShipmentState>{core::ShipmentState::Pending, core::ShipmentState::Ready,
                                          core::ShipmentState::Shipped, core::ShipmentState::Delivered,
                                          core::ShipmentState::Delayed, core::ShipmentState::Partial,
                                          core::ShipmentState::Backorder, core::ShipmentState::Canceled});
    m_ui->poCombo->addItem(tr("With or without PO"));
    m_ui->poCombo->addItem(tr("With PO number"), true);
    m_ui->poCombo->addItem(tr("Without PO number"), false);
    for (QDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any"));
        edit->setDate(edit->minimumDate());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &MerchantPane::applyFilter);
    }
    for (QComboBox *combo :
         {m_ui->orderStateCombo, m_ui->paymentStateCombo, m_ui->shipmentStateCombo, m_ui->poCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MerchantPane::applyFilter);
    connect(m_ui->notSyncedCheck, &QCheckBox::toggled, this, &MerchantPane::applyFilter);
    connect(m_ui->orderSearchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_ui->orderSearchEdit, &QLineEdit::returnPressed, this, &MerchantPane::applyFilter);
    for (QLineEdit *edit :
         {m_ui->storeEdit, m_ui->businessUnitEdit, m_ui->countryEdit, m_ui->minTotalEdit, m_ui->maxTotalEdit})
        connect(edit, &QLineEdit::editingFinished, this, &MerchantPane::applyFilter);
    connect(m_ui->savedViewCombo, &QComboBox::activated, this,
            [this](int index) { applyView(index > 0 ? m_ui->savedViewCombo->itemText(index) : QString()); });
    connect(m_ui->saveViewButton, &QToolButton::clicked, this, &MerchantPane::saveView);
    connect(m_ui->deleteViewButton, &QToolButton::clicked, this, [this] {
        if (m_views && m_ui->savedViewCombo->currentIndex() > 0) {
            m_views->remove(m_ui->savedViewCombo->currentText());
            reloadViews();
        }
    });
}

merchant::OrderFilter MerchantPane::currentFilter() const
{
    merchant::OrderFilter filter;
    if (auto state = core::orderStateFromWire(m_ui->orderStateCombo->currentData().toString()))
        filter.orderStates = {*state};
    if (auto state = core::paymentStateFromWire(m_ui->paymentStateCombo->currentData().toString()))
        filter.paymentStates = {*state};
    if (auto state = core::shipmentStateFromWire(m_ui->shipmentStateCombo->currentData().toString()))
        filter.shipmentStates = {*state};
    if (m_ui->poCombo->currentData().isValid())
        filter.hasPurchaseOrderNumber = m_ui->poCombo->currentData().toBool();
    filter.notSyncedToOms = m_ui->notSyncedCheck->isChecked();
    filter.text = m_ui->orderSearchEdit->text().trimmed();
    if (m_ui->fromDateEdit->date() != m_ui->fromDateEdit->minimumDate())
        filter.createdFrom = m_ui->fromDateEdit->date().startOfDay();
    if (m_ui->toDateEdit->date() != m_ui->toDateEdit->minimumDate())
        filter.createdTo = m_ui->toDateEdit->date().addDays(1).startOfDay();
    filter.storeKey = m_ui->storeEdit->text().trimmed();
    filter.businessUnitKey = m_ui->businessUnitEdit->text().trimmed();
    filter.country = m_ui->countryEdit->text().trimmed().toUpper();
    filter.minTotalCent = minorUnits(m_ui->minTotalEdit->text());
    filter.maxTotalCent = minorUnits(m_ui->maxTotalEdit->text());
    if (m_session) {
        filter.sortField = m_session->filter().sortField;
        filter.descending = m_session->filter().descending;
    }
    return filter;
}

void MerchantPane::applyFilter()
{
    m_searchDebounce->stop();
    if (!m_session || m_applyingView)
        return;
    const merchant::OrderFilter filter = currentFilter();
    if (filter == m_session->filter() && m_model->rowCount() > 0)
        return;
    m_session->setFilter(filter);
}

void MerchantPane::reloadViews()
{
    const QString current = m_ui->savedViewCombo->currentText();
    QSignalBlocker block(m_ui->savedViewCombo);
    m_ui->savedViewCombo->clear();
    m_ui->savedViewCombo->addItem(tr("All orders"));
    for (const merchant::SavedView &view : m_views->views())
        m_ui->savedViewCombo->addItem(view.name);
    const int index = m_ui->savedViewCombo->findText(current);
    m_ui->savedViewCombo->setCurrentIndex(std::max(index, 0));
}

void MerchantPane::saveView()
{
    if (!m_views)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of this view (filters, columns and sort):"));
    if (m_ui->savedViewCombo->currentIndex() > 0)
        dialog->setTextValue(m_ui->savedViewCombo->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        m_views->save({name.trimmed(), currentFilter(), m_model->columns()});
        reloadViews();
        m_ui->savedViewCombo->setCurrentText(name.trimmed());
    });
    dialog->open();
}

void MerchantPane::applyView(const QString &name)
{
    const std::optional<merchant::SavedView> view =
        name.isEmpty()
            ? std::optional<merchant::SavedView>(merchant::SavedView{{}, {}, merchant::defaultOrderColumns()})
            : m_views->view(name);
    if (!view)
        return;
    m_applyingView = true;
    const merchant::OrderFilter &f = view->filter;
    const auto selectData = [](QComboBox *combo, const QString &wire) {
        combo->setCurrentIndex(std::max(combo->findData(wire), 0));
    };
    selectData(m_ui->orderStateCombo,
               f.orderStates.isEmpty() ? QString() : core::toWireString(f.orderStates.first()));
    selectData(m_ui->paymentStateCombo,
               f.paymentStates.isEmpty() ? QString() : core::toWireString(f.paymentStates.first()));
    selectData(m_ui->shipmentStateCombo,
               f.shipmentStates.isEmpty() ? QString() : core::toWireString(f.shipmentStates.first()));
    m_ui->poCombo->setCurrentIndex(!f.hasPurchaseOrderNumber ? 0 : (*f.hasPurchaseOrderNumber ? 1 : 2));
    m_ui->notSyncedCheck->setChecked(f.notSyncedToOms);
    m_ui->orderSearchEdit->setText(f.text);
    m_ui->fromDateEdit->setDate(f.createdFrom.isValid() ? f.createdFrom.toLocalTime().date()
                                                        : m_ui->fromDateEdit->minimumDate());
    m_ui->toDateEdit->setDate(f.createdTo.isValid() ? f.createdTo.toLocalTime().date().addDays(-1)
                                                    : m_ui->toDateEdit->minimumDate());
    m_ui->storeEdit->setText(f.storeKey);
    m_ui->businessUnitEdit->setText(f.businessUnitKey);
    m_ui->countryEdit->setText(f.country);
    m_ui->minTotalEdit->setText(f.minTotalCent ? decimalText(*f.minTotalCent) : QString());
    m_ui->maxTotalEdit->setText(f.maxTotalCent ? decimalText(*f.maxTotalCent) : QString());
    m_applyingView = false;
    if (!view->columns.isEmpty())
        setColumns(view->columns);
    merchant::OrderFilter filter = currentFilter();
    filter.sortField = f.sortField;
    filter.descending = f.descending;
    m_session->setFilter(filter);
}

} // namespace commercedesk::app
