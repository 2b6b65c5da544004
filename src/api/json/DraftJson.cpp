// SPDX-License-Identifier: MIT
#include "api/json/DraftJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

QJsonObject encodeShippingTarget(const ItemShippingTarget &target)
{
    return QJsonObject{{u"addressKey"_s, target.addressKey}, {u"quantity"_s, target.quantity}};
}

QJsonObject encodeSubRate(const ExternalTaxRateDraft::SubRate &subRate)
{
    return QJsonObject{{u"name"_s, subRate.name}, {u"amount"_s, encodeRate(subRate.amount)}};
}

QJsonObject encodePaymentMethodInfo(const PaymentDraft &draft)
{
    JsonWriter w;
    w.setOptional(u"paymentInterface", draft.paymentInterface);
    w.setOptional(u"method", draft.method);
    w.setOptional(u"name", draft.methodName, encodeLocalizedString);
    return w.take();
}

} // namespace

QJsonObject encodeExternalTaxRateDraft(const ExternalTaxRateDraft &rate)
{
    JsonWriter w;
    w.set(u"name", rate.name);
    w.setOptional(u"amount", rate.amount, encodeRate);
    w.setOptional(u"includedInPrice", rate.includedInPrice);
    w.set(u"country", rate.country);
    w.setOptional(u"state", rate.state);
    if (!rate.subRates.isEmpty())
        w.setList(u"subRates", rate.subRates, encodeSubRate);
    return w.take();
}

QJsonObject encodeLineItemDraft(const LineItemDraft &draft)
{
    JsonWriter w;
    w.setOptional(u"key", draft.key);
    w.setOptional(u"sku", draft.sku);
    w.setOptional(u"productId", draft.productId);
    w.setOptional(u"variantId", draft.variantId);
    w.setOptional(u"quantity", draft.quantity);
    w.setOptional(u"supplyChannel", draft.supplyChannel, encodeResourceIdentifier);
    w.setOptional(u"distributionChannel", draft.distributionChannel, encodeResourceIdentifier);
    w.setOptional(u"externalPrice", draft.externalPrice, encodeMoneyDraft);
    w.setOptional(u"externalTaxRate", draft.externalTaxRate, encodeExternalTaxRateDraft);
    if (!draft.shippingTargets.isEmpty()) {
        JsonWriter details;
        details.setList(u"targets", draft.shippingTargets, encodeShippingTarget);
        w.set(u"shippingDetails", details.take());
    }
    return w.take();
}

QJsonObject encodeCartDraft(const CartDraft &draft)
{
    JsonWriter w;
    w.set(u"currency", draft.currency);
    w.setOptional(u"key", draft.key);
    w.setOptional(u"customerId", draft.customerId);
    w.setOptional(u"anonymousId", draft.anonymousId);
    w.setOptional(u"customerEmail", draft.customerEmail);
    w.setOptional(u"businessUnit", draft.businessUnit, encodeResourceIdentifier);
    w.setOptional(u"store", draft.store, encodeResourceIdentifier);
    if (!draft.lineItems.isEmpty())
        w.setList(u"lineItems", draft.lineItems, encodeLineItemDraft);
    w.setOptional(u"taxMode", draft.taxMode, [](core::TaxMode mode) { return core::toWireString(mode); });
    w.setOptional(u"inventoryMode", draft.inventoryMode,
                  [](core::InventoryMode mode) { return core::toWireString(mode); });
    w.setOptional(u"shippingAddress", draft.shippingAddress, encodeAddress);
    w.setOptional(u"billingAddress", draft.billingAddress, encodeAddress);
    w.setOptional(u"shippingMethod", draft.shippingMethod, encodeResourceIdentifier);
    w.setOptional(u"country", draft.country);
    w.setOptional(u"locale", draft.locale);
    w.setOptional(u"purchaseOrderNumber", draft.purchaseOrderNumber);
    w.setOptional(u"deleteDaysAfterLastModification", draft.deleteDaysAfterLastModification);
    return w.take();
}

QJsonObject encodeTransactionDraft(const TransactionDraft &draft)
{
    JsonWriter w;
    w.setOptional(u"timestamp", draft.timestamp);
    w.set(u"type", core::toWireString(draft.type));
    w.set(u"amount", encodeMoneyDraft(draft.amount));
    w.setOptional(u"interactionId", draft.interactionId);
    w.setOptional(u"state", draft.state,
                  [](core::TransactionState state) { return core::toWireString(state); });
    return w.take();
}

QJsonObject encodeCustomFieldsDraft(const CustomFieldsDraft &custom)
{
    return QJsonObject{{u"type"_s, encodeResourceIdentifier(custom.type)}, {u"fields"_s, custom.fields}};
}

QJsonObject encodePaymentDraft(const PaymentDraft &draft)
{
    JsonWriter w;
    w.setOptional(u"key", draft.key);
    w.setOptional(u"customer", draft.customer, encodeReference);
    w.setOptional(u"anonymousId", draft.anonymousId);
    w.setOptional(u"interfaceId", draft.interfaceId);
    w.set(u"amountPlanned", encodeMoneyDraft(draft.amountPlanned));
    if (const QJsonObject info = encodePaymentMethodInfo(draft); !info.isEmpty())
        w.set(u"paymentMethodInfo", info);
    if (!draft.transactions.isEmpty())
        w.setList(u"transactions", draft.transactions, encodeTransactionDraft);
    w.setOptional(u"custom", draft.custom, encodeCustomFieldsDraft);
    return w.take();
}

QJsonObject encodeMyPaymentDraft(const PaymentDraft &draft)
{
    JsonWriter w;
    w.set(u"amountPlanned", encodeMoneyDraft(draft.amountPlanned));
    if (const QJsonObject info = encodePaymentMethodInfo(draft); !info.isEmpty())
        w.set(u"paymentMethodInfo", info);
    if (!draft.transactions.isEmpty()) {
        // MyTransactionDraft (api.yaml) has no `state`: a buyer cannot declare a payment successful; the
        // platform (or the trusted side) decides from the PSP's interaction.
        QJsonObject transaction = encodeTransactionDraft(draft.transactions.first());
        transaction.remove(u"state"_s);
        w.set(u"transaction", transaction);
    }
    w.setOptional(u"custom", draft.custom, encodeCustomFieldsDraft);
    return w.take();
}

QJsonObject encodeOrderFromCartDraft(const OrderFromCartDraft &draft)
{
    JsonWriter w;
    w.set(u"cart", QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, draft.cartId}});
    w.set(u"version", draft.cartVersion);
    if (!draft.orderNumber.isEmpty())
        w.set(u"orderNumber", draft.orderNumber);
    w.setOptional(u"purchaseOrderNumber", draft.purchaseOrderNumber);
    return w.take();
}

QJsonObject encodeMyOrderFromCartDraft(const OrderFromCartDraft &draft)
{
    return QJsonObject{{u"id"_s, draft.cartId}, {u"version"_s, draft.cartVersion}};
}

QJsonObject encodeCustomerDraft(const CustomerDraft &draft)
{
    JsonWriter w;
    w.set(u"email", draft.email);
    w.set(u"password", draft.password);
    w.setOptional(u"firstName", draft.firstName);
    w.setOptional(u"lastName", draft.lastName);
    return w.take();
}

QJsonObject encodeCustomerSignin(const CustomerSignin &signin)
{
    return QJsonObject{{u"email"_s, signin.email}, {u"password"_s, signin.password}};
}

} // namespace commercedesk::api::json
