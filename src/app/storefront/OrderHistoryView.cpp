// SPDX-License-Identifier: MIT
#include "app/storefront/OrderHistoryView.h"

#include "app/CountryNames.h"
#include "app/ErrorPresenter.h"
#include "checkout/OrderHistory.h"
#include "checkout/Reorder.h"
#include "models/CartModel.h"
#include "models/OrderHistoryModel.h"
#include "models/OrderLineModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

/// Enter/Return in the order list opens the detail instead of being swallowed by the view.
class EnterFilter final : public QObject
{
public:
    EnterFilter(std::function<void()> onEnter, QObject *parent)
        : QObject(parent)
        , m_onEnter(std::move(onEnter))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

QString addressHtml(const std::optional<core::Address> &address)
{
    if (!address)
        return OrderHistoryView::tr("—");
    const core::Address &a = *address;
    QStringList lines;
    if (a.company && !a.company->isEmpty())
        lines << *a.company;
    const QString name =
        QStringList{a.firstName.value_or(QString()), a.lastName.value_or(QString())}.join(u' ').trimmed();
    if (!name.isEmpty())
        lines << name;
    const QString street = QStringList{a.streetName.value_or(QString()), a.streetNumber.value_or(QString())}
                               .join(u' ')
                               .trimmed();
    if (!street.isEmpty())
        lines << street;
    const QString city =
        QStringList{a.postalCode.value_or(QString()), a.city.value_or(QString())}.join(u' ').trimmed();
    if (!city.isEmpty())
        lines << city;
    lines << CountryNames::name(a.country); // in the buyer's language, as the checkout shows it
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px; color:#555'>"_s + label.toHtmlEscaped() + u"</td><td>"_s +
           value + u"</td></tr>"_s;
}

} // namespace

OrderHistoryView::OrderHistoryView(checkout::OrderHistory *history, checkout::Reorder *reorder,
                                   QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_reorder(reorder)
    , m_model(new models::OrderHistoryModel(this))
    , m_lines(new models::OrderLineModel(this))
    , m_title(new QLabel)
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_detail(new QLabel)
    , m_lineTable(new QTableView)
    , m_reorderButton(new QPushButton)
    , m_refreshButton(new QPushButton)
    , m_backButton(new QPushButton)
    , m_listLabel(new QLabel)
    , m_message(new QLabel)
    , m_progress(new QProgressBar)
{
    setObjectName(u"orderHistoryView"_s);
    m_model->setLocale(QLocale());
    m_lines->setLocale(QLocale());

    m_title->setObjectName(u"orderHistoryTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QPushButton *refresh = m_refreshButton;
    refresh->setObjectName(u"orderHistoryRefreshButton"_s);
    QPushButton *back = m_backButton;
    back->setObjectName(u"orderHistoryBackButton"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(refresh);
    header->addWidget(back);

    m_table->setObjectName(u"orderHistoryTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // order ids are long; their ends tell them apart
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::OrderHistoryModel::NumberColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(models::OrderHistoryModel::NumberColumn,
                                               m_table->fontMetrics().horizontalAdvance(u'M') * 14);
    m_table->horizontalHeader()->setSectionResizeMode(models::OrderHistoryModel::DateColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(new EnterFilter([this] { openSelected(); }, this));
    m_empty->setObjectName(u"orderHistoryEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    QLabel *listLabel = m_listLabel;
    listLabel->setBuddy(m_table);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty);

    m_detail->setObjectName(u"orderDetailLabel"_s);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lineTable->setObjectName(u"orderDetailLinesView"_s);
    m_lineTable->setModel(m_lines);
    m_lineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lineTable->verticalHeader()->hide();
    m_lineTable->setWordWrap(false);
    m_lineTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lineTable->horizontalHeader()->setSectionResizeMode(models::OrderLineModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_reorderButton->setObjectName(u"reorderButton"_s);
    m_reorderButton->setEnabled(false);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_lineTable, 1);
    auto *reorderRow = new QHBoxLayout;
    reorderRow->addStretch();
    reorderRow->addWidget(m_reorderButton);
    detailLayout->addLayout(reorderRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_message->setObjectName(u"orderHistoryMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setMargin(8);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_message->hide();
    m_progress->setObjectName(u"orderHistoryProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_table, m_lineTable);
    setTabOrder(m_lineTable, m_reorderButton);
    setTabOrder(m_reorderButton, refresh);
    setTabOrder(refresh, back);

    connect(refresh, &QPushButton::clicked, this, &OrderHistoryView::reload);
    connect(back, &QPushButton::clicked, this, &OrderHistoryView::closeRequested);
    connect(m_reorderButton, &QPushButton::clicked, this, &OrderHistoryView::reorderSelected);
    auto *reorderShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    reorderShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reorderShortcut, &QShortcut::activated, this, &OrderHistoryView::reorderSelected);
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    reloadShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadShortcut, &QShortcut::activated, this, &OrderHistoryView::reload);
    auto *closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    closeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(closeShortcut, &QShortcut::activated, this, &OrderHistoryView::closeRequested);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current.row()); });
    connect(m_model, &models::OrderHistoryModel::moreRequested, m_history, &checkout::OrderHistory::loadMore);
    connect(m_history, &checkout::OrderHistory::reset, this, [this] {
        m_model->setHasMore(false);
        m_model->setOrders({});
        showDetail(-1);
    });
    connect(m_history, &checkout::OrderHistory::loaded, this, &OrderHistoryView::onLoaded);
    connect(m_history, &checkout::OrderHistory::failed, this,
            [this](const api::ApiError &error) { showMessage(ErrorPresenter::describe(error), true); });
    connect(m_history, &checkout::OrderHistory::busyChanged, this, &OrderHistoryView::updateBusy);
    connect(m_reorder, &checkout::Reorder::busyChanged, this, &OrderHistoryView::updateBusy);
    connect(m_reorder, &checkout::Reorder::failed, this, [this](const api::ApiError &error) {
        showMessage(tr("The order could not be put into a new cart. %1").arg(ErrorPresenter::describe(error)),
                    true);
    });
    connect(m_reorder, &checkout::Reorder::finished, this, [this](const checkout::ReorderResult &result) {
        showMessage(checkout::Reorder::describe(result), !result.unavailable().isEmpty());
        if (result.cart)
            Q_EMIT reordered(result);
    });
    retranslate();
}

void OrderHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderHistoryView::retranslate()
{
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setToolTip(tr("Load the orders again (F5)"));
    m_backButton->setText(tr("&Back to shopping"));
    m_listLabel->setText(tr("&Orders:"));
    m_table->setAccessibleName(tr("Orders"));
    m_lineTable->setAccessibleName(tr("Order lines"));
    m_reorderButton->setText(tr("&Reorder"));
    m_reorderButton->setToolTip(tr("Put this order's items into a new cart (Ctrl+R)"));
    const QLocale locale;
    m_model->setLocale(locale);
    m_lines->retranslate(locale);
    // The date column is as wide as the longest date of the language.
    m_table->horizontalHeader()->resizeSection(
        models::OrderHistoryModel::DateColumn,
        m_table->fontMetrics().horizontalAdvance(
            locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)) +
            16);
    fitColumns();
    if (!m_title->text().isEmpty()) // set once the first page arrived (onLoaded)
        m_title->setText(m_history->isBusinessUnitHistory() ? tr("Orders of your business unit")
                                                            : tr("Your orders"));
    m_empty->setText(tr("There are no orders yet."));
    showDetail(m_table->currentIndex().row());
}

void OrderHistoryView::fitColumns()
{
    // The header sizes its columns to their contents when the model is reset, not when rows arrive or
    // their texts change language: state names and amounts of another length are measured again here.
    for (const int column : {models::OrderHistoryModel::StatusColumn, models::OrderHistoryModel::ItemsColumn,
                             models::OrderHistoryModel::TotalColumn})
        m_table->resizeColumnToContents(column);
}

void OrderHistoryView::reload()
{
    m_message->hide();
    m_history->load();
}

void OrderHistoryView::onLoaded(int appended)
{
    const QList<core::Order> &orders = m_history->orders();
    m_model->appendOrders(orders.mid(orders.size() - appended));
    m_model->setHasMore(m_history->hasMore());
    fitColumns();
    const bool unit = m_history->isBusinessUnitHistory();
    m_title->setText(unit ? tr("Orders of your business unit") : tr("Your orders"));
    m_table->setColumnHidden(models::OrderHistoryModel::PurchaseOrderColumn, !unit);
    const bool none = orders.isEmpty();
    m_empty->setText(tr("There are no orders yet."));
    m_empty->setVisible(none);
    if (!none && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void OrderHistoryView::openSelected()
{
    const int current = m_table->currentIndex().row();
    if (current < 0)
        return;
    showDetail(current);
    m_reorderButton->setFocus();
}

void OrderHistoryView::reorderSelected()
{
    const core::Order *order = m_model->order(m_table->currentIndex().row());
    if (!order || m_reorder->isBusy())
        return;
    showMessage(tr("Putting order %1 into a new cart…").arg(models::OrderHistoryModel::displayNumber(*order)),
                false);
    m_reorder->reorder(*order);
}

void OrderHistoryView::showDetail(int row)
{
    const core::Order *order = m_model->order(row);
    m_reorderButton->setEnabled(order && !m_reorder->isBusy());
    if (!order) {
        m_lines->clear();
        m_detail->setText(tr("Select an order to see its details."));
        return;
    }
    m_lines->setOrder(*order);
    m_detail->setText(detailHtml(row));
}

QString OrderHistoryView::detailHtml(int index) const
{
    const core::Order &order = *m_model->order(index);
    const QLocale locale;
    QString html = u"<h3>"_s +
                   tr("Order %1").arg(models::OrderHistoryModel::displayNumber(order)).toHtmlEscaped() +
                   u"</h3><table>"_s;
    html += row(tr("Placed"),
                locale.toString(order.createdAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    html += row(tr("Status"), models::OrderHistoryModel::statusText(order).toHtmlEscaped());
    if (order.purchaseOrderNumber)
        html += row(tr("PO number"), order.purchaseOrderNumber->toHtmlEscaped());
    if (order.businessUnit)
        html += row(tr("Business unit"), order.businessUnit->key.toHtmlEscaped());
    if (order.customerEmail)
        html += row(tr("Ordered by"), order.customerEmail->toHtmlEscaped());
    html += row(tr("Ship to"), addressHtml(order.shippingAddress));
    if (order.billingAddress && order.billingAddress != order.shippingAddress)
        html += row(tr("Bill to"), addressHtml(order.billingAddress));
    if (order.shippingInfo) {
        html += row(tr("Shipping"),
                    tr("%1: %2")
                        .arg(order.shippingInfo->shippingMethodName, order.shippingInfo->price.format(locale))
                        .toHtmlEscaped());
    }
    if (order.taxedPrice) {
        html += row(tr("Net"), order.taxedPrice->totalNet.format(locale).toHtmlEscaped());
        for (const core::TaxPortion &portion : order.taxedPrice->taxPortions) {
            html += row(tr("Tax %1").arg(models::CartModel::percentText(portion.rate, locale)),
                        portion.amount.format(locale).toHtmlEscaped());
        }
    }
    html += row(tr("Total"), u"<b>"_s + order.displayTotal().format(locale).toHtmlEscaped() + u"</b>"_s);
    html += u"</table>"_s;
    return html;
}

void OrderHistoryView::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error
                                 ? u"QLabel { color: #8a1c1c; background: #fdecea; border-radius: 4px; }"_s
                                 : u"QLabel { color: #1d4d1d; background: #e8f4e8; border-radius: 4px; }"_s);
    m_message->setText(text);
    m_message->show();
}

void OrderHistoryView::updateBusy()
{
    m_progress->setVisible(m_history->isBusy() || m_reorder->isBusy());
    m_reorderButton->setEnabled(m_model->order(m_table->currentIndex().row()) && !m_reorder->isBusy());
}

} // namespace commercedesk::app
