// SPDX-License-Identifier: MIT
#include "sandbox/commerce/LineItemFactory.h"

#include "sandbox/catalog/PriceSelector.h"
#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QJsonObject variantOf(const QJsonObject &current, qint64 variantId)
{
    const QJsonObject master = current.value(u"masterVariant"_s).toObject();
    if (master.value(u"id"_s).toInteger() == variantId)
        return master;
    for (const QJsonValue &v : current.value(u"variants"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toInteger() == variantId)
            return v.toObject();
    }
    return {};
}

} // namespace

LineItemFactory::LineItemFactory(Database &database, QDateTime now)
    : m_database(database)
    , m_now(std::move(now))
{}

std::optional<QJsonObject> LineItemFactory::productById(const QString &id) const
{
    return ResourceTable(m_database, u"products"_s).byId(id);
}

std::optional<QJsonObject> LineItemFactory::selectPrice(const QJsonObject &variant, const CartDocument &cart,
                                                        const QString &channelId, qint64 quantity) const
{
    PriceSelection selection;
    selection.currency = cart.currency();
    selection.country = cart.country();
    selection.customerGroupId = cart.customerGroupId();
    selection.channelId = channelId;
    selection.at = m_now;
    auto price = PriceSelector::select(variant.value(u"prices"_s).toArray(), selection);
    if (!price)
        return std::nullopt;
    qint64 bestMinimum = 0;
    for (const QJsonValue &t : price->value(u"tiers"_s).toArray()) {
        const QJsonObject tier = t.toObject();
        const qint64 minimum = tier.value(u"minimumQuantity"_s).toInteger();
        if (minimum <= quantity && minimum > bestMinimum) {
            bestMinimum = minimum;
            price->insert(u"value"_s, tier.value(u"value"_s));
        }
    }
    return price;
}

std::optional<LineItemEntry> LineItemFactory::create(const QJsonObject &draft, const CartDocument &cart,
                                                     HttpResponse *error) const
{
    const QJsonValue quantityValue = draft.value(u"quantity"_s);
    if (!quantityValue.isUndefined() && !MoneyLimits::isQuantity(quantityValue)) {
        *error = MoneyLimits::quantityError(u"quantity"_s, quantityValue);
        return std::nullopt;
    }
    const qint64 quantity = quantityValue.isUndefined() ? 1 : quantityValue.toInteger();
    QString productId = draft.value(u"productId"_s).toString();
    qint64 variantId = draft.value(u"variantId"_s).toInteger(1);
    const QString sku = draft.value(u"sku"_s).toString();
    if (!sku.isEmpty()) {
        const QVariant found = m_database.scalar(
            u"SELECT product_id || '/' || variant_id FROM product_skus WHERE sku = ?"_s, {sku});
        if (!found.isValid()) {
            *error = HttpResponse::error(400, u"InvalidOperation"_s,
                                         u"A product with the SKU '%1' was not found."_s.arg(sku),
                                         QJsonObject{{u"sku"_s, sku}});
            return std::nullopt;
        }
        productId = found.toString().section(u'/', 0, 0);
        variantId = found.toString().section(u'/', 1).toLongLong();
    } else if (productId.isEmpty()) {
        *error = HttpResponse::invalidInput(
            u"Either 'sku' or 'productId' (with 'variantId') must be given for a line item."_s);
        return std::nullopt;
    }
    const auto product = productById(productId);
    if (!product) {
        *error = CommerceErrors::referencedNotFound(u"product"_s, productId, false);
        return std::nullopt;
    }
    const QJsonObject masterData = product->value(u"masterData"_s).toObject();
    if (!masterData.value(u"published"_s).toBool()) {
        *error = CommerceErrors::invalidOperation(
            u"The product '%1' is not published and cannot be added to a cart."_s.arg(productId));
        return std::nullopt;
    }
    const QJsonObject variant = variantOf(masterData.value(u"current"_s).toObject(), variantId);
    if (variant.isEmpty()) {
        *error = CommerceErrors::invalidField(u"variantId"_s, draft.value(u"variantId"_s));
        return std::nullopt;
    }
    const QString currency = cart.currency();
    LineItemEntry item = LineItemEntry::create(JsonValues::randomId(), quantity,
                                               JsonValues::seededId(u"state"_s, u"Initial"_s), m_now);
    item.setProductData(*product, masterData.value(u"current"_s).toObject(), variant);
    if (draft.contains(u"key"_s))
        item.setKey(draft.value(u"key"_s).toString());
    for (const QString &channelField : {u"distributionChannel"_s, u"supplyChannel"_s}) {
        if (!draft.contains(channelField))
            continue;
        const auto channel = DraftValues::resolve(m_database, draft.value(channelField), u"channels"_s,
                                                  u"channel"_s, channelField, error);
        if (!channel)
            return std::nullopt;
        const QString channelId = channel->value(u"id"_s).toString();
        if (channelField == u"distributionChannel"_s)
            item.setDistributionChannel(channelId);
        else
            item.setSupplyChannel(channelId);
    }
    if (draft.contains(u"externalPrice"_s)) {
        const auto money = DraftValues::money(draft.value(u"externalPrice"_s), u"externalPrice"_s, error);
        if (!money)
            return std::nullopt;
        if (money->value(u"currencyCode"_s).toString() != currency) {
            *error = CommerceErrors::invalidField(u"externalPrice.currencyCode"_s,
                                                  money->value(u"currencyCode"_s), {currency});
            return std::nullopt;
        }
        item.setExternalPrice(JsonValues::randomId(), *money);
    } else {
        const auto price = selectPrice(variant, cart, item.distributionChannelId(), quantity);
        if (!price) {
            *error = HttpResponse::error(
                400, u"MatchingPriceNotFound"_s,
                u"The variant '%1' of product '%2' does not contain a price for currency '%3'."_s
                    .arg(variantId)
                    .arg(productId, currency),
                QJsonObject{
                    {u"productId"_s, productId}, {u"variantId"_s, variantId}, {u"currency"_s, currency}});
            return std::nullopt;
        }
        item.setPrice(*price);
    }
    if (draft.contains(u"externalTaxRate"_s)) {
        if (cart.taxMode() != u"External"_s) {
            *error = CommerceErrors::invalidOperation(
                u"An external tax rate can only be set on a cart with taxMode External."_s);
            return std::nullopt;
        }
        const auto rate =
            DraftValues::taxRate(draft.value(u"externalTaxRate"_s), u"externalTaxRate"_s, error);
        if (!rate)
            return std::nullopt;
        item.setTaxRate(*rate);
    }
    const auto total = item.computedTotal();
    if (!total) {
        *error = MoneyLimits::overflow(u"The line item's total price"_s);
        return std::nullopt;
    }
    item.setTotalPrice(JsonValues::money(currency, *total));
    return item;
}

bool LineItemFactory::reprice(LineItemEntry &item, const CartDocument &cart, bool refreshProductData) const
{
    if (!item.isPlatformPriced())
        return true;
    const auto product = productById(item.productId());
    if (!product)
        return false;
    const QJsonObject current = product->value(u"masterData"_s).toObject().value(u"current"_s).toObject();
    const QJsonObject variant = variantOf(current, item.variantId());
    if (variant.isEmpty())
        return false;
    const auto price = selectPrice(variant, cart, item.distributionChannelId(), item.quantity());
    if (!price)
        return false;
    item.setPrice(*price);
    if (refreshProductData)
        item.setProductData(*product, current, variant);
    return true;
}

} // namespace commercedesk::sandbox
