// SPDX-License-Identifier: MIT
#include "checkout/CheckoutFlow.h"

#include "api/CartClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/PaymentClient.h"
#include "api/ShippingMethodClient.h"
#include "api/actions/CartActions.h"
#include "api/actions/PaymentActions.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CardPayment.h"
#include "checkout/CartSession.h"
#include "checkout/PaymentGatewayClient.h"
#include "core/AddressRules.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

api::ApiError flowError(api::ApiError::Kind kind, const QString &code, const QString &message)
{
    api::ApiError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    return error;
}

bool isExtensionError(const api::ApiError &error)
{
    return error.code.startsWith("Extension"_L1);
}

} // namespace

CheckoutFlow::CheckoutFlow(api::Transport *transport, CartSession *cart, BuyerSession *buyer,
                           PaymentGatewayClient *gateway, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_cart(cart)
    , m_buyer(buyer)
    , m_card(new CardForm({}, this))
    , m_payment(new CardPayment(this, gateway))
{}

CheckoutFlow::~CheckoutFlow()
{
    if (m_job)
        m_job->cancel();
    m_card->wipe();
}

void CheckoutFlow::setJournalPath(const QString &path)
{
    m_payment->setJournalPath(path);
}

void CheckoutFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void CheckoutFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CheckoutFlow::fail(const api::ApiError &error)
{
    setBusy(false);
    Q_EMIT failed(error);
}

void CheckoutFlow::track(api::ApiJob *job)
{
    m_job = job;
    ++m_requestsSincePlace;
}

void CheckoutFlow::start()
{
    m_order.reset();
    m_shippingMethods.clear();
    m_payment->clearChallenge();
    m_method = m_buyer->actsForBusinessUnit() ? PaymentMethod::PurchaseOrder : PaymentMethod::Card;
    m_step = Step::Placed; // force the signal
    setStep(Step::Address);
}

void CheckoutFlow::goBack(Step step)
{
    if (m_busy || m_step == Step::Placing || m_step == Step::Placed || step >= m_step)
        return;
    setStep(step);
}

void CheckoutFlow::submitAddresses(const core::Address &shipping, const std::optional<core::Address> &billing)
{
    if (m_busy)
        return;
    // A guest's e-mail is the only way to reach them; a signed-in customer's is on the cart already.
    QList<core::AddressProblem> problems = core::deliveryProblems(shipping, !m_buyer->isSignedIn());
    if (billing)
        problems.append(core::deliveryProblems(*billing, false));
    if (!problems.isEmpty()) {
        Q_EMIT addressInvalid(problems);
        return;
    }
    m_pendingShipping = shipping;
    m_pendingBilling = billing ? billing : std::optional<core::Address>(shipping);
    retryTax();
}

void CheckoutFlow::retryTax()
{
    if (m_busy || !m_pendingShipping)
        return;
    QList<api::CartUpdateAction> actions{api::CartActions::setShippingAddress(m_pendingShipping),
                                         api::CartActions::setBillingAddress(m_pendingBilling)};
    if (const auto &cart = m_cart->cart(); cart && cart->country != m_pendingShipping->country)
        actions.append(api::CartActions::setCountry(m_pendingShipping->country));
    if (m_pendingShipping->email && !m_pendingShipping->email->isEmpty())
        actions.append(api::CartActions::setCustomerEmail(m_pendingShipping->email));
    setBusy(true);
    m_cart->apply(actions, [this](const api::Result<core::Cart> &result) {
        if (!result.ok()) {
            setBusy(false);
            if (isExtensionError(result.error()) || result.error().isTransient())
                Q_EMIT taxUnavailable(result.error());
            else
                Q_EMIT failed(result.error());
            return;
        }
        loadShippingMethods();
    });
}

void CheckoutFlow::loadShippingMethods()
{
    const auto &cart = m_cart->cart();
    if (!cart) {
        fail(flowError(api::ApiError::Kind::Configuration, u"NoCart"_s, u"The cart is gone."_s));
        return;
    }
    setBusy(true);
    auto *job = m_buyer->isOrchestrated() ? m_cart->client().shippingMethods(cart->id)
                                          : api::ShippingMethodClient(m_transport).matchingCart(cart->id);
    m_job = job;
    job->onFinished(this, [this](const auto &result) {
        setBusy(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        m_shippingMethods = result.value().results;
        Q_EMIT shippingMethodsChanged();
        setStep(Step::Shipping);
    });
}

void CheckoutFlow::chooseShippingMethod(const QString &shippingMethodId)
{
    if (m_busy)
        return;
    setBusy(true);
    const auto method = core::ResourceIdentifier::byId(u"shipping-method"_s, shippingMethodId);
    m_cart->apply({api::CartActions::setShippingMethod(method)},
                  [this](const api::Result<core::Cart> &result) {
                      setBusy(false);
                      if (!result.ok()) {
                          if (isExtensionError(result.error()))
                              Q_EMIT taxUnavailable(result.error());
                          else
                              Q_EMIT failed(result.error());
                          return;
                      }
                      setStep(Step::Payment);
                  });
}

void CheckoutFlow::choosePaymentMethod(PaymentMethod method)
{
    m_method = method;
}

void CheckoutFlow::submitCard()
{
    if (m_busy)
        return;
    m_method = PaymentMethod::Card;
    if (!m_card->isValid())
        return;
    setStep(Step::Review);
}

void CheckoutFlow::submitPurchaseOrder(const QString &number, const QString &memo)
{
    if (m_busy)
        return;
    m_method = PaymentMethod::PurchaseOrder;
    const auto problem = m_rules.check(number);
    if (problem != PurchaseOrderRules::Problem::None) {
        Q_EMIT purchaseOrderInvalid(m_rules.describe(problem));
        return;
    }
    m_purchaseOrderNumber = PurchaseOrderRules::normalized(number);
    m_memo = memo.trimmed();
    if (!m_buyer->actsForBusinessUnit()) {
        setStep(Step::Review);
        return;
    }
    setBusy(true);
    auto *job =
        api::OrderClient(m_transport, m_buyer->scope()).withPurchaseOrderNumber(m_purchaseOrderNumber);
    m_job = job;
    job->onFinished(this, [this](const auto &result) {
        setBusy(false);
        // The duplicate check is advice: when it cannot run, the checkout goes on without it.
        if (result.ok() && !result.value().results.isEmpty())
            Q_EMIT duplicatePurchaseOrder(m_purchaseOrderNumber);
        setStep(Step::Review);
    });
}

void CheckoutFlow::placeOrder()
{
    if (m_busy || m_step != Step::Review)
        return; // one click, one order
    const auto &cart = m_cart->cart();
    if (!cart) {
        Q_EMIT failed(flowError(api::ApiError::Kind::Configuration, u"NoCart"_s, u"The cart is gone."_s));
        return;
    }
    m_requestsSincePlace = 0;
    setBusy(true);
    setStep(Step::Placing);
    if (m_method == PaymentMethod::Card) {
        m_payment->payByCard();
        return;
    }
    if (m_buyer->isOrchestrated()) {
        createOrder(); // the order draft carries the PO number: one request
        return;
    }
    m_cart->apply({api::CartActions::setPurchaseOrderNumber(m_purchaseOrderNumber)},
                  [this](const api::Result<core::Cart> &result) {
                      if (!result.ok()) {
                          setStep(Step::Review);
                          fail(result.error());
                          return;
                      }
                      createOrder();
                  });
    ++m_requestsSincePlace;
}

void CheckoutFlow::answerChallenge(const QString &code)
{
    m_payment->answerChallenge(code);
}

void CheckoutFlow::cancelChallenge()
{
    m_payment->cancelChallenge();
}

void CheckoutFlow::stopAtReview(const api::ApiError &error)
{
    setStep(Step::Review);
    fail(error);
}

void CheckoutFlow::createOrder(const QString &authorizationId)
{
    const auto &cart = m_cart->cart();
    api::OrderFromCartDraft draft;
    draft.cartId = cart->id;
    draft.cartVersion = cart->version;
    if (!m_purchaseOrderNumber.isEmpty() && m_method == PaymentMethod::PurchaseOrder)
        draft.purchaseOrderNumber = m_purchaseOrderNumber;
    if (m_buyer->isOrchestrated()) {
        // One number per cart, kept across retries: the orchestrator answers a repeated number with the
        // order the earlier attempt made.
        if (m_orderNumberCart != cart->id) {
            m_orderNumberCart = cart->id;
            m_orderNumber = api::OrderNumberGenerator().next();
        }
        draft.orderNumber = m_orderNumber;
        if (!authorizationId.isEmpty())
            draft.authorizationId = authorizationId;
    }
    auto *job = api::OrderClient(m_transport, m_buyer->scope()).createFromCart(draft);
    track(job);
    job->onFinished(this,
                    [this, recorded = !authorizationId.isEmpty()](const api::Result<core::Order> &result) {
                        if (!result.ok()) {
                            if (recorded)
                                return m_payment->reloadThenStop(result.error());
                            stopAtReview(result.error());
                            return;
                        }
                        if (recorded)
                            m_payment->recorded();
                        m_order = result.value();
                        setBusy(false);
                        m_cart->forget();
                        setStep(Step::Placed);
                        Q_EMIT placed(*m_order);
                    });
}

} // namespace commercedesk::checkout
