// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
class CartSession;
} // namespace commercedesk::checkout

namespace commercedesk::app {

class ElidedLabel;

/// The buyer context bar: B2C/B2B, market (country + currency), the business unit for B2B, and who is
/// signed in (Sign in… / Sign out), and "My orders" for a signed-in buyer (ordersRequested(); the pane opens
/// the order history). Forwards choices to the BuyerSession and BuyerAccount. Choosing a market in another
/// currency while the cart has lines asks first (marketSwitchBox): "Move items" recreates the cart in the new
/// market, "Keep" stays in the current one. Retranslates itself in place (the unit list stays).
class BuyerBar final : public QWidget
{
    Q_OBJECT

public:
    /// Both must outlive the bar.
    BuyerBar(checkout::BuyerSession *buyer, checkout::BuyerAccount *account, QWidget *parent = nullptr);

    void openSignIn();
    /// The cart whose market must follow the bar's (asked before it moves); must outlive the bar.
    void setCart(checkout::CartSession *cart);

Q_SIGNALS:
    /// The buyer asked for their order history ("My orders", Alt+M).
    void ordersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseMarket();
    void fillMarkets();
    void refresh();
    void fillUnits();

    checkout::BuyerSession *m_buyer;
    checkout::BuyerAccount *m_account;
    checkout::CartSession *m_cart = nullptr;
    TextBinder m_texts;
    QPointer<QMessageBox> m_marketBox;
    QComboBox *m_mode;
    QComboBox *m_market;
    QComboBox *m_unit;
    ElidedLabel *m_who; ///< "Signed in as …": elides rather than widen the window
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_orders;
};

} // namespace commercedesk::app
