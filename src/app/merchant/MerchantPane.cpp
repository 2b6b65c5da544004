// SPDX-License-Identifier: MIT
#include "app/merchant/MerchantPane.h"

#include "app/merchant/OrderDetailPanel.h"
#include "merchant/BulkRunner.h"
#include "merchant/LiveUpdates.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderFetcher.h"
#include "merchant/OrderListSession.h"
#include "merchant/SavedViews.h"
#include "models/OrderTableModel.h"
#include "ui_MerchantPane.h"

#include <QHeaderView>
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
    m_fetcher = new merchant::OrderFetcher(context->orders(), this);
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
    // The fetched order may be newer than its row: the row follows.
    connect(m_detail, &OrderDetailPanel::orderLoaded, m_model,
            [this](const core::Order &order) { m_model->upsertOrder(order); });
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
    const core::OrderSummary *row = m_model->summary(m_ui->ordersTable->currentIndex().row());
    if (!row) {
        m_detail->clear();
        return;
    }
    const std::optional<core::Order> &shown = m_detail->order();
    if (shown && shown->id == row->id && shown->version >= row->version)
        return;
    m_detail->showOrder(row->id, row->displayNumber());
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
