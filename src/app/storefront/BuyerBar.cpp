// SPDX-License-Identifier: MIT
#include "app/storefront/BuyerBar.h"

#include "app/CountryNames.h"
#include "app/ElidedLabel.h"
#include "app/storefront/SignInDialog.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "core/Market.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

using checkout::BuyerSession;

BuyerBar::BuyerBar(BuyerSession *buyer, checkout::BuyerAccount *account, QWidget *parent)
    : QWidget(parent)
    , m_buyer(buyer)
    , m_account(account)
    , m_mode(new QComboBox)
    , m_market(new QComboBox)
    , m_unit(new QComboBox)
    , m_who(new ElidedLabel)
    , m_signIn(new QPushButton)
    , m_signOut(new QPushButton)
    , m_orders(new QPushButton)
{
    setObjectName(u"buyerBar"_s);
    m_mode->setObjectName(u"buyerModeCombo"_s);
    m_mode->addItem(QString(), int(BuyerSession::Mode::B2C));
    m_mode->addItem(QString(), int(BuyerSession::Mode::B2B));
    m_market->setObjectName(u"marketCombo"_s);
    for (const core::Market &market : core::Market::all())
        m_market->addItem(QString(), QStringList{market.country, market.currency});
    // Their texts change with the language: the width follows (the default sizes once, at first show).
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_market->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setObjectName(u"businessUnitCombo"_s);
    m_unit->setMinimumContentsLength(18);
    m_who->setObjectName(u"signedInLabel"_s);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_orders->setObjectName(u"myOrdersButton"_s);

    auto *modeLabel = new QLabel;
    modeLabel->setBuddy(m_mode);
    auto *marketLabel = new QLabel;
    marketLabel->setBuddy(m_market);
    m_texts.bind([=, this] {
        m_mode->setAccessibleName(tr("Buying as"));
        m_mode->setItemText(0, tr("Personal (B2C)"));
        m_mode->setItemText(1, tr("Business (B2B)"));
        m_market->setAccessibleName(tr("Country and currency"));
        m_unit->setAccessibleName(tr("Business unit"));
        m_signIn->setText(tr("Sign &in…"));
        m_signOut->setText(tr("Sign &out"));
        m_orders->setText(tr("&My orders"));
        m_orders->setToolTip(tr("Your order history, with detail and reorder"));
        modeLabel->setText(tr("&Buying as:"));
        marketLabel->setText(tr("&Ship to:"));
        fillMarkets();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(modeLabel);
    layout->addWidget(m_mode);
    layout->addWidget(marketLabel);
    layout->addWidget(m_market);
    layout->addWidget(m_unit);
    layout->addStretch();
    layout->addWidget(m_who);
    layout->addWidget(m_orders);
    layout->addWidget(m_signIn);
    layout->addWidget(m_signOut);

    connect(m_mode, &QComboBox::activated, this, [this] {
        m_buyer->setMode(BuyerSession::Mode(m_mode->currentData().toInt()));
        if (m_buyer->businessUnitKey().isEmpty() && !m_account->businessUnits().isEmpty())
            m_account->chooseBusinessUnit(m_account->businessUnits().first().key);
    });
    connect(m_market, &QComboBox::activated, this, &BuyerBar::chooseMarket);
    connect(m_unit, &QComboBox::activated, this,
            [this] { m_account->chooseBusinessUnit(m_unit->currentData().toString()); });
    connect(m_signIn, &QPushButton::clicked, this, &BuyerBar::openSignIn);
    connect(m_signOut, &QPushButton::clicked, m_account, &checkout::BuyerAccount::signOut);
    connect(m_orders, &QPushButton::clicked, this, &BuyerBar::ordersRequested);
    connect(m_buyer, &BuyerSession::contextChanged, this, &BuyerBar::refresh);
    connect(m_buyer, &BuyerSession::customerChanged, this, &BuyerBar::refresh);
    connect(m_account, &checkout::BuyerAccount::businessUnitsLoaded, this, &BuyerBar::fillUnits);
    refresh();
}

void BuyerBar::setCart(checkout::CartSession *cart)
{
    m_cart = cart;
}

void BuyerBar::fillMarkets()
{
    for (int row = 0; row < m_market->count(); ++row) {
        const QStringList market = m_market->itemData(row).toStringList();
        m_market->setItemText(row, tr("%1 · %2").arg(CountryNames::name(market.value(0)), market.value(1)));
    }
}

void BuyerBar::chooseMarket()
{
    const QStringList market = m_market->currentData().toStringList();
    const QString country = market.value(0);
    const QString currency = market.value(1);
    const auto &cart = m_cart ? m_cart->cart() : std::nullopt;
    const bool moves = cart && !cart->lineItems.isEmpty() && cart->totalPrice.currencyCode() != currency;
    if (!moves) {
        m_buyer->setMarket(country, currency);
        return;
    }
    // A cart with lines in another currency: ask before it moves (window-modal, no nested event loop).
    if (m_marketBox)
        m_marketBox->close();
    qint64 items = 0;
    for (const core::LineItem &line : cart->lineItems)
        items += line.quantity;
    m_marketBox =
        new QMessageBox(QMessageBox::Question, tr("Change the market?"),
                        tr("Your cart holds %n item(s) priced in %1. Ship to %2 instead? The items move to "
                           "a new cart in %3, at that market's prices.",
                           nullptr, int(items))
                            .arg(cart->totalPrice.currencyCode(), CountryNames::name(country), currency),
                        QMessageBox::NoButton, window());
    m_marketBox->setObjectName(u"marketSwitchBox"_s);
    m_marketBox->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *move = m_marketBox->addButton(tr("&Move items"), QMessageBox::AcceptRole);
    move->setObjectName(u"moveCartButton"_s);
    QPushButton *keep = m_marketBox->addButton(tr("&Keep current market"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepMarketButton"_s);
    m_marketBox->setDefaultButton(keep);
    connect(move, &QPushButton::clicked, this, [this, country, currency] {
        m_buyer->setMarket(country, currency);
        if (m_cart)
            m_cart->moveToMarket();
    });
    connect(m_marketBox, &QMessageBox::rejected, this, &BuyerBar::refresh);
    connect(keep, &QPushButton::clicked, this, &BuyerBar::refresh);
    m_marketBox->open();
}

void BuyerBar::openSignIn()
{
    auto *dialog = new SignInDialog(m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BuyerBar::fillUnits()
{
    m_unit->clear();
    for (const core::BusinessUnit &unit : m_account->businessUnits())
        m_unit->addItem(unit.name, unit.key);
    refresh();
}

void BuyerBar::refresh()
{
    const bool signedIn = m_buyer->isSignedIn();
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    m_orders->setVisible(signedIn);
    m_who->setFullText(signedIn ? tr("Signed in as %1").arg(m_buyer->customerEmail()) : tr("Guest"));
    const bool b2b = m_buyer->mode() == BuyerSession::Mode::B2B;
    m_mode->setCurrentIndex(b2b ? 1 : 0);
    if (!signedIn)
        m_unit->clear(); // nothing of the previous buyer's companies stays
    m_unit->setVisible(b2b && m_unit->count() > 0);
    const int unitRow = m_unit->findData(m_buyer->businessUnitKey());
    if (unitRow >= 0)
        m_unit->setCurrentIndex(unitRow);
    if (!m_buyer->roleKey().isEmpty())
        m_unit->setToolTip(tr("Your role: %1").arg(m_buyer->roleKey()));
    const int marketRow = m_market->findData(QStringList{m_buyer->country(), m_buyer->currency()});
    if (marketRow >= 0)
        m_market->setCurrentIndex(marketRow);
}

void BuyerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace commercedesk::app
