// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/CheckoutFlow.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace commercedesk::checkout {
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
/// Forwards intents; keeps no checkout state of its own.
class CheckoutView final : public QWidget
{
    Q_OBJECT

public:
    /// All three must outlive the view.
    CheckoutView(checkout::CheckoutFlow *flow, checkout::CartSession *cart, checkout::BuyerSession *buyer,
                 QWidget *parent = nullptr);

Q_SIGNALS:
    /// Back to the catalog (Escape on the first step, "Continue shopping" after the order).
    void closeRequested();
    /// A step page became visible (for screenshots and tests).
    void stepShown(commercedesk::checkout::CheckoutFlow::Step step);

private:
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
    void showChallenge();

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
