// SPDX-License-Identifier: MIT
#pragma once

#include "api/CartDraft.h"
#include "api/CustomerDraft.h"
#include "api/CustomerSignin.h"
#include "api/ExternalTaxRateDraft.h"
#include "api/LineItemDraft.h"
#include "api/OrderFromCartDraft.h"
#include "api/PaymentDraft.h"

#include <QJsonObject>

// Request (draft) shapes the client sends. Unset optionals are omitted; money is the draft shape
// {currencyCode, centAmount}. Naming: encodeX(const X &) as in CommonJson.h.
namespace commercedesk::api::json {

QJsonObject encodeExternalTaxRateDraft(const ExternalTaxRateDraft &rate);
/// The LineItemDraft fields, also used by the addLineItem action (which adds "action").
QJsonObject encodeLineItemDraft(const LineItemDraft &draft);
QJsonObject encodeCartDraft(const CartDraft &draft);

QJsonObject encodeTransactionDraft(const TransactionDraft &draft);
/// CustomFieldsDraft {type: ResourceIdentifier, fields}.
QJsonObject encodeCustomFieldsDraft(const CustomFieldsDraft &custom);
/// PaymentDraft for `/payments`.
QJsonObject encodePaymentDraft(const PaymentDraft &draft);
/// MyPaymentDraft for `/me/payments`: amountPlanned, paymentMethodInfo and the first transaction only.
QJsonObject encodeMyPaymentDraft(const PaymentDraft &draft);

/// OrderFromCartDraft {cart:{typeId,id}, version, orderNumber?, purchaseOrderNumber?} for `/orders`.
QJsonObject encodeOrderFromCartDraft(const OrderFromCartDraft &draft);
/// MyOrderFromCartDraft {id, version} for `/me/orders` and as-associate orders.
QJsonObject encodeMyOrderFromCartDraft(const OrderFromCartDraft &draft);

/// MyCustomerDraft for `/me/signup`.
QJsonObject encodeCustomerDraft(const CustomerDraft &draft);
/// MyCustomerSignin for `/me/login`.
QJsonObject encodeCustomerSignin(const CustomerSignin &signin);

} // namespace commercedesk::api::json
