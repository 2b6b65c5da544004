// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
} // namespace commercedesk::checkout

namespace commercedesk::app {

/// The buyer context bar: B2C/B2B, market (country + currency), the business unit for B2B, and who is
/// signed in (Sign in… / Sign out), and "My orders" for a signed-in buyer (ordersRequested(); the pane opens
/// the order history). Forwards choices to the BuyerSession and BuyerAccount.
class BuyerBar final : public QWidget
{
    Q_OBJECT

public:
    /// Both must outlive the bar.
    BuyerBar(checkout::BuyerSession *buyer, checkout::BuyerAccount *account, QWidget *parent = nullptr);

    void openSignIn();

Q_SIGNALS:
    /// The buyer asked for their order history ("My orders", Alt+M).
    void ordersRequested();

private:
    void refresh();
    void fillUnits();

    checkout::BuyerSession *m_buyer;
    checkout::BuyerAccount *m_account;
    QComboBox *m_mode;
    QComboBox *m_market;
    QComboBox *m_unit;
    QLabel *m_who;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_orders;
};

} // namespace commercedesk::app
