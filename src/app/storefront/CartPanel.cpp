// SPDX-License-Identifier: MIT
#include "app/storefront/CartPanel.h"

#include "app/ErrorPresenter.h"
#include "checkout/CartSession.h"
#include "models/CartModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

QLabel *valueLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CartPanel::CartPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::CartModel(this))
    , m_table(new QTableView)
    , m_itemsValue(valueLabel(u"cartItemsValueLabel"_s))
    , m_shippingValue(valueLabel(u"cartShippingValueLabel"_s))
    , m_taxValue(valueLabel(u"cartTaxValueLabel"_s))
    , m_totalValue(valueLabel(u"cartTotalValueLabel"_s))
    , m_notice(new QLabel)
    , m_progress(new QProgressBar)
    , m_removeButton(new QPushButton)
    , m_checkoutButton(new QPushButton)
{
    setObjectName(u"cartPanel"_s);
    auto *title = new QLabel;
    m_texts.bind([this, title] {
        title->setText(tr("Cart"));
        m_removeButton->setText(tr("&Remove"));
        m_checkoutButton->setText(tr("Chec&kout…"));
    });
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);

    m_progress->setObjectName(u"cartProgressBar"_s);
    m_progress->setMaximum(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(80);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_progress);

    m_table->setObjectName(u"cartTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setColumnHidden(models::CartModel::SkuColumn, true);
    m_table->setColumnHidden(models::CartModel::UnitPriceColumn, true);
    m_table->horizontalHeader()->setSectionResizeMode(models::CartModel::ProductColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::CartModel::QuantityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::CartModel::TotalColumn,
                                                      QHeaderView::ResizeToContents);

    m_notice->setObjectName(u"cartNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *totals = new QFormLayout;
    totals->setLabelAlignment(Qt::AlignLeft);
    auto *itemsLabel = new QLabel;
    auto *shippingLabel = new QLabel;
    auto *taxLabel = new QLabel;
    auto *totalLabel = new QLabel;
    m_texts.bind([=] {
        itemsLabel->setText(tr("Items"));
        shippingLabel->setText(tr("Shipping"));
        taxLabel->setText(tr("Tax"));
        totalLabel->setText(tr("Total"));
    });
    totals->addRow(itemsLabel, m_itemsValue);
    totals->addRow(shippingLabel, m_shippingValue);
    totals->addRow(taxLabel, m_taxValue);
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    m_totalValue->setFont(bold);
    totals->addRow(totalLabel, m_totalValue);

    m_removeButton->setObjectName(u"removeLineButton"_s);
    m_checkoutButton->setObjectName(u"checkoutButton"_s);
    m_checkoutButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_checkoutButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(totals);
    layout->addLayout(buttons);

    connect(m_removeButton, &QPushButton::clicked, this, &CartPanel::removeSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CartPanel::removeSelected);
    connect(m_checkoutButton, &QPushButton::clicked, this, &CartPanel::checkoutRequested);
    setMinimumWidth(320);
    refresh();
}

void CartPanel::setCartSession(checkout::CartSession *session, const QString &language)
{
    m_session = session;
    m_language = language;
    m_model->setLocale(QLocale(), language);
    connect(session, &checkout::CartSession::cartChanged, this, &CartPanel::refresh);
    connect(session, &checkout::CartSession::busyChanged, m_progress, &QWidget::setVisible);
    connect(session, &checkout::CartSession::failed, this,
            [this](const api::ApiError &error) { showNotice(ErrorPresenter::describe(error), true); });
    connect(session, &checkout::CartSession::pricesChanged, this, [this](const QStringList &names) {
        showNotice(tr("Prices changed since you added: %1. The cart shows the current prices.")
                       .arg(QLocale().createSeparatedList(names)),
                   false);
    });
    connect(session, &checkout::CartSession::conflictResolved, this, [this] {
        showNotice(tr("The cart was changed elsewhere; it was reloaded and your change applied."), false);
    });
    connect(m_model, &models::CartModel::quantityRequested, session, &checkout::CartSession::setQuantity);
    refresh();
}

void CartPanel::refresh()
{
    const std::optional<core::Cart> cart = m_session ? m_session->cart() : std::nullopt;
    m_model->setCart(cart);
    const QLocale locale;
    const bool hasLines = cart && !cart->lineItems.isEmpty();
    m_removeButton->setEnabled(hasLines);
    m_checkoutButton->setEnabled(hasLines);
    if (!hasLines) {
        m_itemsValue->setText(tr("Your cart is empty"));
        m_shippingValue->clear();
        m_taxValue->clear();
        m_totalValue->clear();
        return;
    }
    core::Money items = cart->lineItems.first().totalPrice;
    for (qsizetype i = 1; i < cart->lineItems.size(); ++i) {
        if (auto sum = items.plus(cart->lineItems.at(i).totalPrice))
            items = sum.value();
    }
    m_itemsValue->setText(items.format(locale));
    m_shippingValue->setText(cart->shippingInfo ? cart->shippingInfo->price.format(locale)
                                                : tr("at checkout"));
    if (cart->taxedPrice && cart->taxedPrice->totalTax)
        m_taxValue->setText(cart->taxedPrice->totalTax->format(locale));
    else
        m_taxValue->setText(tr("after the address"));
    m_totalValue->setText(cart->displayTotal().format(locale));
}

void CartPanel::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLocale(QLocale(), language);
}

void CartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->setLocale(QLocale(), m_language);
        refresh();
    }
    QWidget::changeEvent(event);
}

void CartPanel::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid())
        return;
    m_session->removeLineItem(current.data(models::CartModel::LineItemIdRole).toString());
}

void CartPanel::showNotice(const QString &text, bool error)
{
    m_notice->setStyleSheet(
        error ? u"QLabel { color: #8a1c1c; background: #fdecea; padding: 6px; border-radius: 4px; }"_s
              : u"QLabel { color: #5c4400; background: #fff4ce; padding: 6px; border-radius: 4px; }"_s);
    m_notice->setText(text);
    m_notice->show();
}

} // namespace commercedesk::app
