// SPDX-License-Identifier: MIT
#include "core/Enums.h"

namespace commercedesk::core {

namespace {

template<typename E>
struct WireName
{
    E value;
    const char16_t *wire;
};

// The wire strings, one per enumerator (tests check that every enumerator is listed).
template<typename E, std::size_t N>
QString wireOf(const WireName<E> (&table)[N], E value)
{
    for (const WireName<E> &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.wire);
    }
    return QString();
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const WireName<E> (&table)[N], QStringView wire)
{
    for (const WireName<E> &entry : table) {
        if (QStringView(entry.wire) == wire)
            return entry.value;
    }
    return std::nullopt;
}

constexpr WireName<RoundingMode> RoundingModeNames[] = {
    {RoundingMode::HalfEven, u"HalfEven"},
    {RoundingMode::HalfUp, u"HalfUp"},
    {RoundingMode::HalfDown, u"HalfDown"},
};

constexpr WireName<CartState> CartStateNames[] = {
    {CartState::Active, u"Active"},
    {CartState::Merged, u"Merged"},
    {CartState::Ordered, u"Ordered"},
    {CartState::Frozen, u"Frozen"},
};

constexpr WireName<TaxMode> TaxModeNames[] = {
    {TaxMode::Platform, u"Platform"},
    {TaxMode::External, u"External"},
    {TaxMode::ExternalAmount, u"ExternalAmount"},
    {TaxMode::Disabled, u"Disabled"},
};

constexpr WireName<TaxCalculationMode> TaxCalculationModeNames[] = {
    {TaxCalculationMode::LineItemLevel, u"LineItemLevel"},
    {TaxCalculationMode::UnitPriceLevel, u"UnitPriceLevel"},
};

constexpr WireName<InventoryMode> InventoryModeNames[] = {
    {InventoryMode::None, u"None"},
    {InventoryMode::TrackOnly, u"TrackOnly"},
    {InventoryMode::ReserveOnOrder, u"ReserveOnOrder"},
    {InventoryMode::ReserveOnCart, u"ReserveOnCart"},
};

constexpr WireName<CartOrigin> CartOriginNames[] = {
    {CartOrigin::Customer, u"Customer"},
    {CartOrigin::Merchant, u"Merchant"},
    {CartOrigin::Quote, u"Quote"},
    {CartOrigin::RecurringOrder, u"RecurringOrder"},
};

constexpr WireName<ShippingMode> ShippingModeNames[] = {
    {ShippingMode::Single, u"Single"},
    {ShippingMode::Multiple, u"Multiple"},
};

constexpr WireName<LineItemPriceMode> LineItemPriceModeNames[] = {
    {LineItemPriceMode::Platform, u"Platform"},
    {LineItemPriceMode::ExternalPrice, u"ExternalPrice"},
    {LineItemPriceMode::ExternalTotal, u"ExternalTotal"},
};

constexpr WireName<LineItemMode> LineItemModeNames[] = {
    {LineItemMode::Standard, u"Standard"},
    {LineItemMode::GiftLineItem, u"GiftLineItem"},
};

constexpr WireName<ShippingMethodState> ShippingMethodStateNames[] = {
    {ShippingMethodState::MatchesCart, u"MatchesCart"},
    {ShippingMethodState::DoesNotMatchCart, u"DoesNotMatchCart"},
};

constexpr WireName<OrderState> OrderStateNames[] = {
    {OrderState::Open, u"Open"},
    {OrderState::Confirmed, u"Confirmed"},
    {OrderState::Complete, u"Complete"},
    {OrderState::Cancelled, u"Cancelled"},
};

constexpr WireName<ShipmentState> ShipmentStateNames[] = {
    {ShipmentState::Shipped, u"Shipped"},     {ShipmentState::Delivered, u"Delivered"},
    {ShipmentState::Ready, u"Ready"},         {ShipmentState::Pending, u"Pending"},
    {ShipmentState::Delayed, u"Delayed"},     {ShipmentState::Partial, u"Partial"},
    {ShipmentState::Backorder, u"Backorder"}, {ShipmentState::Canceled, u"Canceled"},
};

constexpr WireName<PaymentState> PaymentStateNames[] = {
    {PaymentState::BalanceDue, u"BalanceDue"},
    {PaymentState::Failed, u"Failed"},
    {PaymentState::Pending, u"Pending"},
    {PaymentState::CreditOwed, u"CreditOwed"},
    {PaymentState::Paid, u"Paid"},
};

constexpr WireName<TransactionType> TransactionTypeNames[] = {
    {TransactionType::Authorization, u"Authorization"},
    {TransactionType::CancelAuthorization, u"CancelAuthorization"},
    {TransactionType::Charge, u"Charge"},
    {TransactionType::Refund, u"Refund"},
    {TransactionType::Chargeback, u"Chargeback"},
};

constexpr WireName<ReturnShipmentState> ReturnShipmentStateNames[] = {
    {ReturnShipmentState::Advised, u"Advised"},
    {ReturnShipmentState::Returned, u"Returned"},
    {ReturnShipmentState::BackInStock, u"BackInStock"},
    {ReturnShipmentState::Unusable, u"Unusable"},
};

constexpr WireName<ReturnPaymentState> ReturnPaymentStateNames[] = {
    {ReturnPaymentState::NonRefundable, u"NonRefundable"},
    {ReturnPaymentState::Initial, u"Initial"},
    {ReturnPaymentState::Refunded, u"Refunded"},
    {ReturnPaymentState::NotRefunded, u"NotRefunded"},
};

constexpr WireName<TransactionState> TransactionStateNames[] = {
    {TransactionState::Initial, u"Initial"},
    {TransactionState::Pending, u"Pending"},
    {TransactionState::Success, u"Success"},
    {TransactionState::Failure, u"Failure"},
};

constexpr WireName<BusinessUnitType> BusinessUnitTypeNames[] = {
    {BusinessUnitType::Company, u"Company"},
    {BusinessUnitType::Division, u"Division"},
};

constexpr WireName<BusinessUnitStatus> BusinessUnitStatusNames[] = {
    {BusinessUnitStatus::Active, u"Active"},
    {BusinessUnitStatus::Inactive, u"Inactive"},
};

constexpr WireName<BusinessUnitStoreMode> BusinessUnitStoreModeNames[] = {
    {BusinessUnitStoreMode::Explicit, u"Explicit"},
    {BusinessUnitStoreMode::FromParent, u"FromParent"},
};

constexpr WireName<BusinessUnitAssociateMode> BusinessUnitAssociateModeNames[] = {
    {BusinessUnitAssociateMode::Explicit, u"Explicit"},
    {BusinessUnitAssociateMode::ExplicitAndFromParent, u"ExplicitAndFromParent"},
};

constexpr WireName<BusinessUnitApprovalRuleMode> BusinessUnitApprovalRuleModeNames[] = {
    {BusinessUnitApprovalRuleMode::Explicit, u"Explicit"},
    {BusinessUnitApprovalRuleMode::ExplicitAndFromParent, u"ExplicitAndFromParent"},
};

constexpr WireName<AssociateRoleInheritance> AssociateRoleInheritanceNames[] = {
    {AssociateRoleInheritance::Enabled, u"Enabled"},
    {AssociateRoleInheritance::Disabled, u"Disabled"},
};

constexpr WireName<AuthenticationMode> AuthenticationModeNames[] = {
    {AuthenticationMode::Password, u"Password"},
    {AuthenticationMode::ExternalAuth, u"ExternalAuth"},
};

} // namespace

QString toWireString(RoundingMode value)
{
    return wireOf(RoundingModeNames, value);
}

std::optional<RoundingMode> roundingModeFromWire(QStringView wire)
{
    return valueOf(RoundingModeNames, wire);
}

QString toWireString(CartState value)
{
    return wireOf(CartStateNames, value);
}

std::optional<CartState> cartStateFromWire(QStringView wire)
{
    return valueOf(CartStateNames, wire);
}

QString toWireString(TaxMode value)
{
    return wireOf(TaxModeNames, value);
}

std::optional<TaxMode> taxModeFromWire(QStringView wire)
{
    return valueOf(TaxModeNames, wire);
}

QString toWireString(TaxCalculationMode value)
{
    return wireOf(TaxCalculationModeNames, value);
}

std::optional<TaxCalculationMode> taxCalculationModeFromWire(QStringView wire)
{
    return valueOf(TaxCalculationModeNames, wire);
}

QString toWireString(InventoryMode value)
{
    return wireOf(InventoryModeNames, value);
}

std::optional<InventoryMode> inventoryModeFromWire(QStringView wire)
{
    return valueOf(InventoryModeNames, wire);
}

QString toWireString(CartOrigin value)
{
    return wireOf(CartOriginNames, value);
}

std::optional<CartOrigin> cartOriginFromWire(QStringView wire)
{
    return valueOf(CartOriginNames, wire);
}

QString toWireString(ShippingMode value)
{
    return wireOf(ShippingModeNames, value);
}

std::optional<ShippingMode> shippingModeFromWire(QStringView wire)
{
    return valueOf(ShippingModeNames, wire);
}

QString toWireString(LineItemPriceMode value)
{
    return wireOf(LineItemPriceModeNames, value);
}

std::optional<LineItemPriceMode> lineItemPriceModeFromWire(QStringView wire)
{
    return valueOf(LineItemPriceModeNames, wire);
}

QString toWireString(LineItemMode value)
{
    return wireOf(LineItemModeNames, value);
}

std::optional<LineItemMode> lineItemModeFromWire(QStringView wire)
{
    return valueOf(LineItemModeNames, wire);
}

QString toWireString(ShippingMethodState value)
{
    return wireOf(ShippingMethodStateNames, value);
}

std::optional<ShippingMethodState> shippingMethodStateFromWire(QStringView wire)
{
    return valueOf(ShippingMethodStateNames, wire);
}

QString toWireString(OrderState value)
{
    return wireOf(OrderStateNames, value);
}

std::optional<OrderState> orderStateFromWire(QStringView wire)
{
    return valueOf(OrderStateNames, wire);
}

QString toWireString(ShipmentState value)
{
    return wireOf(ShipmentStateNames, value);
}

std::optional<ShipmentState> shipmentStateFromWire(QStringView wire)
{
    return valueOf(ShipmentStateNames, wire);
}

QString toWireString(PaymentState value)
{
    return wireOf(PaymentStateNames, value);
}

std::optional<PaymentState> paymentStateFromWire(QStringView wire)
{
    return valueOf(PaymentStateNames, wire);
}

QString toWireString(TransactionType value)
{
    return wireOf(TransactionTypeNames, value);
}

std::optional<TransactionType> transactionTypeFromWire(QStringView wire)
{
    return valueOf(TransactionTypeNames, wire);
}

QString toWireString(ReturnShipmentState value)
{
    return wireOf(ReturnShipmentStateNames, value);
}

std::optional<ReturnShipmentState> returnShipmentStateFromWire(QStringView wire)
{
    return valueOf(ReturnShipmentStateNames, wire);
}

QString toWireString(ReturnPaymentState value)
{
    return wireOf(ReturnPaymentStateNames, value);
}

std::optional<ReturnPaymentState> returnPaymentStateFromWire(QStringView wire)
{
    return valueOf(ReturnPaymentStateNames, wire);
}

QString toWireString(TransactionState value)
{
    return wireOf(TransactionStateNames, value);
}

std::optional<TransactionState> transactionStateFromWire(QStringView wire)
{
    return valueOf(TransactionStateNames, wire);
}

QString toWireString(BusinessUnitType value)
{
    return wireOf(BusinessUnitTypeNames, value);
}

std::optional<BusinessUnitType> businessUnitTypeFromWire(QStringView wire)
{
    return valueOf(BusinessUnitTypeNames, wire);
}

QString toWireString(BusinessUnitStatus value)
{
    return wireOf(BusinessUnitStatusNames, value);
}

std::optional<BusinessUnitStatus> businessUnitStatusFromWire(QStringView wire)
{
    return valueOf(BusinessUnitStatusNames, wire);
}

QString toWireString(BusinessUnitStoreMode value)
{
    return wireOf(BusinessUnitStoreModeNames, value);
}

std::optional<BusinessUnitStoreMode> businessUnitStoreModeFromWire(QStringView wire)
{
    return valueOf(BusinessUnitStoreModeNames, wire);
}

QString toWireString(BusinessUnitAssociateMode value)
{
    return wireOf(BusinessUnitAssociateModeNames, value);
}

std::optional<BusinessUnitAssociateMode> businessUnitAssociateModeFromWire(QStringView wire)
{
    return valueOf(BusinessUnitAssociateModeNames, wire);
}

QString toWireString(BusinessUnitApprovalRuleMode value)
{
    return wireOf(BusinessUnitApprovalRuleModeNames, value);
}

std::optional<BusinessUnitApprovalRuleMode> businessUnitApprovalRuleModeFromWire(QStringView wire)
{
    return valueOf(BusinessUnitApprovalRuleModeNames, wire);
}

QString toWireString(AssociateRoleInheritance value)
{
    return wireOf(AssociateRoleInheritanceNames, value);
}

std::optional<AssociateRoleInheritance> associateRoleInheritanceFromWire(QStringView wire)
{
    return valueOf(AssociateRoleInheritanceNames, wire);
}

QString toWireString(AuthenticationMode value)
{
    return wireOf(AuthenticationModeNames, value);
}

std::optional<AuthenticationMode> authenticationModeFromWire(QStringView wire)
{
    return valueOf(AuthenticationModeNames, wire);
}

} // namespace commercedesk::core
