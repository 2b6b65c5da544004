// SPDX-License-Identifier: MIT
#include "app/storefront/BuyerBar.h"

#include "app/storefront/SignInDialog.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
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
    , m_who(new QLabel)
    , m_signIn(new QPushButton(tr("Sign &in…")))
    , m_signOut(new QPushButton(tr("Sign &out")))
    , m_orders(new QPushButton(tr("&My orders")))
{
    setObjectName(u"buyerBar"_s);
    m_mode->setObjectName(u"buyerModeCombo"_s);
    m_mode->setAccessibleName(tr("Buying as"));
    m_mode->addItem(tr("Personal (B2C)"), int(BuyerSession::Mode::B2C));
    m_mode->addItem(tr("Business (B2B)"), int(BuyerSession::Mode::B2B));
    m_market->setObjectName(u"marketCombo"_s);
    m_market->setAccessibleName(tr("Country and currency"));
    const QList<QPair<QString, QString>> markets{{u"DE"_s, u"EUR"_s},
                                                 {u"FR"_s, u"EUR"_s},
                                                 {u"NL"_s, u"EUR"_s},
                                                 {u"GB"_s, u"GBP"_s},
                                                 {u"US"_s, u"USD"_s}};
    for (const auto &[country, currency] : markets) {
        const QString name = QLocale::territoryToString(QLocale::codeToTerritory(country));
        m_market->addItem(tr("%1 · %2").arg(name, currency), QStringList{country, currency});
    }
    m_unit->setObjectName(u"businessUnitCombo"_s);
    m_unit->setAccessibleName(tr("Business unit"));
    m_unit->setMinimumContentsLength(18);
    m_who->setObjectName(u"signedInLabel"_s);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_orders->setObjectName(u"myOrdersButton"_s);
    m_orders->setToolTip(tr("Your order history, with detail and reorder"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *modeLabel = new QLabel(tr("&Buying as:"));
    modeLabel->setBuddy(m_mode);
    auto *marketLabel = new QLabel(tr("&Ship to:"));
    marketLabel->setBuddy(m_market);
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
    connect(m_market, &QComboBox::activated, this, [this] {
        const QStringList market = m_market->currentData().toStringList();
        m_buyer->setMarket(market.value(0), market.value(1));
    });
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
    m_who->setText(signedIn ? tr("Signed in as %1").arg(m_buyer->customerEmail()) : tr("Guest"));
    const bool b2b = m_buyer->mode() == BuyerSession::Mode::B2B;
    m_mode->setCurrentIndex(b2b ? 1 : 0);
    m_unit->setVisible(b2b && m_unit->count() > 0);
    const int unitRow = m_unit->findData(m_buyer->businessUnitKey());
    if (unitRow >= 0)
        m_unit->setCurrentIndex(unitRow);
    if (!m_buyer->roleKey().isEmpty())
        m_unit->setToolTip(tr("Your role: %1").arg(m_buyer->roleKey()));
}

} // namespace commercedesk::app
