// SPDX-License-Identifier: MIT
#include "checkout/CardPayment.h"

#include "api/CartClient.h"
#include "api/PaymentClient.h"
#include "api/actions/CartActions.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CardRules.h"
#include "checkout/CartSession.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/PaymentGatewayClient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

CardPayment::CardPayment(CheckoutFlow *flow, PaymentGatewayClient *gateway)
    : QObject(flow)
    , m_flow(flow)
    , m_gateway(gateway)
    , m_card(flow->card())
    , m_journal(std::make_unique<AuthorizationJournal>(AuthorizationJournal::defaultPath()))
{
    // A changed card is a new authorization attempt: it needs a new idempotency key.
    connect(m_card, &CardForm::changed, this, [this] {
        if (m_flow->step() != CheckoutFlow::Step::Placing)
            m_idempotencyKey.clear();
    });
}

void CardPayment::setJournalPath(const QString &path)
{
    m_journal = std::make_unique<AuthorizationJournal>(path);
}

void CardPayment::authorize()
{
    const auto &cart = m_flow->m_cart->cart();
    if (!m_card->isValid()) {
        m_idempotencyKey.clear();
        m_flow->setBusy(false);
        m_flow->setStep(CheckoutFlow::Step::Payment);
        Q_EMIT m_flow->cardRequired();
        return;
    }
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = PaymentGatewayClient::newIdempotencyKey();
    m_journal->rememberKey(m_cartId, m_idempotencyKey); // on disk before the card is charged
    auto *job = m_gateway->authorize(*m_card, cart->displayTotal(), cart->id, m_idempotencyKey);
    m_flow->track(job);
    job->onFinished(this, [this](const auto &result) { onAuthorization(result); });
}

void CardPayment::onAuthorization(const api::Result<GatewayAuthorization> &result)
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
        m_flow->setStep(CheckoutFlow::Step::Review);
        m_challengeAuthorizationId.clear();
        m_flow->fail(error);
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
        Q_EMIT m_flow->challengeRequired();
        return;
    case GatewayAuthorization::Status::Declined:
    default:
        m_challengeAuthorizationId.clear();
        m_card->setNumber({});
        m_card->setCvc({});
        m_idempotencyKey.clear();
        m_journal->forget(m_cartId);
        m_flow->setBusy(false);
        m_flow->setStep(CheckoutFlow::Step::Payment);
        Q_EMIT m_flow->paymentDeclined(auth.declineCode, auth.message);
        return;
    }
}

void CardPayment::answerChallenge(const QString &code)
{
    if (m_challengeAuthorizationId.isEmpty())
        return;
    auto *job = m_gateway->answerChallenge(m_challengeAuthorizationId, code);
    m_flow->track(job);
    job->onFinished(this, [this](const auto &result) { onAuthorization(result); });
}

void CardPayment::cancelChallenge()
{
    if (m_challengeAuthorizationId.isEmpty())
        return;
    m_challengeAuthorizationId.clear();
    m_idempotencyKey.clear();
    m_flow->setBusy(false);
    m_flow->setStep(CheckoutFlow::Step::Review);
}

void CardPayment::recordPayment(const GatewayAuthorization &auth)
{
    const QString brandName = CardRules::brandName(CardRules::detectBrand(m_card->number()));
    const QString display = (brandName.isEmpty() ? auth.brand : brandName) + u" •••• "_s + auth.last4;
    m_card->wipe(); // the authorization is done: the card is not needed any more
    m_idempotencyKey.clear();
    if (m_flow->m_buyer->isOrchestrated()) {
        // The orchestrator verifies the authorization with the gateway, writes the Payment (its Authorization
        // in Success) onto the cart and orders it, in one request; a buyer never writes a payment state.
        m_flow->createOrder(auth.id);
        return;
    }
    const auto &cart = m_flow->m_cart->cart();
    api::PaymentDraft draft = api::PaymentDraft::authorized(
        cart->displayTotal(), CheckoutFlow::kPaymentInterface, u"CREDIT_CARD"_s, auth.id, auth.id);
    core::LocalizedString name;
    name.insert(u"en"_s, display);
    draft.methodName = name;
    // What the seller needs to find the authorization at the PSP; never more card data than brand and last 4.
    api::CustomFieldsDraft custom;
    custom.type =
        core::ResourceIdentifier::byKey(u"type"_s, QLatin1StringView(CheckoutFlow::kCardAuthorizationType));
    custom.fields = QJsonObject{{u"authorizationCode"_s, auth.authorizationCode},
                                {u"cardBrand"_s, auth.brand},
                                {u"cardLast4"_s, auth.last4}};
    draft.custom = custom;
    auto *job = api::PaymentClient(m_flow->m_transport, api::ApiScope::me()).create(draft);
    m_flow->track(job);
    job->onFinished(this, [this](const api::Result<core::Payment> &result) {
        if (!result.ok()) {
            m_flow->stopAtReview(result.error());
            return;
        }
        m_journal->rememberPayment(m_cartId, result.value().id);
        attachPayment(result.value().id);
    });
}

void CardPayment::attachPayment(const QString &paymentId)
{
    ++m_flow->m_requestsSincePlace;
    m_flow->m_cart->apply(
        {api::CartActions::addPayment(paymentId)}, [this](const api::Result<core::Cart> &added) {
            if (!added.ok()) {
                m_flow->stopAtReview(added.error());
                return;
            }
            m_journal->forget(m_cartId); // from now on the Payment on the cart is the record
            m_flow->createOrder();
        });
}

void CardPayment::payByCard()
{
    m_timeoutRetries = 0;
    const auto &cart = m_flow->m_cart->cart();
    m_cartId = cart->id;
    if (!cart->paymentInfo.payments.isEmpty()) {
        reviewCartPayment(cart->paymentInfo.payments.first().id); // the checkout puts one payment on its cart
        return;
    }
    continueWithJournal();
}

void CardPayment::reviewCartPayment(const QString &paymentId)
{
    auto *job = m_flow->m_buyer->isOrchestrated()
                    ? m_flow->m_cart->client().payment(m_cartId, paymentId)
                    : api::PaymentClient(m_flow->m_transport, api::ApiScope::me()).byId(paymentId);
    m_flow->track(job);
    job->onFinished(this, [this](const api::Result<core::Payment> &result) {
        if (!result.ok()) {
            m_flow->stopAtReview(result.error());
            return;
        }
        const core::Payment &payment = result.value();
        const auto authorized = payment.authorizedAmount();
        if (payment.hasSuccessfulAuthorization() && authorized.ok() &&
            *authorized == m_flow->m_cart->cart()->displayTotal()) {
            m_journal->forget(m_cartId);
            m_card->wipe(); // the authorization on the cart pays: the card is not needed
            m_flow->createOrder();
            return;
        }
        releasePayment(payment);
    });
}

void CardPayment::releasePayment(const core::Payment &payment)
{
    QString psp;
    for (const core::Transaction &t : payment.transactions) {
        if (t.type == core::TransactionType::Authorization && t.state == core::TransactionState::Success)
            psp = t.interactionId.value_or(QString());
    }
    const auto authorized = payment.authorizedAmount();
    const auto removeFromCart = [this, id = payment.id] {
        ++m_flow->m_requestsSincePlace;
        const auto removed = [this](const api::Result<core::Cart> &r) {
            if (!r.ok()) {
                m_flow->stopAtReview(r.error());
                return;
            }
            m_journal->forget(m_cartId);
            continueWithJournal();
        };
        if (!m_flow->m_buyer->isOrchestrated()) {
            m_flow->m_cart->apply({api::CartActions::removePayment(id)}, removed);
            return;
        }
        // A buyer may not remove a payment itself there: the orchestrator does, once it cannot pay.
        auto *job = m_flow->m_cart->client().releasePayment(m_cartId, id);
        m_flow->track(job);
        job->onFinished(this, [this, removed](const api::Result<core::Cart> &r) {
            if (r.ok())
                m_flow->m_cart->adopt(r.value());
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

void CardPayment::continueWithJournal()
{
    const auto entry = m_journal->entry(m_cartId);
    if (entry && entry->approved) {
        if (entry->approved->amount == m_flow->m_cart->cart()->displayTotal()) {
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

void CardPayment::voidThen(const QString &authorizationId, std::function<void()> next)
{
    // The gateway lets the creator of an authorization release it with the key of its authorize request.
    const auto entry = m_journal->entry(m_cartId);
    QString creatorKey = m_journal->creatorKey(authorizationId);
    if (creatorKey.isEmpty())
        creatorKey = entry ? entry->idempotencyKey : m_idempotencyKey;
    auto *job = m_gateway->voidAuthorization(authorizationId, creatorKey);
    m_flow->track(job);
    job->onFinished(this, [this, next = std::move(next)](const api::Result<GatewayAuthorization> &result) {
        // 409 invalid_state: not approved any more (voided before, or captured by the seller) — nothing to
        // release. 401: this machine no longer knows the key that created it (the journal is gone); the
        // hold lapses at the gateway, and the purchase must not be blocked by it.
        const int status =
            result.ok() || result.error().kind != api::ApiError::Kind::Http ? 0 : result.error().httpStatus;
        if (!result.ok() && status != 409 && status != 401) {
            m_flow->stopAtReview(result.error());
            return;
        }
        next();
    });
}

void CardPayment::reloadThenStop(const api::ApiError &error)
{
    // The orchestrator may have recorded the payment before the order failed: the cart is read again so it
    // shows the payment and its version (one more request, on this failure only). Once the payment is on the
    // cart it is the record, as after recordPayment() in the direct mode; else the journal keeps the
    // approval.
    const auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto done = [this, connections, error] {
        for (const QMetaObject::Connection &c : std::as_const(*connections))
            disconnect(c);
        if (m_flow->m_cart->cart() && m_flow->m_cart->cart()->id == m_cartId &&
            !m_flow->m_cart->cart()->paymentInfo.payments.isEmpty())
            m_journal->forget(m_cartId);
        m_flow->stopAtReview(error);
    };
    *connections << connect(m_flow->m_cart, &CartSession::cartChanged, this, done)
                 << connect(m_flow->m_cart, &CartSession::failed, this, done);
    m_flow->m_cart->load();
}

} // namespace commercedesk::checkout
