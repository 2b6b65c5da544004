// SPDX-License-Identifier: MIT
#include "app/storefront/CheckoutView.h"

#include "app/ErrorPresenter.h"
#include "app/TextBinder.h"
#include "app/storefront/AddressForm.h"
#include "app/storefront/CardFormWidget.h"
#include "app/storefront/ChallengeDialog.h"
#include "app/storefront/CheckoutSummary.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CartSession.h"
#include "models/CartModel.h"
#include "models/ShippingMethodModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

using Step = checkout::CheckoutFlow::Step;

namespace {

using Text = std::function<QString()>;

template<class W>
W *withText(TextBinder &texts, W *widget, Text text)
{
    texts.bind([widget, text] { widget->setText(text()); });
    return widget;
}

QGroupBox *withTitle(TextBinder &texts, QGroupBox *box, Text title)
{
    texts.bind([box, title] { box->setTitle(title()); });
    return box;
}

QPushButton *primaryButton(TextBinder &texts, Text text, const QString &name)
{
    auto *button = withText(texts, new QPushButton, std::move(text));
    button->setObjectName(name);
    button->setDefault(true);
    button->setAutoDefault(true);
    button->setMinimumWidth(140);
    return button;
}

QWidget *page(TextBinder &texts, Text title, QWidget *body, QPushButton *next)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    auto *heading = withText(texts, new QLabel, std::move(title));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    if (next) {
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(next);
        layout->addLayout(row);
    }
    return widget;
}

QString declineText(const QString &code)
{
    if (code == "insufficient_funds"_L1)
        return CheckoutView::tr("The card was declined: insufficient funds. Please use another card.");
    if (code == "expired_card"_L1)
        return CheckoutView::tr("The card was declined because it has expired. Please use another card.");
    if (code == "authentication_failed"_L1)
        return CheckoutView::tr(
            "The payment could not be confirmed with your card issuer. Please try again or use "
            "another card.");
    return CheckoutView::tr("The card was declined by its issuer. Please use another card.");
}

} // namespace

CheckoutView::CheckoutView(checkout::CheckoutFlow *flow, checkout::CartSession *cart,
                           checkout::BuyerSession *buyer, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_cart(cart)
    , m_buyer(buyer)
    , m_methods(new models::ShippingMethodModel(this))
    , m_pages(new QStackedWidget)
    , m_banner(new QLabel)
    , m_retryButton(withText(m_texts, new QPushButton, [] { return tr("&Retry"); }))
    , m_progress(new QProgressBar)
    , m_backButton(withText(m_texts, new QPushButton, [] { return tr("&Back"); }))
{
    setObjectName(u"checkoutView"_s);
    m_methods->setLocale(QLocale(), m_buyer->locale());
    auto *steps = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        auto *label = new QLabel;
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(28);
        m_stepLabels.append(label);
        steps->addWidget(label, 1);
    }
    m_texts.bind([this] {
        const QStringList names{tr("1 Address"), tr("2 Shipping"), tr("3 Payment"), tr("4 Review"),
                                tr("5 Confirmation")};
        for (int i = 0; i < names.size(); ++i)
            m_stepLabels[i]->setText(names.at(i));
    });
    m_progress->setObjectName(u"checkoutProgressBar"_s);
    m_progress->setMaximum(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();

    m_banner->setObjectName(u"checkoutMessageLabel"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(u"checkoutRetryButton"_s);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retryButton);
    hideBanner();

    m_pages->addWidget(buildAddressPage());
    m_pages->addWidget(buildShippingPage());
    m_pages->addWidget(buildPaymentPage());
    m_pages->addWidget(buildReviewPage());
    m_pages->addWidget(buildConfirmationPage());

    m_backButton->setObjectName(u"checkoutBackButton"_s);
    auto *cancel = withText(m_texts, new QPushButton, [] { return tr("Back to &catalog"); });
    cancel->setObjectName(u"checkoutCancelButton"_s);
    auto *footer = new QHBoxLayout;
    footer->addWidget(cancel);
    footer->addWidget(m_backButton);
    footer->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(steps);
    layout->addWidget(m_progress);
    layout->addLayout(bannerRow);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);

    connect(cancel, &QPushButton::clicked, this, &CheckoutView::closeRequested);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        const int index = m_pages->currentIndex();
        if (index > 0)
            m_flow->goBack(Step(index - 1));
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        hideBanner();
        if (m_flow->step() == Step::Address)
            m_flow->retryTax();
        else if (m_flow->step() == Step::Review)
            m_flow->placeOrder();
    });
    auto *escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_flow->step() == Step::Address || m_flow->step() == Step::Placed)
            Q_EMIT closeRequested();
        else
            m_backButton->click();
    });
    connectFlow();
    onStep(m_flow->step());
}

QWidget *CheckoutView::buildAddressPage()
{
    auto *body = new QWidget;
    auto *layout = new QHBoxLayout(body);
    m_shipping = new AddressForm(u"shipping"_s);
    m_billing = new AddressForm(u"billing"_s);
    m_shipping->setDefaultCountry(m_buyer->country());
    m_billing->setDefaultCountry(m_buyer->country());
    auto *shippingBox = withTitle(m_texts, new QGroupBox, [] { return tr("Shipping address"); });
    auto *shippingLayout = new QVBoxLayout(shippingBox);
    m_savedAddresses = new QComboBox;
    m_savedAddresses->setObjectName(u"savedAddressCombo"_s);
    m_savedLabel = withText(m_texts, new QLabel, [] { return tr("Sa&ved addresses:"); });
    m_savedLabel->setBuddy(m_savedAddresses);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedLabel);
    savedRow->addWidget(m_savedAddresses, 1);
    shippingLayout->addLayout(savedRow);
    shippingLayout->addWidget(m_shipping);
    connect(m_savedAddresses, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_saved.size())
            m_shipping->setAddress(m_saved.at(index - 1));
    });
    connect(m_buyer, &checkout::BuyerSession::customerChanged, this, &CheckoutView::forgetBuyerInput);
    connect(m_buyer, &checkout::BuyerSession::contextChanged, this, [this] {
        m_shipping->setDefaultCountry(m_buyer->country());
        m_billing->setDefaultCountry(m_buyer->country());
        refreshSavedAddresses();
    });
    refreshSavedAddresses();
    auto *billingBox = withTitle(m_texts, new QGroupBox, [] { return tr("Billing address"); });
    auto *billingLayout = new QVBoxLayout(billingBox);
    m_sameBilling = withText(m_texts, new QCheckBox, [] { return tr("&Same as the shipping address"); });
    m_sameBilling->setObjectName(u"sameBillingCheckBox"_s);
    m_sameBilling->setChecked(true);
    billingLayout->addWidget(m_sameBilling);
    billingLayout->addWidget(m_billing);
    billingLayout->addStretch();
    m_billing->setEnabled(false);
    connect(m_sameBilling, &QCheckBox::toggled, m_billing,
            [this](bool same) { m_billing->setEnabled(!same); });
    layout->addWidget(shippingBox, 1);
    layout->addWidget(billingBox, 1);
    auto *next = primaryButton(
        m_texts, [] { return tr("Continue to &shipping"); }, u"addressContinueButton"_s);
    connect(next, &QPushButton::clicked, this, [this] {
        hideBanner();
        m_shipping->showProblems({});
        std::optional<core::Address> billing;
        if (!m_sameBilling->isChecked())
            billing = m_billing->address();
        m_flow->submitAddresses(m_shipping->address(), billing);
    });
    return page(
        m_texts, [] { return tr("Where should we deliver?"); }, body, next);
}

QWidget *CheckoutView::buildShippingPage()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_methodList = new QListView;
    m_methodList->setObjectName(u"shippingMethodListView"_s);
    m_texts.bind([this] { m_methodList->setAccessibleName(tr("Shipping methods")); });
    m_methodList->setModel(m_methods);
    m_methodList->setSpacing(4);
    m_taxSummary = new QLabel;
    m_taxSummary->setObjectName(u"taxSummaryLabel"_s);
    m_taxSummary->setTextFormat(Qt::RichText);
    auto *label = withText(m_texts, new QLabel, [] { return tr("Shipping &method:"); });
    label->setBuddy(m_methodList);
    layout->addWidget(label);
    layout->addWidget(m_methodList, 1);
    layout->addWidget(m_taxSummary);
    auto *next = primaryButton(
        m_texts, [] { return tr("Continue to &payment"); }, u"shippingContinueButton"_s);
    connect(next, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_methodList->currentIndex();
        if (!current.isValid()) {
            showBanner(tr("Please choose a shipping method."), true);
            return;
        }
        hideBanner();
        m_flow->chooseShippingMethod(current.data(models::ShippingMethodModel::IdRole).toString());
    });
    connect(m_methodList, &QListView::activated, next, &QPushButton::click);
    return page(
        m_texts, [] { return tr("How should it be shipped?"); }, body, next);
}

QWidget *CheckoutView::buildPaymentPage()
{
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_cardRadio = withText(m_texts, new QRadioButton, [] { return tr("Credit or debit &card"); });
    m_cardRadio->setObjectName(u"cardPaymentRadio"_s);
    m_poRadio = withText(m_texts, new QRadioButton, [] { return tr("&Purchase order (pay by invoice)"); });
    m_poRadio->setObjectName(u"purchaseOrderRadio"_s);
    auto *group = new QButtonGroup(body);
    group->addButton(m_cardRadio);
    group->addButton(m_poRadio);
    m_cardRadio->setChecked(true);
    m_cardBox = withTitle(m_texts, new QGroupBox, [] { return tr("Card"); });
    m_cardWidget = new CardFormWidget(m_flow->card());
    auto *cardLayout = new QVBoxLayout(m_cardBox);
    cardLayout->addWidget(m_cardWidget);
    auto *secure = withText(m_texts, new QLabel, [] {
        return tr("Your card goes only to the payment gateway; the shop never stores it.");
    });
    secure->setStyleSheet(u"QLabel { color: palette(mid); }"_s);
    cardLayout->addWidget(secure);

    m_poBox = withTitle(m_texts, new QGroupBox, [] { return tr("Purchase order"); });
    auto *poForm = new QFormLayout(m_poBox);
    m_poEdit = new QLineEdit;
    m_poEdit->setObjectName(u"poNumberEdit"_s);
    m_memoEdit = new QLineEdit;
    m_memoEdit->setObjectName(u"invoiceMemoEdit"_s);
    m_poHint = withText(m_texts, new QLabel, [this] { return m_flow->rules().hint(); });
    m_poHint->setObjectName(u"poHintLabel"_s);
    m_poHint->setWordWrap(true);
    auto *poLabel = withText(m_texts, new QLabel, [] { return tr("PO &number:"); });
    poLabel->setBuddy(m_poEdit);
    auto *memoLabel = withText(m_texts, new QLabel, [] { return tr("Invoice &memo:"); });
    memoLabel->setBuddy(m_memoEdit);
    poForm->addRow(poLabel, m_poEdit);
    poForm->addRow(QString(), m_poHint);
    poForm->addRow(memoLabel, m_memoEdit);

    layout->addWidget(m_cardRadio);
    layout->addWidget(m_poRadio);
    layout->addWidget(m_cardBox);
    layout->addWidget(m_poBox);
    layout->addStretch();
    connect(m_cardRadio, &QRadioButton::toggled, this, &CheckoutView::updatePaymentMode);
    auto *next = primaryButton(
        m_texts, [] { return tr("Continue to &review"); }, u"paymentContinueButton"_s);
    connect(next, &QPushButton::clicked, this, &CheckoutView::continueFromPayment);
    connect(m_poEdit, &QLineEdit::returnPressed, next, &QPushButton::click);
    return page(
        m_texts, [] { return tr("How would you like to pay?"); }, body, next);
}

QWidget *CheckoutView::buildReviewPage()
{
    m_review = new QLabel;
    m_review->setObjectName(u"reviewSummaryLabel"_s);
    m_review->setTextFormat(Qt::RichText);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_review->setWordWrap(true);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_review);
    m_placeButton = primaryButton(
        m_texts, [] { return tr("&Place order"); }, u"placeOrderButton"_s);
    connect(m_placeButton, &QPushButton::clicked, this, [this] {
        hideBanner();
        m_placeButton->setEnabled(false); // one click, one order: enabled again only after a failure
        m_flow->placeOrder();
    });
    return page(
        m_texts, [] { return tr("Check your order"); }, scroll, m_placeButton);
}

QWidget *CheckoutView::buildConfirmationPage()
{
    m_confirmation = new QLabel;
    m_confirmation->setObjectName(u"confirmationLabel"_s);
    m_confirmation->setTextFormat(Qt::RichText);
    m_confirmation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *done = primaryButton(
        m_texts, [] { return tr("Continue &shopping"); }, u"continueShoppingButton"_s);
    connect(done, &QPushButton::clicked, this, &CheckoutView::closeRequested);
    return page(
        m_texts, [] { return tr("Order confirmation"); }, m_confirmation, done);
}

void CheckoutView::updatePaymentMode()
{
    const bool b2b = m_buyer->actsForBusinessUnit();
    m_poRadio->setVisible(b2b);
    m_cardRadio->setVisible(b2b);
    if (!b2b)
        m_cardRadio->setChecked(true);
    m_cardBox->setVisible(m_cardRadio->isChecked());
    m_poBox->setVisible(!m_cardRadio->isChecked());
}

void CheckoutView::continueFromPayment()
{
    hideBanner();
    if (m_poRadio->isChecked()) {
        m_flow->submitPurchaseOrder(m_poEdit->text(), m_memoEdit->text());
        return;
    }
    if (!m_flow->card()->isValid()) {
        showBanner(tr("Please complete the card details."), true);
        return;
    }
    m_flow->submitCard();
}

void CheckoutView::connectFlow()
{
    using checkout::CheckoutFlow;
    connect(m_flow, &CheckoutFlow::stepChanged, this, &CheckoutView::onStep);
    connect(m_flow, &CheckoutFlow::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_backButton->setEnabled(!busy);
        m_placeButton->setEnabled(!busy && m_flow->step() == Step::Review);
    });
    connect(m_flow, &CheckoutFlow::failed, this, [this](const api::ApiError &error) {
        const bool canRetry = m_flow->step() == Step::Review;
        showBanner(ErrorPresenter::describe(error), true, canRetry);
        m_placeButton->setEnabled(m_flow->step() == Step::Review);
    });
    connect(m_flow, &CheckoutFlow::addressInvalid, m_shipping, &AddressForm::showProblems);
    connect(m_flow, &CheckoutFlow::taxUnavailable, this, [this](const api::ApiError &error) {
        showBanner(tr("Tax could not be calculated right now, so the checkout cannot continue. Your cart and "
                      "address are kept; please retry in a moment.\n%1")
                       .arg(ErrorPresenter::describe(error)),
                   true, true);
    });
    connect(m_flow, &CheckoutFlow::shippingMethodsChanged, this, [this] {
        const auto &cart = m_cart->cart();
        m_methods->setMethods(m_flow->shippingMethods(), cart ? cart->totalPrice : core::Money());
        m_methodList->setCurrentIndex(m_methods->index(qMax(0, m_methods->defaultRow())));
    });
    connect(m_flow, &CheckoutFlow::purchaseOrderInvalid, this,
            [this](const QString &message) { showBanner(message, true); });
    connect(m_flow, &CheckoutFlow::duplicatePurchaseOrder, this, [this](const QString &number) {
        showBanner(tr("Note: your company already used purchase order %1 for another order.").arg(number),
                   false);
    });
    connect(m_flow, &CheckoutFlow::paymentDeclined, this,
            [this](const QString &code, const QString &) { showBanner(declineText(code), true); });
    connect(m_flow, &CheckoutFlow::challengeRequired, this, &CheckoutView::showChallenge);
    connect(m_flow, &CheckoutFlow::cardRequired, this, [this] {
        showBanner(tr("The order total changed, so the earlier card authorization was released. Please enter "
                      "your card details again."),
                   true);
    });
    connect(m_cart, &checkout::CartSession::cartChanged, this, [this] {
        if (m_flow->step() == Step::Review)
            m_review->setText(summaryHtml(false));
    });
}

void CheckoutView::setAccount(checkout::BuyerAccount *account)
{
    m_account = account;
    connect(account, &checkout::BuyerAccount::businessUnitsLoaded, this,
            &CheckoutView::refreshSavedAddresses);
    connect(account, &checkout::BuyerAccount::signedIn, this, &CheckoutView::refreshSavedAddresses);
    refreshSavedAddresses();
}

void CheckoutView::refreshSavedAddresses()
{
    m_saved =
        m_account && m_buyer->isSignedIn() ? m_account->savedShippingAddresses() : QList<core::Address>();
    m_savedAddresses->clear();
    m_savedAddresses->addItem(tr("Enter a new address"));
    for (const core::Address &a : std::as_const(m_saved)) {
        QStringList parts;
        const QString name =
            QStringList{a.firstName.value_or(QString()), a.lastName.value_or(QString())}.join(u' ').trimmed();
        for (const QString &part :
             {a.company.value_or(QString()), name,
              QString(a.streetName.value_or(QString()) + u' ' + a.streetNumber.value_or(QString())).trimmed(),
              QString(a.postalCode.value_or(QString()) + u' ' + a.city.value_or(QString())).trimmed(),
              a.country}) {
            if (!part.isEmpty())
                parts << part;
        }
        m_savedAddresses->addItem(parts.join(u", "_s));
    }
    m_savedLabel->setVisible(!m_saved.isEmpty());
    m_savedAddresses->setVisible(!m_saved.isEmpty());
}

void CheckoutView::forgetBuyerInput()
{
    m_shipping->clear();
    m_billing->clear();
    m_sameBilling->setChecked(true);
    m_poEdit->clear();
    m_memoEdit->clear();
    hideBanner();
    refreshSavedAddresses();
}

void CheckoutView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        refreshTexts();
    }
    QWidget::changeEvent(event);
}

void CheckoutView::refreshTexts()
{
    m_methods->setLocale(QLocale(), m_buyer->locale());
    const int saved = m_savedAddresses->currentIndex();
    refreshSavedAddresses();
    m_savedAddresses->setCurrentIndex(qMax(0, saved));
    switch (m_flow->step()) {
    case Step::Shipping:
        m_taxSummary->setText(taxSummaryText());
        break;
    case Step::Review:
    case Step::Placing:
        m_review->setText(summaryHtml(false));
        break;
    case Step::Placed:
        m_confirmation->setText(summaryHtml(true));
        break;
    default:
        break;
    }
}

void CheckoutView::showChallenge()
{
    auto *dialog = new ChallengeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_flow->answerChallenge(dialog->code()); });
    connect(dialog, &QDialog::rejected, m_flow, &checkout::CheckoutFlow::cancelChallenge);
    dialog->open();
}

QString CheckoutView::taxSummaryText() const
{
    const auto &cart = m_cart->cart();
    if (!cart || !cart->taxedPrice)
        return {};
    QStringList portions;
    for (const core::TaxPortion &p : cart->taxedPrice->taxPortions)
        portions << tr("%1 tax: %2")
                        .arg(models::CartModel::percentText(p.rate, QLocale()), p.amount.format(QLocale()));
    return tr("Tax calculated for your address: %1").arg(portions.join(u", "_s)).toHtmlEscaped();
}

QString CheckoutView::summaryHtml(bool confirmation) const
{
    const QLocale locale;
    if (confirmation && m_flow->order())
        return CheckoutSummary::orderHtml(*m_flow->order(), locale, m_buyer->locale());
    const auto &cart = m_cart->cart();
    if (!cart)
        return {};
    QString payment;
    if (m_flow->paymentMethod() == checkout::CheckoutFlow::PaymentMethod::PurchaseOrder)
        payment = tr("Purchase order %1 — invoice").arg(m_flow->purchaseOrderNumber());
    else
        payment =
            tr("%1 %2, expires %3/%4")
                .arg(checkout::CardRules::brandName(m_flow->card()->brand()), m_flow->card()->maskedNumber())
                .arg(m_flow->card()->expiryMonth(), 2, 10, QChar(u'0'))
                .arg(m_flow->card()->expiryYear() % 100, 2, 10, QChar(u'0'));
    return CheckoutSummary::cartHtml(*cart, payment, locale, m_buyer->locale());
}

void CheckoutView::onStep(Step step)
{
    const int index = step == Step::Placing ? int(Step::Review) : step == Step::Placed ? 4 : int(step);
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        const bool current = i == index;
        const bool done = i < index;
        m_stepLabels[i]->setStyleSheet(
            current
                ? u"QLabel { background: #1a3d7c; color: white; font-weight: bold; border-radius: 4px; }"_s
            : done
                ? u"QLabel { background: #dfe8f6; color: #1a3d7c; border-radius: 4px; }"_s
                : u"QLabel { background: palette(alternate-base); color: palette(mid); border-radius: 4px; }"_s);
    }
    m_pages->setCurrentIndex(index);
    m_backButton->setVisible(index > 0 && index < 4);
    switch (step) {
    case Step::Address:
        refreshSavedAddresses();
        if (const auto &cart = m_cart->cart(); cart && cart->shippingAddress) {
            m_shipping->setAddress(*cart->shippingAddress);
        } else if (!m_saved.isEmpty() && m_shipping->address().streetName.value_or(QString()).isEmpty()) {
            m_savedAddresses->setCurrentIndex(1); // the best saved address, unless one is being typed
            m_shipping->setAddress(m_saved.first());
        } else if (m_shipping->address().streetName.value_or(QString()).isEmpty()) {
            m_shipping->setCountry(m_buyer->country()); // a new address starts in the market's country
        }
        break;
    case Step::Shipping: {
        m_taxSummary->setText(taxSummaryText());
        m_methodList->setFocus();
        break;
    }
    case Step::Payment:
        updatePaymentMode();
        if (m_cardRadio->isChecked())
            m_cardWidget->setFocus();
        else
            m_poEdit->setFocus();
        break;
    case Step::Review:
        m_review->setText(summaryHtml(false));
        m_placeButton->setEnabled(!m_flow->isBusy());
        m_placeButton->setFocus();
        break;
    case Step::Placing:
        m_placeButton->setEnabled(false);
        break;
    case Step::Placed:
        hideBanner();
        m_confirmation->setText(summaryHtml(true));
        break;
    }
    Q_EMIT stepShown(step);
}

void CheckoutView::showBanner(const QString &text, bool error, bool offerRetry)
{
    m_banner->setStyleSheet(
        error ? u"QLabel { color: #8a1c1c; background: #fdecea; padding: 8px; border-radius: 4px; }"_s
              : u"QLabel { color: #5c4400; background: #fff4ce; padding: 8px; border-radius: 4px; }"_s);
    m_banner->setText(text);
    m_banner->show();
    m_retryButton->setVisible(offerRetry);
}

void CheckoutView::hideBanner()
{
    m_banner->hide();
    m_retryButton->hide();
}

} // namespace commercedesk::app
