// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Result.h"
#include "api/UpdateAction.h"
#include "checkout/AuthorizationJournal.h"
#include "checkout/GatewayAuthorization.h"
#include "checkout/PurchaseOrderRules.h"
#include "core/Address.h"
#include "core/Order.h"
#include "core/ShippingMethod.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace commercedesk::api {
class ApiJob;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::checkout {

class BuyerSession;
class CardForm;
class CardPayment;
class CartSession;
class PaymentGatewayClient;

/// The checkout of the buyer's active cart (architecture data flow 2) as a step machine:
/// Address → Shipping → Payment → Review → (Placing) → Placed. Never blocks; one request chain at a time
/// (busyChanged()); every failure arrives as a signal carrying an api::ApiError, and the step does not move.
///
/// - submitAddresses(): validates (core::deliveryProblems, the e-mail required for a guest →
///   addressInvalid()), sets shipping/billing
///   address on the cart; the backend's tax integration answers in the same request. A tax outage (an
///   extension error) → taxUnavailable(); the address is kept for retryTax() and the cart is unchanged.
///   Then the shipping methods matching the cart are loaded → Shipping.
/// - chooseShippingMethod() → Payment. choosePaymentMethod(): Card (B2C, B2B) or PurchaseOrder (B2B only).
/// - submitCard(): the card form must be valid → Review. submitPurchaseOrder(): rules() must accept the
///   number; the business unit's orders are searched for it (duplicatePurchaseOrder() is a warning, not a
///   stop) → Review.
/// - placeOrder(): ignored while placing (one click, one order). Card: gateway authorization with an
///   Idempotency-Key made once per attempt and kept across timeouts/5xx (so a retry never authorizes
///   twice; a new card or a decline makes a new key), challenge → challengeRequired() → answerChallenge();
///   decline → paymentDeclined() and back to Payment (the card number and CVC are wiped); approval → the
///   card is wiped, a Payment with an Authorization transaction is created and added to the cart. Then the
///   order is created from the cart (api OrderCreation: idempotent) → placed() → Placed, and the cart
///   session starts over. PO: setPurchaseOrderNumber on the cart, then the order.
/// - Exactly one card authorization per checkout (issue 22, item 6), across retries and app restarts:
///   before the gateway is asked, placeOrder() looks at what already exists. A Payment of this checkout on
///   the cart whose successful authorization covers the cart's total is reused (straight to the order); one
///   that no longer matches the total is voided at the gateway, recorded as a CancelAuthorization and
///   removed from the cart. Before a Payment exists, the AuthorizationJournal (on disk, keyed by cart id)
///   holds the Idempotency-Key of an attempt whose answer is unknown (replayed, so the gateway answers with
///   the first result) and an approved authorization not yet on the cart (recorded without asking the
///   gateway again, or voided when the total changed). When a new authorization is needed and the card was
///   already wiped (after an approval, or after a restart), cardRequired() and back to Payment.
/// - Through an orchestrator (BuyerSession::isOrchestrated(), docs/orchestrator-api.yaml): the shipping
///   methods, the PO search and a cart's Payment are the orchestrator's cart and order calls; after an
///   approval the app sends the order with only the authorization id and the orchestrator, having checked it
///   with the gateway, records the Payment on the cart and orders it (one request); a PO order carries its
///   number in the order draft (one request). The order carries an order number made once per cart, so a
///   retried "Place order" gets the order an earlier attempt made.
/// `transport`, `cart`, `buyer` and `gateway` must outlive this object.
class CheckoutFlow final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Address, Shipping, Payment, Review, Placing, Placed };
    Q_ENUM(Step)
    enum class PaymentMethod { Card, PurchaseOrder };
    Q_ENUM(PaymentMethod)

    static inline const QString kPaymentInterface = QStringLiteral("commercedesk-gateway");
    /// The custom Type (by key) of the checkout's payments: String fields authorizationCode, cardBrand,
    /// cardLast4.
    static constexpr const char *kCardAuthorizationType = "commercedesk-card-authorization";

    CheckoutFlow(api::Transport *transport, CartSession *cart, BuyerSession *buyer,
                 PaymentGatewayClient *gateway, QObject *parent = nullptr);
    ~CheckoutFlow() override;

    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    CardForm *card() const { return m_card; }
    PaymentMethod paymentMethod() const { return m_method; }
    const QList<core::ShippingMethod> &shippingMethods() const { return m_shippingMethods; }
    const QString &purchaseOrderNumber() const { return m_purchaseOrderNumber; }
    const QString &invoiceMemo() const { return m_memo; }
    const std::optional<core::Order> &order() const { return m_order; }
    const PurchaseOrderRules &rules() const { return m_rules; }
    void setPurchaseOrderRules(const PurchaseOrderRules &rules) { m_rules = rules; }
    /// Where the authorization journal lives (default AuthorizationJournal::defaultPath(); empty: memory).
    void setJournalPath(const QString &path);
    /// Requests sent since placeOrder() (gateway + commerce API); for the benchmark.
    int requestsSincePlace() const { return m_requestsSincePlace; }

    /// Starts (or restarts) at Address for the current cart.
    void start();
    void goBack(Step step);
    void submitAddresses(const core::Address &shipping, const std::optional<core::Address> &billing);
    void retryTax();
    void chooseShippingMethod(const QString &shippingMethodId);
    void choosePaymentMethod(PaymentMethod method);
    void submitCard();
    void submitPurchaseOrder(const QString &number, const QString &memo);
    void placeOrder();
    void answerChallenge(const QString &code);
    void cancelChallenge();

Q_SIGNALS:
    void stepChanged(commercedesk::checkout::CheckoutFlow::Step step);
    void busyChanged(bool busy);
    void failed(const api::ApiError &error);
    void addressInvalid(const QList<core::AddressProblem> &problems);
    void taxUnavailable(const api::ApiError &error);
    void shippingMethodsChanged();
    void purchaseOrderInvalid(const QString &message);
    void duplicatePurchaseOrder(const QString &number);
    void paymentDeclined(const QString &declineCode, const QString &message);
    void challengeRequired();
    /// A new authorization is needed and the card details are gone (wiped after an earlier approval that
    /// was voided, or after a restart): the flow is back at Payment.
    void cardRequired();
    void placed(const core::Order &order);

private:
    friend class CardPayment; // drives the steps, the request count and createOrder() of its flow

    void setStep(Step step);
    void setBusy(bool busy);
    void fail(const api::ApiError &error);
    void loadShippingMethods();
    void stopAtReview(const api::ApiError &error);
    /// Orders the cart; orchestrated, `authorizationId` (an approval not yet on the cart) is recorded by the
    /// orchestrator in the same request.
    void createOrder(const QString &authorizationId = {});
    void track(api::ApiJob *job);

    api::Transport *m_transport;
    CartSession *m_cart;
    BuyerSession *m_buyer;
    CardForm *m_card;
    CardPayment *m_payment; ///< the card part of "Place order"; a child
    PurchaseOrderRules m_rules;
    Step m_step = Step::Address;
    PaymentMethod m_method = PaymentMethod::Card;
    bool m_busy = false;
    std::optional<core::Address> m_pendingShipping;
    std::optional<core::Address> m_pendingBilling;
    QList<core::ShippingMethod> m_shippingMethods;
    QString m_purchaseOrderNumber;
    QString m_memo;
    int m_requestsSincePlace = 0;
    std::optional<core::Order> m_order;
    QString m_orderNumber;     ///< orchestrated: the order number of this cart's attempts
    QString m_orderNumberCart; ///< the cart m_orderNumber was made for
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
