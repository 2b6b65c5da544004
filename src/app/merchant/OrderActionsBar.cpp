// SPDX-License-Identifier: MIT
#include "app/merchant/OrderActionsBar.h"

#include "app/merchant/MerchantTexts.h"
#include "models/OrderTableModel.h"
#include "ui_OrderActionsBar.h"

#include <QEvent>
#include <QMenu>

namespace commercedesk::app {

OrderActionsBar::OrderActionsBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderActionsBar>())
{
    using merchant::OrderCommand;
    m_ui->setupUi(this);
    connect(m_ui->confirmButton, &QPushButton::clicked, this,
            [this] { Q_EMIT commandRequested(OrderCommand::confirm()); });
    connect(m_ui->completeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT commandRequested(OrderCommand::complete()); });
    connect(m_ui->cancelOrderButton, &QPushButton::clicked, this, &OrderActionsBar::cancelRequested);
    connect(m_ui->addDeliveryButton, &QPushButton::clicked, this, &OrderActionsBar::deliveryRequested);
    connect(m_ui->captureButton, &QPushButton::clicked, this, &OrderActionsBar::captureRequested);
    connect(m_ui->recordReturnButton, &QPushButton::clicked, this, &OrderActionsBar::returnRequested);
    connect(m_ui->captureOnShipmentCheck, &QCheckBox::toggled, this,
            &OrderActionsBar::captureOnShipmentToggled);
    m_texts.bind([this] {
        const QString refused = tr("This API client may not capture payments (it lacks the scope "
                                   "manage_checkout_payment_intents).");
        m_ui->captureButton->setToolTip(
            m_canCapture ? tr("Capture what is left of the selected orders' card payments") : refused);
        m_ui->captureOnShipmentCheck->setToolTip(
            m_canCapture ? tr("Adding a delivery that ships every remaining item captures the rest of the "
                              "order's card payment")
                         : refused);
        m_ui->recordReturnButton->setToolTip(
            m_canAct ? tr("Record items the buyer sent back, then refund their value")
                     : MerchantTexts::mayNotChangeOrders());
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &OrderActionsBar::exportRequested);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &OrderActionsBar::refreshRequested);
    connect(m_ui->liveCheck, &QCheckBox::toggled, this, &OrderActionsBar::liveToggled);
    connect(m_ui->notifyCheck, &QCheckBox::toggled, this, &OrderActionsBar::notifyToggled);

    auto *shipment = new QMenu(this);
    shipment->setObjectName(QStringLiteral("shipmentMenu"));
    for (core::ShipmentState state :
         {core::ShipmentState::Ready, core::ShipmentState::Shipped, core::ShipmentState::Delivered,
          core::ShipmentState::Delayed, core::ShipmentState::Backorder, core::ShipmentState::Canceled}) {
        QAction *action = shipment->addAction(QString());
        m_texts.bind([action, state] { action->setText(models::OrderTableModel::stateText(state)); });
        connect(action, &QAction::triggered, this,
                [this, state] { Q_EMIT commandRequested(OrderCommand::setShipmentState(state)); });
    }
    m_ui->shipmentButton->setMenu(shipment);
    auto *payment = new QMenu(this);
    payment->setObjectName(QStringLiteral("paymentMenu"));
    for (core::PaymentState state :
         {core::PaymentState::Pending, core::PaymentState::Paid, core::PaymentState::BalanceDue,
          core::PaymentState::Failed, core::PaymentState::CreditOwed}) {
        QAction *action = payment->addAction(QString());
        m_texts.bind([action, state] { action->setText(models::OrderTableModel::stateText(state)); });
        connect(action, &QAction::triggered, this,
                [this, state] { Q_EMIT commandRequested(OrderCommand::setPaymentState(state)); });
    }
    m_ui->paymentButton->setMenu(payment);
    auto *print = new QMenu(this);
    print->setObjectName(QStringLiteral("printMenu"));
    QAction *packingSlip = print->addAction(QString());
    m_texts.bind([packingSlip] { packingSlip->setText(tr("Packing slip…")); });
    connect(packingSlip, &QAction::triggered, this,
            [this] { Q_EMIT printRequested(merchant::DocumentPrinter::Kind::PackingSlip); });
    QAction *invoice = print->addAction(QString());
    m_texts.bind([invoice] { invoice->setText(tr("Invoice…")); });
    connect(invoice, &QAction::triggered, this,
            [this] { Q_EMIT printRequested(merchant::DocumentPrinter::Kind::Invoice); });
    print->addSeparator();
    QAction *seller = print->addAction(QString());
    seller->setObjectName(QStringLiteral("sellerDetailsAction"));
    m_texts.bind([seller] { seller->setText(tr("Seller details…")); });
    connect(seller, &QAction::triggered, this, &OrderActionsBar::sellerDetailsRequested);
    m_ui->printButton->setMenu(print);
    setSelectionCount(0);
}

OrderActionsBar::~OrderActionsBar() = default;

void OrderActionsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this); // texts only: the live and notify choices stay
        m_texts.retranslate();
    }
    QWidget::changeEvent(event);
}

void OrderActionsBar::setCanAct(bool canAct)
{
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->confirmButton), static_cast<QWidget *>(m_ui->completeButton),
          static_cast<QWidget *>(m_ui->cancelOrderButton), static_cast<QWidget *>(m_ui->shipmentButton),
          static_cast<QWidget *>(m_ui->paymentButton), static_cast<QWidget *>(m_ui->addDeliveryButton)})
        button->setVisible(canAct);
    // Money actions stay in sight for a view-only client, disabled with the reason (as Capture… does).
    m_canAct = canAct;
    m_texts.retranslate();
    setSelectionCount(m_selected);
}

void OrderActionsBar::setCanCapture(bool canCapture)
{
    m_canCapture = canCapture;
    m_texts.retranslate();
    m_ui->captureOnShipmentCheck->setEnabled(canCapture);
    setSelectionCount(m_selected);
}

void OrderActionsBar::setCaptureOnShipment(bool on)
{
    m_ui->captureOnShipmentCheck->setChecked(on);
}

bool OrderActionsBar::capturesOnShipment() const
{
    return m_ui->captureOnShipmentCheck->isEnabled() && m_ui->captureOnShipmentCheck->isChecked();
}

void OrderActionsBar::setSelectionCount(int count)
{
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->confirmButton), static_cast<QWidget *>(m_ui->completeButton),
          static_cast<QWidget *>(m_ui->cancelOrderButton), static_cast<QWidget *>(m_ui->shipmentButton),
          static_cast<QWidget *>(m_ui->paymentButton), static_cast<QWidget *>(m_ui->addDeliveryButton),
          static_cast<QWidget *>(m_ui->printButton)})
        button->setEnabled(count > 0);
    m_selected = count;
    m_ui->recordReturnButton->setEnabled(m_canAct && count == 1); // a return is of one order
    m_ui->captureButton->setEnabled(m_canCapture && count > 0);
}

void OrderActionsBar::setLive(bool on)
{
    m_ui->liveCheck->setChecked(on);
}

bool OrderActionsBar::isLive() const
{
    return m_ui->liveCheck->isChecked();
}

void OrderActionsBar::setNotify(bool on)
{
    m_ui->notifyCheck->setChecked(on);
}

bool OrderActionsBar::notifies() const
{
    return m_ui->notifyCheck->isChecked();
}

} // namespace commercedesk::app
