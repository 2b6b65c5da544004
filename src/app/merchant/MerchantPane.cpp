// SPDX-License-Identifier: MIT
#include "app/merchant/MerchantPane.h"

#include "app/merchant/OrderDetailPanel.h"
#include "merchant/BulkRunner.h"
#include "merchant/LiveUpdates.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderListSession.h"
#include "merchant/SavedViews.h"
#include "models/OrderTableModel.h"
#include "ui_MerchantPane.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

const QString kColumnsKey = u"merchant/columns"_s;
const QString kNotifyKey = u"merchant/notifyNewOrders"_s;
constexpr int kMinColumnWidth = 48;
constexpr int kMaxColumnWidth = 200;

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

MerchantPane::MerchantPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MerchantPane>())
    , m_detail(new OrderDetailPanel)
    , m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->countLabel->setStyleSheet(u"color: palette(mid); padding-left: 8px;"_s);
    m_ui->detailHostLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->paneLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->moreFiltersWidget->setVisible(false);
    connect(m_ui->moreFiltersButton, &QToolButton::toggled, m_ui->moreFiltersWidget, &QWidget::setVisible);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_searchDebounce, &QTimer::timeout, this, &MerchantPane::applyFilter);
    connect(m_detail, &OrderDetailPanel::detachRequested, this, [this] { setDetailDetached(true); });
    connect(m_detail, &OrderDetailPanel::attachRequested, this, [this] { setDetailDetached(false); });
    setupFilters();
    setupActions();
    setupShortcuts();
    showUnavailable(tr("Connecting to the backend…"));
}

MerchantPane::~MerchantPane()
{
    delete m_detailWindow;
}

void MerchantPane::showUnavailable(const QString &message)
{
    m_ui->statusLabel->setText(message);
    setDeskEnabled(m_context != nullptr);
}

void MerchantPane::setDeskEnabled(bool enabled)
{
    const QList<QWidget *> widgets{m_ui->splitter,          m_ui->confirmButton,  m_ui->completeButton,
                                   m_ui->cancelOrderButton, m_ui->shipmentButton, m_ui->paymentButton,
                                   m_ui->addDeliveryButton, m_ui->printButton,    m_ui->exportButton,
                                   m_ui->refreshButton};
    for (QWidget *widget : widgets)
        widget->setEnabled(enabled);
}

void MerchantPane::focusSearch()
{
    m_ui->orderSearchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->orderSearchEdit->selectAll();
}

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

void MerchantPane::setContext(merchant::MerchantContext *context, QSettings *settings,
                              merchant::OmsLogClient *omsLog)
{
    if (m_context)
        return;
    m_context = context;
    m_settings = settings;
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_views = std::make_unique<merchant::SavedViews>(m_settings);
    m_session = new merchant::OrderListSession(context->orders(), context->canAct(), this);
    m_model = new models::OrderTableModel(m_session, this);
    m_model->setLocale(locale());
    m_bulk = new merchant::BulkRunner(context->actions(), this);
    m_live = new merchant::LiveUpdates(context->orders(), this);
    m_detail->setContext(context, omsLog);
    m_detail->setLocale(locale());
    const QList<merchant::OrderColumn> columns =
        merchant::orderColumnsFromKeys(m_settings->value(kColumnsKey).toStringList());
    if (!columns.isEmpty())
        m_model->setColumns(columns);
    setupTable();

    connect(m_session, &merchant::OrderListSession::countChanged, this, &MerchantPane::updateCount);
    connect(m_session, &merchant::OrderListSession::reset, this, [this] {
        m_ui->countLabel->setText(tr("loading…"));
        m_detail->clear();
    });
    connect(m_session, &merchant::OrderListSession::pageLoaded, this, [this] {
        updateCount();
        if (!m_columnsFitted)
            fitColumns();
        if (!m_ui->ordersTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->ordersTable->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_session, &merchant::OrderListSession::failed, this, [this](const api::ApiError &error) {
        m_ui->statusLabel->setText(
            tr("Orders could not be loaded (%1).").arg(error.code.isEmpty() ? error.message : error.code));
    });
    connect(context->actions(), &merchant::OrderActionService::orderUpdated, this,
            [this](const core::Order &order) {
                m_model->upsertOrder(order);
                if (m_detail->order() && m_detail->order()->id == order.id)
                    m_detail->setOrder(order);
            });
    connect(m_live, &merchant::LiveUpdates::ordersChanged, this, [this](const QList<core::Order> &orders) {
        for (const core::Order &order : orders) {
            m_model->upsertOrder(order);
            if (m_detail->order() && m_detail->order()->id == order.id &&
                m_detail->order()->version < order.version)
                m_detail->setOrder(order);
        }
    });
    connect(m_live, &merchant::LiveUpdates::newOrders, this, &MerchantPane::onNewOrders);
    m_ui->notifyCheck->setChecked(m_settings->value(kNotifyKey, true).toBool());
    connect(m_ui->notifyCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setValue(kNotifyKey, on); });
    connect(m_ui->liveCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_live->start();
        else
            m_live->stop();
    });

    const bool canAct = context->canAct();
    for (QWidget *button : {m_ui->confirmButton, m_ui->completeButton, m_ui->cancelOrderButton,
                            m_ui->shipmentButton, m_ui->paymentButton, m_ui->addDeliveryButton})
        button->setVisible(canAct);
    setDeskEnabled(true);
    m_ui->statusLabel->setText(canAct ? QString() : tr("View only: this API client may not change orders."));
    reloadViews();
    m_session->setFilter(currentFilter());
    if (m_ui->liveCheck->isChecked())
        m_live->start();
}

void MerchantPane::setupTable()
{
    QTableView *table = m_ui->ordersTable;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    table->horizontalHeader()->setDefaultSectionSize(110);
    connect(table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MerchantPane::showColumnMenu);
    connect(table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        // Apply the visual order to the model so it is what we remember (and what CSV export takes).
        QHeaderView *header = m_ui->ordersTable->horizontalHeader();
        QList<merchant::OrderColumn> ordered;
        for (int visual = 0; visual < header->count(); ++visual)
            ordered.append(m_model->columnAt(header->logicalIndex(visual)));
        QSignalBlocker block(header);
        setColumns(ordered);
        for (int logical = 0; logical < header->count(); ++logical)
            header->moveSection(header->visualIndex(logical), logical);
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MerchantPane::onCurrentRowChanged);
    connect(table, &QTableView::activated, this, [this] {
        if (m_detailWindow) {
            m_detailWindow->raise();
            m_detailWindow->activateWindow();
        }
        m_detail->setFocus(Qt::OtherFocusReason);
    });
}

void MerchantPane::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QList<merchant::OrderColumn> visible = m_model->columns();
    for (merchant::OrderColumn column : merchant::allOrderColumns()) {
        QAction *action = menu.addAction(models::OrderTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(visible.contains(column));
        action->setEnabled(!(visible.size() == 1 && visible.contains(column)));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QList<merchant::OrderColumn> columns = m_model->columns();
            if (on)
                columns.append(column);
            else
                columns.removeAll(column);
            setColumns(columns);
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this,
            [this] { setColumns(merchant::defaultOrderColumns()); });
    menu.exec(m_ui->ordersTable->horizontalHeader()->mapToGlobal(pos));
}

void MerchantPane::setColumns(const QList<merchant::OrderColumn> &columns)
{
    m_model->setColumns(columns);
    fitColumns();
    saveColumns();
}

void MerchantPane::fitColumns()
{
    // Widths follow the loaded rows (dates, e-mails and amounts readable), within bounds so one long
    // value does not push the states out of sight; until rows arrive the defaults stand.
    QTableView *table = m_ui->ordersTable;
    if (m_model->rowCount() == 0) {
        m_columnsFitted = false;
        return;
    }
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(
            section, std::clamp(header->sectionSize(section) + 12, kMinColumnWidth, kMaxColumnWidth));
    m_columnsFitted = true;
}

void MerchantPane::saveColumns()
{
    if (m_settings)
        m_settings->setValue(kColumnsKey, merchant::columnKeys(m_model->columns()));
}

void MerchantPane::onCurrentRowChanged()
{
    const core::Order *order = m_model->order(m_ui->ordersTable->currentIndex().row());
    if (order)
        m_detail->setOrder(*order);
    else
        m_detail->clear();
}

void MerchantPane::updateCount()
{
    const std::optional<qint64> total = m_session->total();
    if (!total) {
        m_ui->countLabel->setText(tr("%1 loaded").arg(locale().toString(m_model->rowCount())));
        return;
    }
    // A capped total only says "at least the cap": "10,000+", whatever number came with it.
    const QString count = m_session->totalCapped()
                              ? tr("%1+").arg(locale().toString(merchant::OrderListSession::kTotalCap))
                              : locale().toString(*total);
    m_ui->countLabel->setText(tr("%1 orders").arg(count));
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

void MerchantPane::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_ui->ordersTable, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    const auto move = [this](int delta) {
        const int row = std::clamp(m_ui->ordersTable->currentIndex().row() + delta, 0,
                                   std::max(m_model ? m_model->rowCount() - 1 : 0, 0));
        if (m_model && m_model->rowCount() > 0) {
            m_ui->ordersTable->setCurrentIndex(m_model->index(row, 0));
            if (row >= m_model->rowCount() - 5 && m_model->canFetchMore({}))
                m_model->fetchMore({});
        }
    };
    add(QKeySequence(Qt::Key_J), [move] { move(1); });
    add(QKeySequence(Qt::Key_K), [move] { move(-1); });
    add(QKeySequence(Qt::Key_C), [this] { runOnSelection(merchant::OrderCommand::confirm()); });
    add(QKeySequence(Qt::Key_M), [this] { runOnSelection(merchant::OrderCommand::complete()); });
    add(QKeySequence(Qt::Key_X), [this] { askCancel(); });
    add(QKeySequence(Qt::Key_D), [this] { askDelivery(); });
    auto *slash =
        new QShortcut(QKeySequence(Qt::Key_Slash), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, this, [this] {
        if (!m_ui->orderSearchEdit->hasFocus())
            focusSearch();
    });
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &MerchantPane::focusSearch);
}

} // namespace commercedesk::app
