// SPDX-License-Identifier: MIT
#pragma once

#include "app/TextBinder.h"
#include "checkout/CheckoutFlow.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
class CartSession;
} // namespace commercedesk::checkout
namespace commercedesk::models {
class ShippingMethodModel;
}

namespace commercedesk::app {

class AddressForm;
class CardFormWidget;

/// The checkout as a step flow over a checkout::CheckoutFlow: a step header, one page per step (address,
/// shipping, payment, review, confirmation), one message banner fed by the flow's signals (every ApiError
/// through ErrorPresenter), progress while the flow works. Place order is disabled while the flow is busy.
/// Forwards intents; keeps no checkout state of its own. Retranslates itself in place.
class CheckoutView final : public QWidget
{
    Q_OBJECT

public:
    /// All three must outlive the view.
    CheckoutView(checkout::CheckoutFlow *flow, checkout::CartSession *cart, checkout::BuyerSession *buyer,
                 QWidget *parent = nullptr);
    /// Offers the signed-in buyer's saved addresses (the business unit's first) on the address step; must
    /// outlive the view.
    void setAccount(checkout::BuyerAccount *account);

Q_SIGNALS:
    /// Back to the catalog (Escape on the first step, "Continue shopping" after the order).
    void closeRequested();
    /// A step page became visible (for screenshots and tests).
    void stepShown(commercedesk::checkout::CheckoutFlow::Step step);

protected:
    /// A language change retranslates the view in place: the step, what was typed (address, PO number) and
    /// the card form stay.
    void changeEvent(QEvent *event) override;

private:
    /// Re-renders the texts made from values (review, confirmation, tax summary) in the current language.
    void refreshTexts();
    QWidget *buildAddressPage();
    QWidget *buildShippingPage();
    QWidget *buildPaymentPage();
    QWidget *buildReviewPage();
    QWidget *buildConfirmationPage();
    void connectFlow();
    void onStep(checkout::CheckoutFlow::Step step);
    void showBanner(const QString &text, bool error, bool offerRetry = false);
    void hideBanner();
    void continueFromPayment();
    void updatePaymentMode();
    QString summaryHtml(bool confirmation) const;
    QString taxSummaryText() const;
    void showChallenge();
    /// Refills the saved-address choice from the account (hidden when there is none).
    void refreshSavedAddresses();
    /// Sign-in, sign-out or another customer: nothing typed for the previous one stays.
    void forgetBuyerInput();

    TextBinder m_texts; ///< first: the members after it bind their texts to it
    checkout::CheckoutFlow *m_flow;
    checkout::CartSession *m_cart;
    checkout::BuyerSession *m_buyer;
    models::ShippingMethodModel *m_methods;
    QList<QLabel *> m_stepLabels;
    QStackedWidget *m_pages;
    QLabel *m_banner;
    QPushButton *m_retryButton;
    QProgressBar *m_progress;
    QPushButton *m_backButton;
    checkout::BuyerAccount *m_account = nullptr;
    QComboBox *m_savedAddresses = nullptr;
    QLabel *m_savedLabel = nullptr;
    QList<core::Address> m_saved;
    AddressForm *m_shipping;
    AddressForm *m_billing;
    QCheckBox *m_sameBilling;
    QListView *m_methodList;
    QLabel *m_taxSummary;
    QRadioButton *m_cardRadio;
    QRadioButton *m_poRadio;
    QWidget *m_cardBox;
    QWidget *m_poBox;
    CardFormWidget *m_cardWidget;
    QLineEdit *m_poEdit;
    QLineEdit *m_memoEdit;
    QLabel *m_poHint;
    QLabel *m_review;
    QPushButton *m_placeButton;
    QLabel *m_confirmation;
};

} // namespace commercedesk::app
