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
    , m_gateway(gateway)
    , m_card(new CardForm({}, this))
    , m_journal(std::make_unique<AuthorizationJournal>(AuthorizationJournal::defaultPath()))
{
    // A changed card is a new authorization attempt: it needs a new idempotency key.
    connect(m_card, &CardForm::changed, this, [this] {
        if (m_step != Step::Placing)
            m_idempotencyKey.clear();
    });
}

CheckoutFlow::~CheckoutFlow()
{
    if (m_job)
        m_job->cancel();
    m_card->wipe();
}

void CheckoutFlow::setJournalPath(const QString &path)
{
    m_journal = std::make_unique<AuthorizationJournal>(path);
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
    m_challengeAuthorizationId.clear();
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
    m_timeoutRetries = 0;
    setBusy(true);
    setStep(Step::Placing);
    if (m_method == PaymentMethod::Card) {
        payByCard();
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

void CheckoutFlow::authorize()
{
    const auto &cart = m_cart->cart();
    if (!m_card->isValid()) {
        m_idempotencyKey.clear();
        setBusy(false);
        setStep(Step::Payment);
        Q_EMIT cardRequired();
        return;
    }
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = PaymentGatewayClient::newIdempotencyKey();
    m_journal->rememberKey(m_cartId, m_idempotencyKey); // on disk before the card is charged
    auto *job = m_gateway->authorize(*m_card, cart->displayTotal(), cart->id, m_idempotencyKey);
    track(job);
    job->onFinished(this, [this](const auto &result) { onAuthorization(result); });
}

void CheckoutFlow::onAuthorization(const api::Result<GatewayAuthorization> &result)
{
    if (!result.ok()) {
        const api::ApiError &error = result.error();
        if (error.kind == api::ApiError::Kind::Timeout && m_timeoutRetries < 1) {
            ++m_timeoutRetries; // same key: the gateway answers with the first attempt's result
            authorize();
            return;
        }
        // Timeouts, network errors and 5xx keep the key: the next attempt cannot authorize twice.
        if (error.kind == api::ApiError::Kind::Http && error.httpStatus < 500) {
            m_idempotencyKey.clear();
            m_journal->forget(m_cartId); // refused: nothing was authorized with that key
        }
        setStep(Step::Review);
        m_challengeAuthorizationId.clear();
        fail(error);
        return;
    }
    const GatewayAuthorization &auth = result.value();
    switch (auth.status) {
    case GatewayAuthorization::Status::Approved:
        m_challengeAuthorizationId.clear();
        m_journal->rememberApproved(m_cartId, auth);
        recordPayment(auth);
        return;
    case GatewayAuthorization::Status::ChallengeRequired:
        m_challengeAuthorizationId = auth.id;
        Q_EMIT challengeRequired();
        return;
    case GatewayAuthorization::Status::Declined:
    default:
        m_challengeAuthorizationId.clear();
        m_card->setNumber({});
        m_card->setCvc({});
        m_idempotencyKey.clear();
        m_journal->forget(m_cartId);
        setBusy(false);
        setStep(Step::Payment);
        Q_EMIT paymentDeclined(auth.declineCode, auth.message);
        return;
    }
}

void CheckoutFlow::answerChallenge(const QString &code)
{
    if (m_challengeAuthorizationId.isEmpty())
        return;
    auto *job = m_gateway->answerChallenge(m_challengeAuthorizationId, code);
    track(job);
    job->onFinished(this, [this](const auto &result) { onAuthorization(result); });
}

void CheckoutFlow::cancelChallenge()
{
    if (m_challengeAuthorizationId.isEmpty())
        return;
    m_challengeAuthorizationId.clear();
    m_idempotencyKey.clear();
    setBusy(false);
    setStep(Step::Review);
}

void CheckoutFlow::recordPayment(const GatewayAuthorization &auth)
{
    const QString brandName = CardRules::brandName(CardRules::detectBrand(m_card->number()));
    const QString display = (brandName.isEmpty() ? auth.brand : brandName) + u" •••• "_s + auth.last4;
    m_card->wipe(); // the authorization is done: the card is not needed any more
    m_idempotencyKey.clear();
    if (m_buyer->isOrchestrated()) {
        // The orchestrator verifies the authorization with the gateway, writes the Payment (its Authorization
        // in Success) onto the cart and orders it, in one request; a buyer never writes a payment state.
        createOrder(auth.id);
        return;
    }
    const auto &cart = m_cart->cart();
    api::PaymentDraft draft = api::PaymentDraft::authorized(cart->displayTotal(), kPaymentInterface,
                                                            u"CREDIT_CARD"_s, auth.id, auth.id);
    core::LocalizedString name;
    name.insert(u"en"_s, display);
    draft.methodName = name;
    // What the seller needs to find the authorization at the PSP; never more card data than brand and last 4.
    api::CustomFieldsDraft custom;
    custom.type = core::ResourceIdentifier::byKey(u"type"_s, QLatin1StringView(kCardAuthorizationType));
    custom.fields = QJsonObject{{u"authorizationCode"_s, auth.authorizationCode},
                                {u"cardBrand"_s, auth.brand},
                                {u"cardLast4"_s, auth.last4}};
    draft.custom = custom;
    auto *job = api::PaymentClient(m_transport, api::ApiScope::me()).create(draft);
    track(job);
    job->onFinished(this, [this](const api::Result<core::Payment> &result) {
        if (!result.ok()) {
            stopAtReview(result.error());
            return;
        }
        m_journal->rememberPayment(m_cartId, result.value().id);
        attachPayment(result.value().id);
    });
}

void CheckoutFlow::attachPayment(const QString &paymentId)
{
    ++m_requestsSincePlace;
    m_cart->apply({api::CartActions::addPayment(paymentId)}, [this](const api::Result<core::Cart> &added) {
        if (!added.ok()) {
            stopAtReview(added.error());
            return;
        }
        m_journal->forget(m_cartId); // from now on the Payment on the cart is the record
        createOrder();
    });
}

void CheckoutFlow::stopAtReview(const api::ApiError &error)
{
    setStep(Step::Review);
    fail(error);
}

void CheckoutFlow::payByCard()
{
    const auto &cart = m_cart->cart();
    m_cartId = cart->id;
    if (!cart->paymentInfo.payments.isEmpty()) {
        reviewCartPayment(cart->paymentInfo.payments.first().id); // the checkout puts one payment on its cart
        return;
    }
    continueWithJournal();
}

void CheckoutFlow::reviewCartPayment(const QString &paymentId)
{
    auto *job = m_buyer->isOrchestrated()
                    ? m_cart->client().payment(m_cartId, paymentId)
                    : api::PaymentClient(m_transport, api::ApiScope::me()).byId(paymentId);
    track(job);
    job->onFinished(this, [this](const api::Result<core::Payment> &result) {
        if (!result.ok()) {
            stopAtReview(result.error());
            return;
        }
        const core::Payment &payment = result.value();
        const auto authorized = payment.authorizedAmount();
        if (payment.hasSuccessfulAuthorization() && authorized.ok() &&
            *authorized == m_cart->cart()->displayTotal()) {
            m_journal->forget(m_cartId);
            m_card->wipe(); // the authorization on the cart pays: the card is not needed
            createOrder();
            return;
        }
        releasePayment(payment);
    });
}

void CheckoutFlow::releasePayment(const core::Payment &payment)
{
    QString psp;
    for (const core::Transaction &t : payment.transactions) {
        if (t.type == core::TransactionType::Authorization && t.state == core::TransactionState::Success)
            psp = t.interactionId.value_or(QString());
    }
    const auto authorized = payment.authorizedAmount();
    const auto removeFromCart = [this, id = payment.id] {
        ++m_requestsSincePlace;
        const auto removed = [this](const api::Result<core::Cart> &r) {
            if (!r.ok()) {
                stopAtReview(r.error());
                return;
            }
            m_journal->forget(m_cartId);
            continueWithJournal();
        };
        if (!m_buyer->isOrchestrated()) {
            m_cart->apply({api::CartActions::removePayment(id)}, removed);
            return;
        }
        // A buyer may not remove a payment itself there: the orchestrator does, once it cannot pay.
        auto *job = m_cart->client().releasePayment(m_cartId, id);
        track(job);
        job->onFinished(this, [this, removed](const api::Result<core::Cart> &r) {
            if (r.ok())
                m_cart->adopt(r.value());
            removed(r);
        });
    };
    if (psp.isEmpty() || !authorized.ok() || authorized->centAmount() == 0) {
        removeFromCart();
        return;
    }
    // The hold is released at the gateway; a buyer may not write a CancelAuthorization on the Payment
    // (MyTransactionDraft in api.yaml: Authorization or Charge only) — the trusted side records it.
    voidThen(psp, removeFromCart);
}

void CheckoutFlow::continueWithJournal()
{
    const auto entry = m_journal->entry(m_cartId);
    if (entry && entry->approved) {
        if (entry->approved->amount == m_cart->cart()->displayTotal()) {
            if (!entry->paymentId.isEmpty())
                attachPayment(entry->paymentId); // recorded, but not on the cart yet
            else
                recordPayment(*entry->approved); // approved, not recorded yet: no second authorization
            return;
        }
        voidThen(entry->approved->id, [this] {
            m_journal->forget(m_cartId);
            authorize();
        });
        return;
    }
    if (entry && m_idempotencyKey.isEmpty())
        m_idempotencyKey = entry->idempotencyKey; // an answer never seen: the replay returns it
    authorize();
}

void CheckoutFlow::voidThen(const QString &authorizationId, std::function<void()> next)
{
    // The gateway lets the creator of an authorization release it with the key of its authorize request.
    const auto entry = m_journal->entry(m_cartId);
    QString creatorKey = m_journal->creatorKey(authorizationId);
    if (creatorKey.isEmpty())
        creatorKey = entry ? entry->idempotencyKey : m_idempotencyKey;
    auto *job = m_gateway->voidAuthorization(authorizationId, creatorKey);
    track(job);
    job->onFinished(this, [this, next = std::move(next)](const api::Result<GatewayAuthorization> &result) {
        // 409 invalid_state: not approved any more (voided before, or captured by the seller) — nothing to
        // release. 401: this machine no longer knows the key that created it (the journal is gone); the
        // hold lapses at the gateway, and the purchase must not be blocked by it.
        const int status =
            result.ok() || result.error().kind != api::ApiError::Kind::Http ? 0 : result.error().httpStatus;
        if (!result.ok() && status != 409 && status != 401) {
            stopAtReview(result.error());
            return;
        }
        next();
    });
}

void CheckoutFlow::reloadThenStop(const api::ApiError &error)
{
    // The orchestrator may have recorded the payment before the order failed: the cart is read again so it
    // shows the payment and its version (one more request, on this failure only). Once the payment is on the
    // cart it is the record, as after recordPayment() in the direct mode; else the journal keeps the
    // approval.
    const auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto done = [this, connections, error] {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            disconnect(c);
        if (m_cart->cart() && m_cart->cart()->id == m_cartId &&
            !m_cart->cart()->paymentInfo.payments.isEmpty())
            m_journal->forget(m_cartId);
        stopAtReview(error);
    };
    *connections << connect(m_cart, &CartSession::cartChanged, this, done)
                 << connect(m_cart, &CartSession::failed, this, done);
    m_cart->load();
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
                                return reloadThenStop(result.error());
                            stopAtReview(result.error());
                            return;
                        }
                        if (recorded)
                            m_journal->forget(m_cartId);
                        m_order = result.value();
                        setBusy(false);
                        m_cart->forget();
                        setStep(Step::Placed);
                        Q_EMIT placed(*m_order);
                    });
}

} // namespace commercedesk::checkout
