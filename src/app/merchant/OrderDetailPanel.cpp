// SPDX-License-Identifier: MIT
#include "app/merchant/OrderDetailPanel.h"

#include "app/ErrorPresenter.h"
#include "app/merchant/OrderDetailDocument.h"
#include "app/merchant/PaymentPanel.h"
#include "app/merchant/ReturnsPanel.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderDetailLoad.h"
#include "merchant/OrderDetailLoader.h"
#include "models/OrderLineModel.h"
#include "models/OrderTableModel.h"
#include "models/OrderTimelineModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel)
    , m_detachButton(new QToolButton)
    , m_browser(new QTextBrowser)
    , m_linesView(new QTableView)
    , m_timelineView(new QListView)
    , m_paymentPanel(new PaymentPanel)
    , m_returnsPanel(new ReturnsPanel)
    , m_timelineEmptyLabel(new QLabel)
    , m_historyLabel(new QLabel)
    , m_lines(new models::OrderLineModel(this))
    , m_timeline(new models::OrderTimelineModel(this))
{
    setObjectName(u"orderDetailPanel"_s);
    m_titleLabel->setObjectName(u"detailTitleLabel"_s);
    m_detachButton->setObjectName(u"detachButton"_s);
    m_browser->setObjectName(u"detailBrowser"_s);
    m_linesView->setObjectName(u"lineItemsTable"_s);
    m_timelineView->setObjectName(u"timelineList"_s);

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_detachButton, &QToolButton::clicked, this,
            [this] { Q_EMIT(m_detached ? attachRequested() : detachRequested()); });

    m_linesView->setModel(m_lines);
    m_linesView->verticalHeader()->hide();
    // Codes and amounts keep their full width; the product name takes what is left (elided).
    m_linesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->horizontalHeader()->setSectionResizeMode(models::OrderLineModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_linesView->horizontalHeader()->setSectionResizeMode(models::OrderLineModel::SkuColumn,
                                                          QHeaderView::Interactive);
    m_linesView->setWordWrap(false);
    m_linesView->setTextElideMode(Qt::ElideRight);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_linesView->setAlternatingRowColors(true);
    m_timelineView->setModel(m_timeline);
    m_browser->setOpenLinks(false);
    // Three lines at least (it scrolls): with the returns' actions beneath it the docked detail stays
    // within the default window.
    m_browser->setMinimumHeight(3 * m_browser->fontMetrics().lineSpacing() + 2 * m_browser->frameWidth());

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_detachButton);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_linesView);
    // The returns' actions sit right under the detail that lists the returns (the browser).
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(m_browser, 1);
    detailLayout->addWidget(m_returnsPanel);
    splitter->addWidget(detailBox);
    splitter->addWidget(m_paymentPanel);
    connect(m_paymentPanel, &PaymentPanel::paymentUpdated, this, [this](const core::Payment &payment) {
        for (core::Payment &shown : m_payments) {
            if (shown.id == payment.id)
                shown = payment;
        }
        const int scrolled = m_browser->verticalScrollBar()->value();
        render();
        m_browser->verticalScrollBar()->setValue(scrolled);
    });
    auto *timelineBox = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_historyLabel->setStyleSheet(u"font-weight: bold; color: #335;"_s);
    timelineLayout->addWidget(m_historyLabel);
    m_timelineEmptyLabel->setObjectName(u"timelineEmptyLabel"_s);
    m_timelineEmptyLabel->setStyleSheet(u"color: #777;"_s);
    m_timelineEmptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_timelineEmptyLabel->setWordWrap(true);
    // Room for two lines: the sentence wraps in some languages and must not be cut.
    m_timelineEmptyLabel->setMinimumHeight(2 * m_timelineEmptyLabel->fontMetrics().lineSpacing());
    timelineLayout->addWidget(m_timelineEmptyLabel);
    timelineLayout->addWidget(m_timelineView, 1);
    timelineLayout->addStretch(0);
    m_updateTimelineEmpty = [this] {
        const bool empty = m_timeline->rowCount() == 0;
        m_timelineEmptyLabel->setText(
            m_loader && !m_loader->canReadMessages()
                ? tr("This API client may not read the order history (view_messages).")
                : tr("No changes recorded for this order yet."));
        m_timelineEmptyLabel->setVisible(empty);
        m_timelineView->setVisible(!empty);
    };
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, m_updateTimelineEmpty);
    connect(m_timeline, &QAbstractItemModel::rowsRemoved, this, m_updateTimelineEmpty);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, m_updateTimelineEmpty);
    m_updateTimelineEmpty();
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setStretchFactor(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    retranslate();
    clear();
}

void OrderDetailPanel::retranslate()
{
    m_detachButton->setText(m_detached ? tr("Attach") : tr("Detach"));
    m_detachButton->setToolTip(tr("Show the detail in its own window"));
    m_historyLabel->setText(tr("History"));
    m_updateTimelineEmpty();
}

void OrderDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The order, its payments, log and history are shown again, not reloaded, where the seller was.
        retranslate();
        setLocale(QLocale());
        if (m_order)
            fitSkuColumn();
    }
    QWidget::changeEvent(event);
}

OrderDetailPanel::~OrderDetailPanel()
{
    cancelLoad();
}

void OrderDetailPanel::setLoader(merchant::OrderDetailLoader *loader)
{
    cancelLoad();
    m_loader = loader;
    m_updateTimelineEmpty();
}

void OrderDetailPanel::setContext(merchant::MerchantContext *context, merchant::OmsLogClient *)
{
    setLoader(context ? context->detailLoader() : nullptr);
}

void OrderDetailPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_lines->retranslate(locale);
    m_timeline->setLocale(locale);
    m_paymentPanel->setLocale(locale);
    m_returnsPanel->setLocale(locale);
    if (m_order)
        render();
    else
        showPlaceholder();
}

void OrderDetailPanel::setDetached(bool detached)
{
    m_detached = detached;
    retranslate();
}

void OrderDetailPanel::cancelLoad()
{
    if (m_load)
        m_load->cancel(); // its answers are for an order no longer wanted
    m_load.clear();
}

void OrderDetailPanel::startLoad(merchant::OrderDetailLoad *load)
{
    m_load = load;
    connect(load, &merchant::OrderDetailLoad::orderLoaded, this, [this](const core::Order &order) {
        m_order = order;
        m_loadingNumber.clear();
        m_payments.clear();
        m_deliveryLog.reset();
        m_omsError.reset();
        m_timeline->clear();
        m_paymentPanel->setOrder(order);
        m_returnsPanel->setOrder(order);
        showLines();
        render();
        Q_EMIT orderLoaded(order);
    });
    connect(load, &merchant::OrderDetailLoad::orderFailed, this, [this](const api::ApiError &error) {
        m_loadError = error;
        showPlaceholder();
    });
    connect(load, &merchant::OrderDetailLoad::paymentLoaded, this, [this](const core::Payment &payment) {
        m_payments.append(payment);
        m_paymentPanel->setPayments(m_payments);
        render();
    });
    connect(load, &merchant::OrderDetailLoad::messagesLoaded, this,
            [this](const QList<core::Message> &messages) { m_timeline->appendMessages(messages); });
    connect(load, &merchant::OrderDetailLoad::omsLogLoaded, this,
            [this](const merchant::OmsDeliveryLog &log) {
                m_deliveryLog = log;
                m_omsError.reset();
                render();
            });
    connect(load, &merchant::OrderDetailLoad::omsLogFailed, this, [this](const api::ApiError &error) {
        m_deliveryLog.reset();
        m_omsError = error;
        render();
    });
}

void OrderDetailPanel::showOrder(const QString &orderId, const QString &displayNumber)
{
    clear();
    m_loadingNumber = displayNumber;
    showPlaceholder();
    if (m_loader)
        startLoad(m_loader->load(orderId));
}

void OrderDetailPanel::clear()
{
    cancelLoad();
    m_order.reset();
    m_payments.clear();
    m_deliveryLog.reset();
    m_omsError.reset();
    m_lines->clear();
    m_timeline->clear();
    m_loadingNumber.clear();
    m_loadError.reset();
    m_paymentPanel->clear();
    m_paymentPanel->hide();
    m_returnsPanel->clear();
    showPlaceholder();
}

void OrderDetailPanel::showPlaceholder()
{
    m_titleLabel->setText(m_loadingNumber.isEmpty() ? tr("No order selected")
                                                    : tr("Order %1").arg(m_loadingNumber));
    if (m_loadError) {
        m_browser->setHtml(u"<p style=\"color:#a02020;\">"_s +
                           tr("The order could not be loaded: %1")
                               .arg(ErrorPresenter::describe(*m_loadError))
                               .toHtmlEscaped() +
                           u"</p>"_s);
        return;
    }
    m_browser->setHtml(u"<p style=\"color:#777;\">"_s +
                       (m_loadingNumber.isEmpty()
                            ? tr("Select an order to see its items, payment, deliveries and history.")
                            : tr("Loading the order…"))
                           .toHtmlEscaped() +
                       u"</p>"_s);
}

void OrderDetailPanel::showLines()
{
    m_lines->setOrder(*m_order);
    fitSkuColumn();
}

void OrderDetailPanel::fitSkuColumn()
{
    // Long SKUs must not squeeze the product name out: fit the SKU column, but at most a quarter of the
    // view (the amounts beside it take more room in some languages; the SKU's tail is rarely needed).
    m_linesView->resizeColumnToContents(models::OrderLineModel::SkuColumn);
    m_linesView->setColumnWidth(models::OrderLineModel::SkuColumn,
                                std::min(m_linesView->columnWidth(models::OrderLineModel::SkuColumn),
                                         std::max(m_linesView->viewport()->width() / 4, 80)));
}

void OrderDetailPanel::setOrder(const core::Order &order)
{
    cancelLoad(); // the load in flight must not replace this order
    const bool sameOrder = m_order && m_order->id == order.id;
    m_order = order;
    m_loadingNumber.clear();
    m_loadError.reset();
    showLines();
    m_payments.clear();
    m_paymentPanel->setOrder(order);
    m_returnsPanel->setOrder(order);
    if (!sameOrder) {
        m_deliveryLog.reset();
        m_omsError.reset();
        m_timeline->clear();
    }
    render();
    if (m_loader)
        startLoad(m_loader->loadExtras(order));
}

void OrderDetailPanel::refresh()
{
    if (!m_order || !m_order->businessUnit)
        return;
    render();
}

void OrderDetailPanel::render()
{
    if (!m_order)
        return;
    // What arrives later (a payment, the OMS log, a retranslation) never moves the seller's reading
    // position; a new order starts at the top (showPlaceholder came first).
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(detailHtml());
    m_browser->verticalScrollBar()->setValue(scrolled);
    const core::Order &order = *m_order;
    QString title = tr("Order %1").arg(order.orderNumber.value_or(order.id));
    title += u"  ·  "_s + models::OrderTableModel::stateText(order.orderState);
    m_titleLabel->setText(title);
}

QString OrderDetailPanel::detailHtml() const
{
    if (!m_order)
        return {};
    OrderDetailDocument document{*m_order, m_payments, m_deliveryLog, m_omsError, m_locale};
    if (m_order->businessUnit && m_unitName)
        document.setBusinessUnitName(m_unitName(m_order->businessUnit->key));
    return document.html();
}

} // namespace commercedesk::app
