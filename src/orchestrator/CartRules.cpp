// SPDX-License-Identifier: MIT
#include "orchestrator/CartRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

enum class Type {
    String,
    Currency,
    Country,
    Quantity,
    NonNegativeInt,
    Bool,
    Address,
    NullableAddress,
    Reference,
    NullableReference,
    LineItems,
    Fixed
};

using Fields = QHash<QString, Type>;

const Fields &lineItemFields()
{
    static const Fields fields{{u"productId"_s, Type::String},
                               {u"variantId"_s, Type::Quantity},
                               {u"sku"_s, Type::String},
                               {u"quantity"_s, Type::Quantity},
                               {u"distributionChannel"_s, Type::Reference},
                               {u"supplyChannel"_s, Type::Reference}};
    return fields;
}

/// Buyer actions and their fields (commercetools CartUpdateAction subset).
const QHash<QString, Fields> &allowedActions()
{
    static const QHash<QString, Fields> actions{
        {u"addLineItem"_s, lineItemFields()},
        {u"removeLineItem"_s, {{u"lineItemId"_s, Type::String}, {u"quantity"_s, Type::Quantity}}},
        {u"changeLineItemQuantity"_s,
         {{u"lineItemId"_s, Type::String}, {u"quantity"_s, Type::NonNegativeInt}}},
        {u"setShippingAddress"_s, {{u"address"_s, Type::NullableAddress}}},
        {u"setBillingAddress"_s, {{u"address"_s, Type::NullableAddress}}},
        {u"setShippingMethod"_s, {{u"shippingMethod"_s, Type::NullableReference}}},
        {u"setCustomerEmail"_s, {{u"email"_s, Type::String}}},
        {u"setCountry"_s, {{u"country"_s, Type::Country}}},
        {u"setLocale"_s, {{u"locale"_s, Type::String}}},
        {u"setPurchaseOrderNumber"_s, {{u"purchaseOrderNumber"_s, Type::String}}},
        {u"recalculate"_s, {{u"updateProductData"_s, Type::Bool}}},
    };
    return actions;
}

/// commercetools cart actions that exist but only the trusted side (or nobody) may use.
const QSet<QString> &reservedActions()
{
    static const QSet<QString> actions{u"addPayment"_s,
                                       u"removePayment"_s,
                                       u"setLineItemPrice"_s,
                                       u"setLineItemTotalPrice"_s,
                                       u"setLineItemTaxRate"_s,
                                       u"setLineItemTaxAmount"_s,
                                       u"setShippingMethodTaxRate"_s,
                                       u"setShippingMethodTaxAmount"_s,
                                       u"setCartTotalTax"_s,
                                       u"changeTaxMode"_s,
                                       u"changeTaxRoundingMode"_s,
                                       u"changeTaxCalculationMode"_s,
                                       u"changePriceRoundingMode"_s,
                                       u"setCustomerId"_s,
                                       u"setAnonymousId"_s,
                                       u"setCustomerGroup"_s,
                                       u"setBusinessUnit"_s,
                                       u"setKey"_s,
                                       u"setCustomType"_s,
                                       u"setCustomField"_s,
                                       u"addCustomLineItem"_s,
                                       u"removeCustomLineItem"_s,
                                       u"setCustomShippingMethod"_s,
                                       u"setDirectDiscounts"_s,
                                       u"setShippingRateInput"_s,
                                       u"setDeleteDaysAfterLastModification"_s,
                                       u"setLineItemCustomField"_s,
                                       u"setLineItemCustomType"_s,
                                       u"addDiscountCode"_s,
                                       u"removeDiscountCode"_s,
                                       u"changeLineItemsOrder"_s,
                                       u"setCartState"_s,
                                       u"freezeCart"_s,
                                       u"unfreezeCart"_s,
                                       u"setItemShippingAddress"_s};
    return actions;
}

std::optional<OrchestratorError> checkReference(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return OrchestratorError::invalidField(field,
                                               u"'%1' must be an object with an id or a key."_s.arg(field));
    const QJsonObject ref = value.toObject();
    for (auto it = ref.begin(); it != ref.end(); ++it) {
        if ((it.key() != u"id"_s && it.key() != u"key"_s && it.key() != u"typeId"_s) ||
            !it.value().isString())
            return OrchestratorError::invalidField(field % u'.' % it.key(), u"Not a field of a reference."_s);
    }
    if (!ref.contains(u"id"_s) && !ref.contains(u"key"_s))
        return OrchestratorError::invalidField(field, u"'%1' needs an id or a key."_s.arg(field));
    return std::nullopt;
}

std::optional<OrchestratorError> checkAddress(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return OrchestratorError::invalidField(field, u"'%1' must be an address object."_s.arg(field));
    const QJsonObject address = value.toObject();
    for (auto it = address.begin(); it != address.end(); ++it) {
        if (!it.value().isString())
            return OrchestratorError::invalidField(field % u'.' % it.key(), u"Address fields are strings."_s);
    }
    static const QRegularExpression country(u"^[A-Z]{2}$"_s);
    if (!country.match(address.value(u"country"_s).toString()).hasMatch())
        return OrchestratorError::invalidField(field % u".country"_s,
                                               u"A two-letter country code is required."_s);
    return std::nullopt;
}

std::optional<OrchestratorError> checkValue(const QJsonValue &value, Type type, const QString &field);

std::optional<OrchestratorError> checkLineItems(const QJsonValue &value, const QString &field)
{
    if (!value.isArray() || value.toArray().size() > 500)
        return OrchestratorError::invalidField(field,
                                               u"'lineItems' must be an array of at most 500 items."_s);
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = field % u'[' % QString::number(i) % u']';
        if (!items[i].isObject())
            return OrchestratorError::invalidField(at, u"A line item must be an object."_s);
        const QJsonObject item = items[i].toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            const auto type = lineItemFields().constFind(it.key());
            if (type == lineItemFields().constEnd())
                return OrchestratorError::invalidField(at % u'.' % it.key(),
                                                       u"A buyer cannot set this field."_s);
            if (auto error = checkValue(it.value(), *type, at % u'.' % it.key()))
                return error;
        }
        if (!item.contains(u"productId"_s) && !item.contains(u"sku"_s))
            return OrchestratorError::invalidField(at, u"A line item needs a productId or a sku."_s);
    }
    return std::nullopt;
}

std::optional<OrchestratorError> checkValue(const QJsonValue &value, Type type, const QString &field)
{
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    static const QRegularExpression country(u"^[A-Z]{2}$"_s);
    const auto wrong = [&field](const QString &what) {
        return OrchestratorError::invalidField(field, u"'%1' must be %2."_s.arg(field, what));
    };
    const bool integral = value.isDouble() && value.toDouble() == double(value.toInteger());
    switch (type) {
    case Type::String:
        return value.isString() && !value.toString().isEmpty() && value.toString().size() <= 256
                   ? std::nullopt
                   : std::optional(wrong(u"a non-empty string"_s));
    case Type::Currency:
        return currency.match(value.toString()).hasMatch() && value.isString()
                   ? std::nullopt
                   : std::optional(wrong(u"an ISO 4217 currency code"_s));
    case Type::Country:
        return country.match(value.toString()).hasMatch() && value.isString()
                   ? std::nullopt
                   : std::optional(wrong(u"a two-letter country code"_s));
    case Type::Quantity:
        return integral && value.toInteger() >= 1 && value.toInteger() <= 100000
                   ? std::nullopt
                   : std::optional(wrong(u"an integer from 1 to 100000"_s));
    case Type::NonNegativeInt:
        return integral && value.toInteger() >= 0 && value.toInteger() <= 100000
                   ? std::nullopt
                   : std::optional(wrong(u"an integer from 0 to 100000"_s));
    case Type::Bool:
        return value.isBool() ? std::nullopt : std::optional(wrong(u"true or false"_s));
    case Type::Address:
        return checkAddress(value, field);
    case Type::NullableAddress:
        return value.isNull() ? std::nullopt : checkAddress(value, field);
    case Type::Reference:
        return checkReference(value, field);
    case Type::NullableReference:
        return value.isNull() ? std::nullopt : checkReference(value, field);
    case Type::LineItems:
        return checkLineItems(value, field);
    case Type::Fixed:
        break;
    }
    return std::nullopt;
}

std::optional<OrchestratorError> checkAction(const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        return OrchestratorError::invalidField(at, u"An update action must be an object."_s);
    const QJsonObject action = value.toObject();
    const QString name = action.value(u"action"_s).toString();
    if (!action.value(u"action"_s).isString())
        return OrchestratorError::invalidField(at % u".action"_s, u"'action' must be a string."_s);
    if (reservedActions().contains(name)) {
        return OrchestratorError{403, u"ActionNotAllowed"_s,
                                 u"A buyer may not use the cart action '%1'."_s.arg(name),
                                 QJsonObject{{u"action"_s, name}, {u"field"_s, at}}};
    }
    const auto fields = allowedActions().constFind(name);
    if (fields == allowedActions().constEnd()) {
        return OrchestratorError::badRequest(u"UnknownAction"_s, u"There is no cart action '%1'."_s.arg(name),
                                             QJsonObject{{u"action"_s, name}, {u"field"_s, at}});
    }
    for (auto it = action.begin(); it != action.end(); ++it) {
        if (it.key() == u"action"_s)
            continue;
        const auto type = fields->constFind(it.key());
        if (type == fields->constEnd())
            return OrchestratorError::invalidField(at % u'.' % it.key(), u"A buyer cannot set this field."_s);
        if (auto error = checkValue(it.value(), *type, at % u'.' % it.key()))
            return error;
    }
    if (name == u"addLineItem"_s && !action.contains(u"productId"_s) && !action.contains(u"sku"_s))
        return OrchestratorError::invalidField(at, u"addLineItem needs a productId or a sku."_s);
    if ((name == u"removeLineItem"_s || name == u"changeLineItemQuantity"_s) &&
        !action.contains(u"lineItemId"_s))
        return OrchestratorError::invalidField(at % u".lineItemId"_s, u"'lineItemId' is required."_s);
    if (name == u"changeLineItemQuantity"_s && !action.contains(u"quantity"_s))
        return OrchestratorError::invalidField(at % u".quantity"_s, u"'quantity' is required."_s);
    return std::nullopt;
}

} // namespace

std::optional<OrchestratorError> CartRules::checkDraft(const QJsonObject &draft, const QString &taxMode,
                                                       const QString &businessUnitKey, QJsonObject *upstream)
{
    static const Fields fields{{u"currency"_s, Type::Currency},
                               {u"country"_s, Type::Country},
                               {u"locale"_s, Type::String},
                               {u"customerEmail"_s, Type::String},
                               {u"lineItems"_s, Type::LineItems},
                               {u"shippingAddress"_s, Type::Address},
                               {u"billingAddress"_s, Type::Address},
                               {u"shippingMethod"_s, Type::Reference},
                               {u"purchaseOrderNumber"_s, Type::String},
                               {u"store"_s, Type::Reference},
                               {u"taxMode"_s, Type::Fixed},
                               {u"businessUnit"_s, Type::Fixed}};
    *upstream = QJsonObject();
    for (auto it = draft.begin(); it != draft.end(); ++it) {
        const auto type = fields.constFind(it.key());
        if (type == fields.constEnd())
            return OrchestratorError::invalidField(it.key(),
                                                   u"A buyer cannot set '%1' on a cart."_s.arg(it.key()));
        if (*type == Type::Fixed) {
            const bool same = it.key() == u"taxMode"_s
                                  ? it.value().toString() == taxMode
                                  : !businessUnitKey.isEmpty() &&
                                        it.value().toObject().value(u"key"_s).toString() == businessUnitKey;
            if (!same)
                return OrchestratorError{403, u"FieldNotAllowed"_s,
                                         u"A buyer cannot choose '%1'."_s.arg(it.key()),
                                         QJsonObject{{u"field"_s, it.key()}}};
            continue;
        }
        if (auto error = checkValue(it.value(), *type, it.key()))
            return error;
        upstream->insert(it.key(), it.value());
    }
    if (!draft.contains(u"currency"_s))
        return OrchestratorError::invalidField(u"currency"_s, u"'currency' is required."_s);
    upstream->insert(u"taxMode"_s, taxMode);
    return std::nullopt;
}

std::optional<OrchestratorError> CartRules::checkUpdate(const QJsonObject &update, QJsonObject *upstream)
{
    const QJsonValue version = update.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 0)
        return OrchestratorError::invalidField(u"version"_s, u"'version' must be a non-negative integer."_s);
    const QJsonValue actions = update.value(u"actions"_s);
    if (!actions.isArray() || actions.toArray().isEmpty() || actions.toArray().size() > 100)
        return OrchestratorError::invalidField(u"actions"_s,
                                               u"'actions' must be an array of 1 to 100 actions."_s);
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.key() != u"version"_s && it.key() != u"actions"_s)
            return OrchestratorError::invalidField(it.key(), u"Only 'version' and 'actions' may be sent."_s);
    }
    const QJsonArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (auto error = checkAction(list[i], u"actions["_s % QString::number(i) % u']'))
            return error;
    }
    *upstream = QJsonObject{{u"version"_s, version.toInteger()}, {u"actions"_s, list}};
    return std::nullopt;
}

} // namespace commercedesk::orchestrator
