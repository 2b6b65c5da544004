// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

// Every commercetools enumeration CommerceDesk models. Each enum has
//   QString toWireString(E)                          — the exact JSON string ("BalanceDue"),
//   std::optional<E> <enumName>FromWire(QStringView) — exact, case-sensitive; unknown → nullopt.
// The enumerators are registered with Q_ENUM_NS so tests and QDebug can enumerate and print them.
namespace commercedesk::core {
Q_NAMESPACE

// Why a money operation produced no value. Every Money operation that can fail returns a
// MoneyResult instead of asserting, wrapping or throwing.
enum class MoneyError {
    CurrencyMismatch, // operands differ in currency code or fraction digits
    Overflow,         // the exact result does not fit into qint64 minor units
    UnknownCurrency,  // the currency code is not in the Currencies table
    InvalidAmount,    // a decimal string could not be parsed, or has more digits than the currency allows
    InvalidArgument,  // e.g. a negative quantity or a rate outside its allowed range
};
Q_ENUM_NS(MoneyError)

// Tie rule for rounding to minor units (Cart.taxRoundingMode / priceRoundingMode).
enum class RoundingMode { HalfEven, HalfUp, HalfDown };
Q_ENUM_NS(RoundingMode)

enum class CartState { Active, Merged, Ordered, Frozen };
Q_ENUM_NS(CartState)

enum class TaxMode { Platform, External, ExternalAmount, Disabled };
Q_ENUM_NS(TaxMode)

enum class TaxCalculationMode { LineItemLevel, UnitPriceLevel };
Q_ENUM_NS(TaxCalculationMode)

enum class InventoryMode { None, TrackOnly, ReserveOnOrder, ReserveOnCart };
Q_ENUM_NS(InventoryMode)

enum class CartOrigin { Customer, Merchant, Quote, RecurringOrder };
Q_ENUM_NS(CartOrigin)

enum class ShippingMode { Single, Multiple };
Q_ENUM_NS(ShippingMode)

enum class LineItemPriceMode { Platform, ExternalPrice, ExternalTotal };
Q_ENUM_NS(LineItemPriceMode)

enum class LineItemMode { Standard, GiftLineItem };
Q_ENUM_NS(LineItemMode)

enum class ShippingMethodState { MatchesCart, DoesNotMatchCart };
Q_ENUM_NS(ShippingMethodState)

enum class OrderState { Open, Confirmed, Complete, Cancelled };
Q_ENUM_NS(OrderState)

// Note the wire spelling "Canceled" (one l) here versus OrderState "Cancelled".
enum class ShipmentState { Shipped, Delivered, Ready, Pending, Delayed, Partial, Backorder, Canceled };
Q_ENUM_NS(ShipmentState)

enum class PaymentState { BalanceDue, Failed, Pending, CreditOwed, Paid };
Q_ENUM_NS(PaymentState)

// api.yaml ReturnShipmentState: Advised (announced, not refundable) and Returned (arrived, refundable) start
// a return item; BackInStock and Unusable say what became of it.
enum class ReturnShipmentState { Advised, Returned, BackInStock, Unusable };
Q_ENUM_NS(ReturnShipmentState)

// api.yaml ReturnPaymentState.
enum class ReturnPaymentState { NonRefundable, Initial, Refunded, NotRefunded };
Q_ENUM_NS(ReturnPaymentState)

enum class TransactionType { Authorization, CancelAuthorization, Charge, Refund, Chargeback };
Q_ENUM_NS(TransactionType)

enum class TransactionState { Initial, Pending, Success, Failure };
Q_ENUM_NS(TransactionState)

enum class BusinessUnitType { Company, Division };
Q_ENUM_NS(BusinessUnitType)

enum class BusinessUnitStatus { Active, Inactive };
Q_ENUM_NS(BusinessUnitStatus)

enum class BusinessUnitStoreMode { Explicit, FromParent };
Q_ENUM_NS(BusinessUnitStoreMode)

enum class BusinessUnitAssociateMode { Explicit, ExplicitAndFromParent };
Q_ENUM_NS(BusinessUnitAssociateMode)

enum class BusinessUnitApprovalRuleMode { Explicit, ExplicitAndFromParent };
Q_ENUM_NS(BusinessUnitApprovalRuleMode)

enum class AssociateRoleInheritance { Enabled, Disabled };
Q_ENUM_NS(AssociateRoleInheritance)

enum class AuthenticationMode { Password, ExternalAuth };
Q_ENUM_NS(AuthenticationMode)

// Stable English identifier for logs ("CurrencyMismatch"); not a wire value and not for the UI.
QString moneyErrorName(MoneyError error);

QString toWireString(RoundingMode value);
QString toWireString(CartState value);
QString toWireString(TaxMode value);
QString toWireString(TaxCalculationMode value);
QString toWireString(InventoryMode value);
QString toWireString(CartOrigin value);
QString toWireString(ShippingMode value);
QString toWireString(LineItemPriceMode value);
QString toWireString(LineItemMode value);
QString toWireString(ShippingMethodState value);
QString toWireString(OrderState value);
QString toWireString(ShipmentState value);
QString toWireString(PaymentState value);
QString toWireString(ReturnShipmentState value);
QString toWireString(ReturnPaymentState value);
QString toWireString(TransactionType value);
QString toWireString(TransactionState value);
QString toWireString(BusinessUnitType value);
QString toWireString(BusinessUnitStatus value);
QString toWireString(BusinessUnitStoreMode value);
QString toWireString(BusinessUnitAssociateMode value);
QString toWireString(BusinessUnitApprovalRuleMode value);
QString toWireString(AssociateRoleInheritance value);
QString toWireString(AuthenticationMode value);

std::optional<RoundingMode> roundingModeFromWire(QStringView wire);
std::optional<CartState> cartStateFromWire(QStringView wire);
std::optional<TaxMode> taxModeFromWire(QStringView wire);
std::optional<TaxCalculationMode> taxCalculationModeFromWire(QStringView wire);
std::optional<InventoryMode> inventoryModeFromWire(QStringView wire);
std::optional<CartOrigin> cartOriginFromWire(QStringView wire);
std::optional<ShippingMode> shippingModeFromWire(QStringView wire);
std::optional<LineItemPriceMode> lineItemPriceModeFromWire(QStringView wire);
std::optional<LineItemMode> lineItemModeFromWire(QStringView wire);
std::optional<ShippingMethodState> shippingMethodStateFromWire(QStringView wire);
std::optional<OrderState> orderStateFromWire(QStringView wire);
std::optional<ShipmentState> shipmentStateFromWire(QStringView wire);
std::optional<PaymentState> paymentStateFromWire(QStringView wire);
std::optional<ReturnShipmentState> returnShipmentStateFromWire(QStringView wire);
std::optional<ReturnPaymentState> returnPaymentStateFromWire(QStringView wire);
std::optional<TransactionType> transactionTypeFromWire(QStringView wire);
std::optional<TransactionState> transactionStateFromWire(QStringView wire);
std::optional<BusinessUnitType> businessUnitTypeFromWire(QStringView wire);
std::optional<BusinessUnitStatus> businessUnitStatusFromWire(QStringView wire);
std::optional<BusinessUnitStoreMode> businessUnitStoreModeFromWire(QStringView wire);
std::optional<BusinessUnitAssociateMode> businessUnitAssociateModeFromWire(QStringView wire);
std::optional<BusinessUnitApprovalRuleMode> businessUnitApprovalRuleModeFromWire(QStringView wire);
std::optional<AssociateRoleInheritance> associateRoleInheritanceFromWire(QStringView wire);
std::optional<AuthenticationMode> authenticationModeFromWire(QStringView wire);

} // namespace commercedesk::core
