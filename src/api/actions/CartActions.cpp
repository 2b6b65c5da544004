// SPDX-License-Identifier: MIT
#include "api/actions/CartActions.h"

#include "api/json/CommonJson.h"
#include "api/json/DraftJson.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;
using namespace commercedesk::api::json;

namespace commercedesk::api {

namespace {

JsonWriter start(const QString &name)
{
    JsonWriter w;
    w.set(u"action", name);
    return w;
}

CartUpdateAction make(JsonWriter &w, bool safeToRepeat)
{
    return CartUpdateAction{w.take(), safeToRepeat};
}

QJsonObject paymentReference(const QString &paymentId)
{
    return encodeReference(core::Reference{u"payment"_s, paymentId});
}

} // namespace

CartUpdateAction CartActions::addLineItem(const LineItemDraft &item)
{
    QJsonObject wire = encodeLineItemDraft(item);
    wire.insert(u"action"_s, u"addLineItem"_s);
    return CartUpdateAction{wire, false};
}

CartUpdateAction CartActions::removeLineItem(const QString &lineItemId, std::optional<qint64> quantity,
                                             std::optional<core::Money> externalPrice,
                                             const QList<ItemShippingTarget> &shippingTargetsToRemove)
{
    JsonWriter w = start(u"removeLineItem"_s);
    w.set(u"lineItemId", lineItemId);
    w.setOptional(u"quantity", quantity);
    w.setOptional(u"externalPrice", externalPrice, encodeMoneyDraft);
    if (!shippingTargetsToRemove.isEmpty()) {
        LineItemDraft targets;
        targets.shippingTargets = shippingTargetsToRemove;
        w.set(u"shippingDetailsToRemove", encodeLineItemDraft(targets).value(u"shippingDetails"_s));
    }
    // Removing the whole line again on a newer version has the same outcome; removing N units does not.
    return make(w, !quantity.has_value());
}

CartUpdateAction CartActions::changeLineItemQuantity(const QString &lineItemId, qint64 quantity)
{
    JsonWriter w = start(u"changeLineItemQuantity"_s);
    w.set(u"lineItemId", lineItemId);
    w.set(u"quantity", quantity);
    return make(w, false);
}

CartUpdateAction CartActions::setShippingAddress(const std::optional<core::Address> &address)
{
    JsonWriter w = start(u"setShippingAddress"_s);
    w.setOptional(u"address", address, encodeAddress);
    return make(w, true);
}

CartUpdateAction CartActions::setBillingAddress(const std::optional<core::Address> &address)
{
    JsonWriter w = start(u"setBillingAddress"_s);
    w.setOptional(u"address", address, encodeAddress);
    return make(w, true);
}

CartUpdateAction CartActions::setShippingMethod(const std::optional<core::ResourceIdentifier> &shippingMethod,
                                                const std::optional<ExternalTaxRateDraft> &externalTaxRate)
{
    JsonWriter w = start(u"setShippingMethod"_s);
    w.setOptional(u"shippingMethod", shippingMethod, encodeResourceIdentifier);
    w.setOptional(u"externalTaxRate", externalTaxRate, encodeExternalTaxRateDraft);
    return make(w, true);
}

CartUpdateAction CartActions::setCustomerEmail(const std::optional<QString> &email)
{
    JsonWriter w = start(u"setCustomerEmail"_s);
    w.setOptional(u"email", email);
    return make(w, true);
}

CartUpdateAction CartActions::setCountry(const std::optional<QString> &country)
{
    JsonWriter w = start(u"setCountry"_s);
    w.setOptional(u"country", country);
    return make(w, true);
}

CartUpdateAction CartActions::setLineItemTaxRate(const QString &lineItemId,
                                                 const std::optional<ExternalTaxRateDraft> &externalTaxRate,
                                                 const std::optional<QString> &shippingKey)
{
    JsonWriter w = start(u"setLineItemTaxRate"_s);
    w.set(u"lineItemId", lineItemId);
    w.setOptional(u"externalTaxRate", externalTaxRate, encodeExternalTaxRateDraft);
    w.setOptional(u"shippingKey", shippingKey);
    return make(w, true);
}

CartUpdateAction
CartActions::setShippingMethodTaxRate(const std::optional<ExternalTaxRateDraft> &externalTaxRate,
                                      const std::optional<QString> &shippingKey)
{
    JsonWriter w = start(u"setShippingMethodTaxRate"_s);
    w.setOptional(u"shippingKey", shippingKey);
    w.setOptional(u"externalTaxRate", externalTaxRate, encodeExternalTaxRateDraft);
    return make(w, true);
}

CartUpdateAction CartActions::addPayment(const QString &paymentId)
{
    JsonWriter w = start(u"addPayment"_s);
    w.set(u"payment", paymentReference(paymentId));
    return make(w, true);
}

CartUpdateAction CartActions::removePayment(const QString &paymentId)
{
    JsonWriter w = start(u"removePayment"_s);
    w.set(u"payment", paymentReference(paymentId));
    return make(w, true);
}

CartUpdateAction CartActions::setPurchaseOrderNumber(const std::optional<QString> &purchaseOrderNumber)
{
    JsonWriter w = start(u"setPurchaseOrderNumber"_s);
    w.setOptional(u"purchaseOrderNumber", purchaseOrderNumber);
    return make(w, true);
}

CartUpdateAction CartActions::setBusinessUnit(const core::ResourceIdentifier &businessUnit)
{
    JsonWriter w = start(u"setBusinessUnit"_s);
    w.set(u"businessUnit", encodeResourceIdentifier(businessUnit));
    return make(w, true);
}

CartUpdateAction CartActions::changeTaxMode(core::TaxMode taxMode)
{
    JsonWriter w = start(u"changeTaxMode"_s);
    w.set(u"taxMode", core::toWireString(taxMode));
    return make(w, true);
}

CartUpdateAction CartActions::setKey(const std::optional<QString> &key)
{
    JsonWriter w = start(u"setKey"_s);
    w.setOptional(u"key", key);
    return make(w, true);
}

CartUpdateAction CartActions::freezeCart(const std::optional<QString> &strategy)
{
    JsonWriter w = start(u"freezeCart"_s);
    w.setOptional(u"strategy", strategy);
    return make(w, true);
}

CartUpdateAction CartActions::unfreezeCart()
{
    JsonWriter w = start(u"unfreezeCart"_s);
    return make(w, true);
}

CartUpdateAction CartActions::recalculate(std::optional<bool> updateProductData)
{
    JsonWriter w = start(u"recalculate"_s);
    w.setOptional(u"updateProductData", updateProductData);
    return make(w, true);
}

} // namespace commercedesk::api
