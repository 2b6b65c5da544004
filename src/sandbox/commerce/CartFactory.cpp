// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartFactory.h"

#include "sandbox/commerce/CartAccess.h"
#include "sandbox/commerce/CartTaxActions.h"
#include "sandbox/commerce/CartUpdater.h"
#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct EnumField
{
    QString field;
    QStringList allowed;
    QString fallback;
};

const QList<EnumField> &enumFields()
{
    static const QList<EnumField> fields{
        {u"taxMode"_s, {u"Platform"_s, u"External"_s, u"ExternalAmount"_s, u"Disabled"_s}, u"Platform"_s},
        {u"taxRoundingMode"_s, {u"HalfEven"_s, u"HalfUp"_s, u"HalfDown"_s}, u"HalfEven"_s},
        {u"priceRoundingMode"_s, {u"HalfEven"_s, u"HalfUp"_s, u"HalfDown"_s}, u"HalfEven"_s},
        {u"taxCalculationMode"_s, {u"LineItemLevel"_s, u"UnitPriceLevel"_s}, u"LineItemLevel"_s},
        {u"inventoryMode"_s, {u"None"_s, u"TrackOnly"_s, u"ReserveOnOrder"_s}, u"None"_s},
        {u"shippingMode"_s, {u"Single"_s, u"Multiple"_s}, u"Single"_s},
        {u"origin"_s, {u"Customer"_s, u"Merchant"_s, u"Quote"_s}, u"Customer"_s}};
    return fields;
}

} // namespace

CartFactory::CartFactory(const CartActionContext &context)
    : m_ctx(context)
{}

bool CartFactory::readScalars(const QJsonObject &draft, CartDocument &cart, HttpResponse *error) const
{
    for (const EnumField &e : enumFields()) {
        const QStringList allowed =
            e.field == u"taxMode"_s ? CartTaxActions::taxModes(m_ctx.surface) : e.allowed;
        if (!CommerceErrors::checkEnum(draft, e.field, allowed, error))
            return false;
        cart.setDraftField(e.field, draft.value(e.field).toString(e.fallback));
    }
    for (const QString &field : {u"key"_s, u"customerEmail"_s, u"country"_s, u"locale"_s,
                                 u"purchaseOrderNumber"_s, u"anonymousId"_s}) {
        if (!draft.contains(field))
            continue;
        if (!draft.value(field).isString() || draft.value(field).toString().isEmpty()) {
            *error = CommerceErrors::invalidField(field, draft.value(field));
            return false;
        }
        cart.setDraftField(field, draft.value(field));
    }
    static const QRegularExpression country(u"^[A-Z]{2}$"_s);
    if (draft.contains(u"country"_s) && !country.match(cart.country()).hasMatch()) {
        *error = CommerceErrors::invalidField(u"country"_s, draft.value(u"country"_s));
        return false;
    }
    if (draft.contains(u"key"_s) &&
        m_ctx.database.scalar(u"SELECT 1 FROM carts WHERE key = ?"_s, {draft.value(u"key"_s).toString()})
            .isValid()) {
        *error = CommerceErrors::duplicateField(u"key"_s, draft.value(u"key"_s));
        return false;
    }
    if (draft.contains(u"deleteDaysAfterLastModification"_s)) {
        const qint64 days = draft.value(u"deleteDaysAfterLastModification"_s).toInteger(0);
        if (days < 1) {
            *error = CommerceErrors::invalidField(u"deleteDaysAfterLastModification"_s,
                                                  draft.value(u"deleteDaysAfterLastModification"_s));
            return false;
        }
        cart.setDraftField(u"deleteDaysAfterLastModification"_s, days);
    }
    return true;
}

bool CartFactory::readReferences(const QJsonObject &draft, CartDocument &cart, HttpResponse *error) const
{
    Database &db = m_ctx.database;
    if (draft.contains(u"customerId"_s) && m_ctx.surface == CartSurface::Admin) {
        const QString id = draft.value(u"customerId"_s).toString();
        const auto customer = ResourceTable(db, u"customers"_s).byId(id);
        if (!customer) {
            *error = CommerceErrors::referencedNotFound(u"customer"_s, id, false);
            return false;
        }
        cart.setCustomerId(id);
        if (customer->contains(u"customerGroup"_s))
            cart.setCustomerGroup(customer->value(u"customerGroup"_s));
    }
    if (draft.contains(u"customerGroup"_s) && m_ctx.surface == CartSurface::Admin) {
        const auto group = DraftValues::resolve(db, draft.value(u"customerGroup"_s), u"customer_groups"_s,
                                                u"customer-group"_s, u"customerGroup"_s, error);
        if (!group)
            return false;
        cart.setCustomerGroup(JsonValues::reference(u"customer-group"_s, group->value(u"id"_s).toString()));
    }
    if (draft.contains(u"businessUnit"_s)) {
        const auto unit = DraftValues::resolve(db, draft.value(u"businessUnit"_s), u"business_units"_s,
                                               u"business-unit"_s, u"businessUnit"_s, error);
        if (!unit)
            return false;
        cart.setBusinessUnitKey(unit->value(u"key"_s).toString());
    }
    if (draft.contains(u"store"_s)) {
        const auto store =
            DraftValues::resolve(db, draft.value(u"store"_s), u"stores"_s, u"store"_s, u"store"_s, error);
        if (!store)
            return false;
        cart.setStoreKey(store->value(u"key"_s).toString());
    }
    return true;
}

std::optional<CartDocument> CartFactory::create(const QJsonObject &draft, const CartAccess &access,
                                                HttpResponse *error) const
{
    static const QRegularExpression currencyPattern(u"^[A-Z]{3}$"_s);
    if (!draft.contains(u"currency"_s)) {
        *error = CommerceErrors::requiredField(u"currency"_s);
        return std::nullopt;
    }
    const QString currency = draft.value(u"currency"_s).toString();
    if (!currencyPattern.match(currency).hasMatch()) {
        *error = CommerceErrors::invalidField(u"currency"_s, draft.value(u"currency"_s));
        return std::nullopt;
    }
    CartDocument cart = CartDocument::create(JsonValues::randomId(), currency, m_ctx.now);
    if (!readScalars(draft, cart, error) || !readReferences(draft, cart, error))
        return std::nullopt;
    if (m_ctx.surface != CartSurface::Admin)
        cart.setAnonymousId(QString());
    access.stampOwner(cart);
    if (m_ctx.surface == CartSurface::Me) {
        if (auto refused = CartAccess::checkUnitForBuyer(m_ctx.database, cart)) {
            *error = *refused;
            return std::nullopt;
        }
    }
    // As on the platform, a cart of a customer who is in a customer group gets that group (its prices), also
    // when an associate creates it for a business unit.
    if (m_ctx.surface != CartSurface::Admin && cart.hasCustomerId()) {
        const auto customer = ResourceTable(m_ctx.database, u"customers"_s).byId(cart.customerId());
        if (customer && customer->contains(u"customerGroup"_s) && !cart.hasCustomerGroup())
            cart.setCustomerGroup(customer->value(u"customerGroup"_s));
    }
    QJsonArray actions;
    for (const QString &field : {u"shippingAddress"_s, u"billingAddress"_s}) {
        if (draft.contains(field))
            actions.append(
                QJsonObject{{u"action"_s, QString(u"set"_s % field.at(0).toUpper() % field.mid(1))},
                            {u"address"_s, draft.value(field)}});
    }
    for (const QJsonValue &line : draft.value(u"lineItems"_s).toArray()) {
        QJsonObject action = line.toObject();
        action.insert(u"action"_s, u"addLineItem"_s);
        actions.append(action);
    }
    if (draft.contains(u"shippingMethod"_s)) {
        QJsonObject action{{u"action"_s, u"setShippingMethod"_s},
                           {u"shippingMethod"_s, draft.value(u"shippingMethod"_s)}};
        if (draft.contains(u"externalTaxRateForShippingMethod"_s))
            action.insert(u"externalTaxRate"_s, draft.value(u"externalTaxRateForShippingMethod"_s));
        actions.append(action);
    }
    const CartUpdater updater(m_ctx);
    // Line items need prices before the shipping method's freeAbove is evaluated.
    if (auto failed = updater.apply(cart, actions)) {
        *error = *failed;
        return std::nullopt;
    }
    if (auto failed = updater.finish(cart)) {
        *error = *failed;
        return std::nullopt;
    }
    return cart;
}

} // namespace commercedesk::sandbox
