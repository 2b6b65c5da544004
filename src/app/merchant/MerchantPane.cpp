// SPDX-License-Identifier: MIT
#include "app/merchant/MerchantPane.h"

#include "app/ErrorPresenter.h"
#include "app/NoticeBar.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/EmptyListNotice.h"
#include "app/merchant/ExportDialog.h"
#include "app/merchant/OrderActionRunner.h"
#include "app/merchant/OrderDetailPanel.h"
#include "app/merchant/OrderTableHeader.h"
#include "app/merchant/PaymentPanel.h"
#include "app/merchant/ReturnsPanel.h"
#include "app/merchant/UndoOffer.h"
#include "merchant/BusinessUnitNames.h"
#include "merchant/LiveUpdates.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "merchant/PaymentDesk.h"
#include "models/OrderTableModel.h"
#include "ui_MerchantPane.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

MerchantPane::MerchantPane(const MerchantServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MerchantPane>())
    , m_ownPrompter(new DeskPrompter(this))
    , m_prompter(m_ownPrompter)
    , m_detail(new OrderDetailPanel)
{
    m_ui->setupUi(this);
    m_emptyNotice = new EmptyListNotice(m_ui->ordersTable);
    // New orders are announced in the window too: not every desktop has a system tray, and a seller
    // working in the app looks at the app.
    m_newOrdersNotice = new NoticeBar;
    m_newOrdersNotice->setObjectName(u"newOrdersNotice"_s);
    m_ui->paneLayout->insertWidget(m_ui->paneLayout->indexOf(m_ui->splitter), m_newOrdersNotice);
    connect(m_newOrdersNotice, &NoticeBar::dismissed, this, [this] { m_unseenNewOrders = 0; });
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->countLabel->setStyleSheet(u"color: palette(mid); padding-left: 8px;"_s);
    m_ui->detailHostLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->paneLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->ordersTable->verticalHeader()->hide();
    m_ui->ordersTable->verticalHeader()->setDefaultSectionSize(m_ui->ordersTable->fontMetrics().height() + 8);
    connect(m_detail, &OrderDetailPanel::detachRequested, this, [this] { setDetailDetached(true); });
    connect(m_detail, &OrderDetailPanel::attachRequested, this, [this] { setDetailDetached(false); });
    connectBars();
    setupShortcuts();
    setPrompter(services.prompter);
    if (services.context) {
        setContext(services.context);
    } else if (services.unavailableReason.isEmpty()) {
        showStatus([] { return tr("Connecting to the backend…"); });
        setDeskEnabled(false);
    } else {
        showUnavailable(services.unavailableReason);
    }
}

MerchantPane::~MerchantPane()
{
    delete m_detailWindow;
}

merchant::OrderListSession *MerchantPane::session() const
{
    return m_desk ? m_desk->list() : nullptr;
}

merchant::LiveUpdates *MerchantPane::liveUpdates() const
{
    return m_desk ? m_desk->live() : nullptr;
}

void MerchantPane::setPrompter(DeskPrompter *prompter)
{
    m_prompter = prompter ? prompter : m_ownPrompter;
    if (m_runner)
        m_runner->setPrompter(m_prompter);
    if (m_context)
        m_detail->paymentPanel()->setDesk(m_context->paymentDesk(), m_prompter);
}

void MerchantPane::showUnavailable(const QString &message)
{
    setStatus(message);
    setDeskEnabled(m_context != nullptr);
}

void MerchantPane::setStatus(const QString &text)
{
    showStatus([text] { return text; }); // given as words (e.g. MainWindow's): not retranslated
}

void MerchantPane::showStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_ui->statusLabel->setText(m_statusText());
}

void MerchantPane::showCount(std::function<QString()> text)
{
    m_countText = std::move(text);
    m_ui->countLabel->setText(m_countText());
}

void MerchantPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Texts only: the filters, the table's rows, selection, sort and scroll position, and the open
        // order stay (the bars and the detail retranslate themselves).
        m_ui->retranslateUi(this);
        if (m_statusText)
            m_ui->statusLabel->setText(m_statusText());
        if (m_countText)
            m_ui->countLabel->setText(m_countText());
        if (m_header)
            m_header->retranslate(QLocale());
        if (m_detailWindow)
            m_detailWindow->setWindowTitle(tr("Order detail"));
    }
    QWidget::changeEvent(event);
}

void MerchantPane::setDeskEnabled(bool enabled)
{
    m_ui->splitter->setEnabled(enabled);
    m_ui->actionsBar->setEnabled(enabled);
}

void MerchantPane::focusSearch()
{
    m_ui->filterBar->focusSearch();
}

void MerchantPane::connectBars()
{
    OrderFilterBar *filters = m_ui->filterBar;
    connect(filters, &OrderFilterBar::filterChanged, this, &MerchantPane::applyFilter);
    connect(filters, &OrderFilterBar::viewChosen, this, &MerchantPane::applyView);
    connect(filters, &OrderFilterBar::saveViewRequested, this, &MerchantPane::saveView);
    connect(filters, &OrderFilterBar::deleteViewRequested, this, [this](const QString &name) {
        if (m_desk) {
            m_desk->views().remove(name);
            reloadViews();
        }
    });
    OrderActionsBar *actions = m_ui->actionsBar;
    connect(actions, &OrderActionsBar::commandRequested, this, &MerchantPane::runOnSelection);
    connect(actions, &OrderActionsBar::cancelRequested, this, &MerchantPane::askCancel);
    connect(actions, &OrderActionsBar::deliveryRequested, this, &MerchantPane::askDelivery);
    connect(actions, &OrderActionsBar::returnRequested, this, [this] {
        if (m_runner)
            m_runner->recordReturn(selectedSummaries(), m_detail->order());
    });
    connect(actions, &OrderActionsBar::captureRequested, this, [this] {
        if (m_runner)
            m_runner->capture(selectedSummaries(), m_detail->order());
    });
    connect(actions, &OrderActionsBar::printRequested, this, &MerchantPane::askPrint);
    connect(actions, &OrderActionsBar::exportRequested, this, &MerchantPane::openExport);
    connect(actions, &OrderActionsBar::sellerDetailsRequested, this, [this] {
        if (m_runner)
            m_runner->editSellerDetails();
    });
    connect(actions, &OrderActionsBar::refreshRequested, this, [this] {
        if (m_desk)
            m_desk->refresh();
    });
    connect(actions, &OrderActionsBar::liveToggled, this, [this](bool on) {
        if (m_desk)
            m_desk->setLive(on);
    });
    connect(actions, &OrderActionsBar::notifyToggled, this, [this](bool on) {
        if (m_desk)
            m_desk->setNotifyNewOrders(on);
    });
    connect(actions, &OrderActionsBar::captureOnShipmentToggled, this, [this](bool on) {
        if (m_desk)
            m_desk->setCaptureOnShipment(on);
    });
}

void MerchantPane::setContext(merchant::MerchantContext *context)
{
    if (m_context || !context)
        return;
    m_context = context;
    m_desk = context->desk();
    m_model = new models::OrderTableModel(m_desk->list(), this);
    m_model->setLocale(QLocale());
    m_model->setColumns(m_desk->columns());
    m_ui->ordersTable->setModel(m_model);
    m_header = new OrderTableHeader(m_ui->ordersTable, m_model, m_desk, this);
    m_header->showSort();
    connect(m_model, &QAbstractItemModel::rowsInserted, m_emptyNotice, &QWidget::hide); // a live new order
    // Business units by name: the names of each page's (or live order's) units are looked up once.
    merchant::BusinessUnitNames *units = context->unitNames();
    m_model->setUnitNames([units](const QString &key) { return units->name(key); });
    m_detail->setUnitNames([units](const QString &key) { return units->name(key); });
    connect(units, &merchant::BusinessUnitNames::namesChanged, m_model,
            &models::OrderTableModel::refreshUnitNames);
    connect(units, &merchant::BusinessUnitNames::namesChanged, m_detail, &OrderDetailPanel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, units,
            [this, units](const QModelIndex &, int first, int last) {
                units->request(m_model->businessUnitKeys(first, last));
            });
    m_detail->setLoader(context->detailLoader());
    m_detail->setLocale(QLocale());
    m_runner = new OrderActionRunner(this, m_desk, m_prompter, this);
    connect(m_runner, &OrderActionRunner::status, this, [this](const OrderActionRunner::StatusText &text) {
        showStatus(text ? text : [] { return QString(); });
    });
    connect(m_runner, &OrderActionRunner::documentsWritten, this, &MerchantPane::documentsWritten);
    m_detail->paymentPanel()->setDesk(context->paymentDesk(), m_prompter);
    // A cancelled order whose card authorization is still held: offer to release it (issue 16).
    connect(m_runner, &OrderActionRunner::applied, this,
            [this](const core::Order &order, const merchant::OrderCommand &command) {
                if (command.kind == merchant::OrderCommand::Kind::Cancel)
                    m_detail->paymentPanel()->offerRelease(order.id);
            });
    // A recorded return of a card order: the refund of the returned items' value, in one guided step.
    connect(m_runner, &OrderActionRunner::returnRecorded, this,
            [this](const core::Order &order, const core::Money &value, const QString &comment) {
                const QString reason = comment.isEmpty() ? tr("Return") : tr("Return: %1").arg(comment);
                // Once refunded, the returned items' refund is settled: their paymentState becomes Refunded.
                QStringList returned;
                if (!order.returnInfo.isEmpty()) {
                    for (const core::ReturnItem &item : order.returnInfo.last().items)
                        returned.append(item.id);
                }
                m_detail->paymentPanel()->offerRefund(
                    order.id, value, reason, [this, returned](const core::Order &after) {
                        if (m_runner && !returned.isEmpty())
                            m_runner->runOn(after, merchant::OrderCommand::setReturnPaymentState(
                                                       returned, core::ReturnPaymentState::Refunded));
                    });
            });
    connect(m_detail->returnsPanel(), &ReturnsPanel::commandRequested, this,
            [this](const merchant::OrderCommand &command) {
                if (m_runner && m_detail->order())
                    m_runner->runOn(*m_detail->order(), command);
            });
    // The last action's undo is offered above the table (and on Ctrl+Z) as soon as it is done.
    auto *undoNotice = new NoticeBar;
    undoNotice->setObjectName(u"undoNotice"_s);
    m_ui->paneLayout->insertWidget(m_ui->paneLayout->indexOf(m_ui->splitter), undoNotice);
    auto *undo = new UndoOffer(m_desk->undo(), undoNotice, this);
    connect(undo, &UndoOffer::status, this, &MerchantPane::showStatus);
    connectDesk();

    const bool canAct = m_desk->canAct();
    m_ui->actionsBar->setCanAct(canAct);
    m_detail->returnsPanel()->setCanAct(canAct);
    m_ui->actionsBar->setCanCapture(context->canCapture());
    m_ui->actionsBar->setCaptureOnShipment(m_desk->captureOnShipment());
    if (context->canCapture()) {
        m_runner->setCapture(context->bulkCapture());
        m_runner->setShipmentCapture([context](QObject *parent) { return context->newCapture(parent); });
    }
    m_ui->actionsBar->setNotify(m_desk->notifyNewOrders());
    setDeskEnabled(true);
    showStatus(
        [canAct] { return canAct ? QString() : tr("View only: this API client may not change orders."); });
    reloadViews();
    merchant::OrderFilter filter = m_ui->filterBar->filter();
    filter.sortField = m_desk->filter().sortField;
    filter.descending = m_desk->filter().descending;
    m_desk->setFilter(filter, true);
    m_desk->setLive(m_ui->actionsBar->isLive());
}

void MerchantPane::connectDesk()
{
    merchant::OrderListSession *list = m_desk->list();
    connect(list, &merchant::OrderListSession::countChanged, this, &MerchantPane::updateCount);
    connect(list, &merchant::OrderListSession::reset, this, [this] {
        showCount([] { return tr("loading…"); });
        m_detail->clear();
        m_emptyNotice->hide();
    });
    connect(list, &merchant::OrderListSession::pageLoaded, this, [this] {
        updateCount();
        const merchant::OrderFilter &filter = m_desk->filter();
        m_emptyNotice->update(m_model->rowCount(), m_desk->list()->isLoading(),
                              filter.hasPredicates() || !filter.text.trimmed().isEmpty(), filter.text);
        if (!m_header->isFitted())
            m_header->fitColumns();
        if (!m_ui->ordersTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->ordersTable->setCurrentIndex(m_model->index(0, 0));
    });
    connect(list, &merchant::OrderListSession::failed, this, [this](const api::ApiError &error) {
        showStatus(
            [error] { return tr("Orders could not be loaded: %1").arg(ErrorPresenter::describe(error)); });
    });
    connect(m_ui->ordersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MerchantPane::onCurrentRowChanged);
    // The actions follow what is chosen: none after a reload or a filter that empties the list.
    // (Counted from the selection model: copying every selected summary on each change would cost a
    // thousand rows' worth of copies per click in a large selection.)
    const auto updateActions = [this] {
        const QItemSelectionModel *selection = m_ui->ordersTable->selectionModel();
        const int chosen = int(selection->selectedRows().size());
        m_ui->actionsBar->setSelectionCount(chosen > 0                            ? chosen
                                            : selection->currentIndex().isValid() ? 1
                                                                                  : 0);
    };
    connect(m_ui->ordersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateActions);
    connect(m_ui->ordersTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateActions);
    connect(m_ui->ordersTable, &QTableView::activated, this, [this] {
        if (m_detailWindow) {
            m_detailWindow->raise();
            m_detailWindow->activateWindow();
        }
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    // Whoever learns a newer order (the detail's load, an action, live polling) tells the desk; the desk
    // reports each newer version once, and the row and the detail follow it.
    connect(m_detail, &OrderDetailPanel::orderLoaded, m_desk, &merchant::OrderDesk::noteOrder);
    connect(m_desk, &merchant::OrderDesk::orderChanged, this, &MerchantPane::onOrderChanged);
    connect(m_desk, &merchant::OrderDesk::newOrders, this, &MerchantPane::onNewOrders);
}

void MerchantPane::onOrderChanged(const core::Order &order)
{
    m_model->upsertOrder(order);
    const std::optional<core::Order> &shown = m_detail->order();
    if (shown && shown->id == order.id && shown->version < order.version)
        m_detail->setOrder(order);
}

merchant::OrderFilter MerchantPane::currentFilter() const
{
    merchant::OrderFilter filter = m_ui->filterBar->filter();
    if (m_desk) {
        filter.sortField = m_desk->filter().sortField;
        filter.descending = m_desk->filter().descending;
    }
    return filter;
}

void MerchantPane::applyFilter()
{
    if (m_desk)
        m_desk->setFilter(currentFilter());
}

void MerchantPane::reloadViews(const QString &current)
{
    if (!m_desk)
        return;
    QStringList names;
    for (const merchant::SavedView &view : m_desk->views().views())
        names.append(view.name);
    m_ui->filterBar->setViewNames(names, current.isEmpty() ? m_ui->filterBar->currentView() : current);
}

void MerchantPane::saveView(const QString &name)
{
    if (!m_desk)
        return;
    m_desk->views().save({name, currentFilter(), m_model->columns()});
    reloadViews(name);
}

void MerchantPane::applyView(const QString &name)
{
    if (!m_desk)
        return;
    const std::optional<merchant::SavedView> view =
        name.isEmpty()
            ? std::optional<merchant::SavedView>(merchant::SavedView{{}, {}, merchant::defaultOrderColumns()})
            : m_desk->views().view(name);
    if (!view)
        return;
    m_ui->filterBar->setFilter(view->filter);
    if (!view->columns.isEmpty())
        m_header->setColumns(view->columns);
    m_desk->setFilter(view->filter, true); // with the view's sort
    m_header->showSort();
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
    showCount([this] { return countText(); });
}

QString MerchantPane::countText() const
{
    const merchant::OrderListSession *list = m_desk->list();
    const std::optional<qint64> total = list->total();
    const QLocale locale;
    if (!total)
        return tr("%1 loaded").arg(locale.toString(m_model->rowCount()));
    // A capped total only says "at least the cap": "10,000+", whatever number came with it.
    const QString count = list->totalCapped()
                              ? tr("%1+").arg(locale.toString(merchant::OrderListSession::kTotalCap))
                              : locale.toString(*total);
    return tr("%1 orders").arg(count);
}

void MerchantPane::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_ui->ordersTable, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    const auto move = [this](int delta) {
        if (!m_model || m_model->rowCount() == 0)
            return;
        const int row =
            std::clamp(m_ui->ordersTable->currentIndex().row() + delta, 0, m_model->rowCount() - 1);
        m_ui->ordersTable->setCurrentIndex(m_model->index(row, 0));
        if (row >= m_model->rowCount() - 5 && m_model->canFetchMore({}))
            m_model->fetchMore({});
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
        if (!findChild<QLineEdit *>(u"orderSearchEdit"_s)->hasFocus())
            focusSearch();
    });
    // Ctrl+F is the window's (MainWindow sends it to the pane shown): a second Find shortcut here made the
    // key ambiguous whenever the focus was in the desk, and it then did nothing.
}

QList<core::OrderSummary> MerchantPane::selectedSummaries() const
{
    QList<core::OrderSummary> rows;
    if (!m_model)
        return rows;
    QModelIndexList indexes = m_ui->ordersTable->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const core::OrderSummary *row = m_model->summary(index.row()))
            rows.append(*row);
    }
    if (rows.isEmpty()) {
        if (const core::OrderSummary *row = m_model->summary(m_ui->ordersTable->currentIndex().row()))
            rows.append(*row);
    }
    return rows;
}

void MerchantPane::runOnSelection(const merchant::OrderCommand &command)
{
    if (m_runner)
        m_runner->run(selectedSummaries(), m_detail->order(), command);
}

void MerchantPane::askCancel()
{
    if (m_runner)
        m_runner->cancel(selectedSummaries(), m_detail->order());
}

void MerchantPane::askDelivery()
{
    if (m_runner)
        m_runner->addDelivery(selectedSummaries(), m_detail->order());
}

bool MerchantPane::printSelection(merchant::DocumentPrinter::Kind kind, const QString &filePath)
{
    const QList<core::OrderSummary> rows = selectedSummaries();
    if (rows.isEmpty() || !m_runner)
        return false;
    m_runner->print(rows, m_detail->order(), kind, filePath);
    return true;
}

void MerchantPane::askPrint(merchant::DocumentPrinter::Kind kind)
{
    if (selectedSummaries().isEmpty() || !m_runner || !m_runner->readyToPrint(kind))
        return;
    auto *chooser = new QFileDialog(this, kind == merchant::DocumentPrinter::Kind::Invoice
                                              ? tr("Save invoices as PDF")
                                              : tr("Save packing slips as PDF"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilter(tr("PDF files (*.pdf)"));
    chooser->setDefaultSuffix(u"pdf"_s);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this, kind](const QString &path) { printSelection(kind, path); });
    chooser->open();
}

void MerchantPane::openExport()
{
    if (!m_desk)
        return;
    auto *dialog = new ExportDialog(m_desk->exporter(), m_desk->filter(), m_model->columns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MerchantPane::onNewOrders(const QList<core::Order> &orders, bool listed)
{
    if (listed) {
        for (const core::Order &order : orders)
            m_model->upsertOrder(order, true);
    }
    if (orders.isEmpty() || !m_ui->actionsBar->notifies())
        return;
    const QString latest = orders.last().orderNumber.value_or(orders.last().id);
    const auto text = [latest](int count) {
        return tr("%n new order(s), latest %1", nullptr, count).arg(latest);
    };
    const QString message = text(int(orders.size()));
    m_unseenNewOrders += int(orders.size()); // counted until the seller dismisses the notice
    m_newOrdersNotice->showNotice([text, count = m_unseenNewOrders] { return text(count); }, false);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("New orders"), message);
    }
    Q_EMIT newOrdersNotified(int(orders.size()), message);
}

void MerchantPane::setDetailDetached(bool detached)
{
    if (detached && !m_detailWindow) {
        m_detailWindow = new QWidget(nullptr, Qt::Window);
        m_detailWindow->setObjectName(u"detailWindow"_s);
        m_detailWindow->installEventFilter(this); // closing the window docks the detail back
        m_detailWindow->setWindowTitle(tr("Order detail"));
        auto *layout = new QVBoxLayout(m_detailWindow);
        layout->addWidget(m_detail);
        m_detail->setDetached(true);
        m_detailWindow->resize(560, 720);
        m_detailWindow->show();
        m_ui->detailHost->hide();
    } else if (!detached && m_detailWindow) {
        m_ui->detailHostLayout->addWidget(m_detail);
        m_detail->setDetached(false);
        m_ui->detailHost->show();
        m_detailWindow->removeEventFilter(this);
        m_detailWindow->hide();
        m_detailWindow->deleteLater();
        m_detailWindow = nullptr;
    }
}

bool MerchantPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detailWindow && event->type() == QEvent::Close) {
        setDetailDetached(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace commercedesk::app
