// SPDX-License-Identifier: MIT
#include "app/merchant/ReturnsPanel.h"

#include "app/FlowLayout.h"
#include "app/merchant/MerchantTexts.h"
#include "models/ReturnStateTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

ReturnsPanel::ReturnsPanel(QWidget *parent)
    : QWidget(parent)
    , m_itemCombo(new QComboBox)
    , m_backInStockButton(new QPushButton)
    , m_unusableButton(new QPushButton)
    , m_refundButton(new QPushButton)
{
    setObjectName(u"returnsPanel"_s);
    m_itemCombo->setObjectName(u"returnItemCombo"_s);
    // A steady width (a long product name is elided here, whole in the list and in the detail above).
    m_itemCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_itemCombo->setMinimumContentsLength(14);
    connect(m_itemCombo, &QComboBox::currentIndexChanged, this, &ReturnsPanel::updateButtons);

    m_backInStockButton->setObjectName(u"backInStockButton"_s);
    m_unusableButton->setObjectName(u"unusableButton"_s);
    m_refundButton->setObjectName(u"returnRefundButton"_s);
    connect(m_backInStockButton, &QPushButton::clicked, this,
            [this] { request(core::ReturnShipmentState::BackInStock); });
    connect(m_unusableButton, &QPushButton::clicked, this,
            [this] { request(core::ReturnShipmentState::Unusable); });
    auto *refundMenu = new QMenu(this);
    refundMenu->setObjectName(u"returnRefundMenu"_s);
    m_refundedAction = refundMenu->addAction(QString());
    m_notRefundedAction = refundMenu->addAction(QString());
    connect(m_refundedAction, &QAction::triggered, this,
            [this] { request(core::ReturnPaymentState::Refunded); });
    connect(m_notRefundedAction, &QAction::triggered, this,
            [this] { request(core::ReturnPaymentState::NotRefunded); });
    m_refundButton->setMenu(refundMenu);

    // One row that wraps: a long language grows a row instead of cutting a word.
    m_row = new QWidget;
    auto *row = new FlowLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_itemCombo);
    for (QPushButton *button : {m_backInStockButton, m_unusableButton, m_refundButton})
        row->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_row);
    retranslate();
    clear();
}

void ReturnsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_locale = QLocale();
        render();
        // The new words may wrap differently: fitted again once the layouts took them in.
        QTimer::singleShot(0, this, [this] { fitHeight(); });
    }
    QWidget::changeEvent(event);
}

void ReturnsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void ReturnsPanel::fitHeight()
{
    // The row wraps with the width: the splitter holding the panel must not give it less than that.
    setMinimumHeight(0);
    setMinimumHeight(layout()->contentsMargins().top() + m_row->heightForWidth(width()));
}

void ReturnsPanel::retranslate()
{
    // The Returns section of the detail right above names what the list holds.
    m_itemCombo->setToolTip(tr("The returned item to act on"));
    m_itemCombo->setAccessibleName(tr("Returned item"));
    m_backInStockButton->setText(tr("Back in stock"));
    m_unusableButton->setText(tr("Unusable"));
    m_refundButton->setText(tr("Refund state"));
    m_refundedAction->setText(models::ReturnStateTexts::payment(core::ReturnPaymentState::Refunded));
    m_notRefundedAction->setText(models::ReturnStateTexts::payment(core::ReturnPaymentState::NotRefunded));
    updateButtons();
}

void ReturnsPanel::setCanAct(bool canAct)
{
    m_canAct = canAct;
    updateButtons();
}

void ReturnsPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    render();
}

void ReturnsPanel::clear()
{
    m_order.reset();
    render();
}

void ReturnsPanel::setOrder(const core::Order &order)
{
    m_order = order;
    render();
}

void ReturnsPanel::render()
{
    const QString kept = pickedItemId();
    const QSignalBlocker quiet(m_itemCombo);
    m_itemCombo->clear();
    int pick = -1;
    if (m_order) {
        for (const core::ReturnInfo &info : m_order->returnInfo) {
            for (const core::ReturnItem &item : info.items) {
                const core::LineItem *line = item.lineItemId ? m_order->lineItem(*item.lineItemId) : nullptr;
                const QString name = line ? line->name.text(m_locale) : tr("Custom item");
                m_itemCombo->addItem(tr("%1 × %2 · %3")
                                         .arg(m_locale.toString(item.quantity), name,
                                              models::ReturnStateTexts::shipment(item.shipmentState)),
                                     item.id);
                const int index = m_itemCombo->count() - 1;
                if (item.id == kept ||
                    (pick < 0 && kept.isEmpty() && item.shipmentState == core::ReturnShipmentState::Returned))
                    pick = index;
            }
        }
    }
    m_itemCombo->setCurrentIndex(pick >= 0 ? pick : (m_itemCombo->count() > 0 ? 0 : -1));
    setVisible(m_itemCombo->count() > 0);
    updateButtons();
}

QString ReturnsPanel::pickedItemId() const
{
    return m_itemCombo->currentData().toString();
}

const core::ReturnItem *ReturnsPanel::picked() const
{
    return m_order ? m_order->returnItem(pickedItemId()) : nullptr;
}

void ReturnsPanel::updateButtons()
{
    const core::ReturnItem *item = picked();
    const bool arrived = item && item->shipmentState == core::ReturnShipmentState::Returned;
    const bool refundOpen = item && item->paymentState == core::ReturnPaymentState::Initial;
    // Enabled: what the button does; disabled: why not.
    const auto tip = [&](bool allowed, const QString &does, const QString &why) -> QString {
        if (!m_canAct)
            return MerchantTexts::mayNotChangeOrders();
        return allowed ? does : why;
    };
    m_backInStockButton->setEnabled(m_canAct && arrived);
    m_unusableButton->setEnabled(m_canAct && arrived);
    m_refundButton->setEnabled(m_canAct && refundOpen);
    const QString notArrived =
        tr("Only an item that came back (Returned) can be put back in stock or marked unusable.");
    m_backInStockButton->setToolTip(tip(arrived, tr("The returned item is back in stock"), notArrived));
    m_unusableButton->setToolTip(tip(arrived, tr("The returned item cannot be sold again"), notArrived));
    m_refundButton->setToolTip(tip(refundOpen, tr("Record whether the returned item was refunded"),
                                   tr("The refund of this item is already settled or not possible.")));
}

void ReturnsPanel::request(core::ReturnShipmentState state)
{
    if (m_canAct && picked())
        Q_EMIT commandRequested(merchant::OrderCommand::setReturnShipmentState({pickedItemId()}, state));
}

void ReturnsPanel::request(core::ReturnPaymentState state)
{
    if (m_canAct && picked())
        Q_EMIT commandRequested(merchant::OrderCommand::setReturnPaymentState({pickedItemId()}, state));
}

} // namespace commercedesk::app
