// SPDX-License-Identifier: MIT
#include "sandbox/outside/TaxService.h"

#include "sandbox/outside/ServiceServer.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcTax, "commercedesk.sandbox.tax", QtInfoMsg)

HttpResponse unsupported(const QString &country, const QString &state)
{
    const QString place = state.isEmpty() ? country : country % u'-' % state;
    return ServiceServer::error(400, u"InvalidInput"_s,
                                u"The tax service has no rates for the ship-to '%1'."_s.arg(place));
}

} // namespace

TaxService::TaxService(TaxServiceConfig config, std::shared_ptr<FaultInjector> faults, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_server(new ServiceServer(u"tax"_s, std::move(faults), this))
{
    m_server->route(
        HttpMethod::Post, u"/extension"_s, [this](RequestContext &ctx) { return extension(ctx); }, true);
    m_server->route(
        HttpMethod::Post, u"/v1/quote"_s, [this](RequestContext &ctx) { return quote(ctx); }, true);
    m_server->route(
        HttpMethod::Post, u"/v1/buyers"_s, [this](RequestContext &ctx) { return registerBuyer(ctx); }, true);
}

bool TaxService::start(const QHostAddress &address, quint16 port, QString *error)
{
    return m_server->listen(address, port, error);
}

QUrl TaxService::url() const
{
    return m_server->url();
}

QString TaxService::categoryOf(const QJsonObject &lineItem) const
{
    const QJsonObject variant = lineItem.value(u"variant"_s).toObject();
    for (const QJsonValue &attribute : variant.value(u"attributes"_s).toArray()) {
        const QString name = attribute.toObject().value(u"name"_s).toString();
        if (name == u"tax-category" || name == u"taxCategory") {
            const QJsonValue value = attribute.toObject().value(u"value"_s);
            return value.isObject() ? value.toObject().value(u"key"_s).toString() : value.toString();
        }
    }
    const QString productKey = lineItem.value(u"productKey"_s).toString();
    if (!productKey.isEmpty() && m_config.productTaxCategories.contains(productKey))
        return m_config.productTaxCategories.value(productKey);
    return m_config.productTaxCategories.value(variant.value(u"sku"_s).toString(), u"standard"_s);
}

std::optional<TaxRules::Rate> TaxService::lineRate(const QString &country, const QString &state,
                                                   const QString &category, bool reverseCharge) const
{
    if (!TaxRules::isSupported(country, state))
        return std::nullopt;
    if (reverseCharge)
        return TaxRules::reverseCharge(country);
    return TaxRules::goods(country, state, TaxRules::isKnownCategory(category) ? category : u"standard"_s);
}

HttpResponse TaxService::extension(const RequestContext &ctx) const
{
    const QJsonObject resource = ctx.json.object().value(u"resource"_s).toObject();
    const QJsonObject cart = resource.value(u"obj"_s).toObject();
    const QJsonObject address = cart.value(u"shippingAddress"_s).toObject();
    if (resource.value(u"typeId"_s).toString() != u"cart" ||
        cart.value(u"taxMode"_s).toString() != u"External" ||
        address.value(u"country"_s).toString().isEmpty()) {
        return HttpResponse::json(QJsonObject{{u"actions"_s, QJsonArray()}});
    }
    const QString country = address.value(u"country"_s).toString().toUpper();
    const QString state = country == u"US" ? address.value(u"state"_s).toString().toUpper() : QString();
    if (!TaxRules::isSupported(country, state))
        return unsupported(country, state);
    const QString buKey = cart.value(u"businessUnit"_s).toObject().value(u"key"_s).toString();
    const bool reverse =
        TaxRules::isReverseCharge(country, m_config.sellerCountry, m_config.businessUnitVatIds.value(buKey));
    const bool gross = TaxRules::pricesIncludeTax(country, !buKey.isEmpty());
    QJsonArray actions;
    for (const QJsonValue &v : cart.value(u"lineItems"_s).toArray()) {
        const QJsonObject line = v.toObject();
        const auto rate = lineRate(country, state, categoryOf(line), reverse);
        actions.append(QJsonObject{{u"action"_s, u"setLineItemTaxRate"_s},
                                   {u"lineItemId"_s, line.value(u"id"_s)},
                                   {u"externalTaxRate"_s, rate->toExternalTaxRate(gross)}});
    }
    for (const QJsonValue &v : cart.value(u"customLineItems"_s).toArray()) {
        const auto rate = lineRate(country, state, u"standard"_s, reverse);
        actions.append(QJsonObject{{u"action"_s, u"setCustomLineItemTaxRate"_s},
                                   {u"customLineItemId"_s, v.toObject().value(u"id"_s)},
                                   {u"externalTaxRate"_s, rate->toExternalTaxRate(gross)}});
    }
    if (cart.value(u"shippingInfo"_s).isObject()) {
        const auto rate =
            reverse ? std::optional(TaxRules::reverseCharge(country)) : TaxRules::shipping(country, state);
        actions.append(QJsonObject{{u"action"_s, u"setShippingMethodTaxRate"_s},
                                   {u"externalTaxRate"_s, rate->toExternalTaxRate(gross)}});
    }
    qCDebug(lcTax).noquote() << "cart" << resource.value(u"id"_s).toString() << country << state
                             << (reverse ? "reverse charge" : "") << actions.size() << "actions";
    return HttpResponse::json(QJsonObject{{u"actions"_s, actions}});
}

HttpResponse TaxService::quote(const RequestContext &ctx) const
{
    const QJsonObject body = ctx.json.object();
    const QJsonObject shipTo = body.value(u"shipTo"_s).toObject();
    const QString country = shipTo.value(u"country"_s).toString().toUpper();
    const QString state = country == u"US" ? shipTo.value(u"state"_s).toString().toUpper() : QString();
    if (country.isEmpty()) {
        return ServiceServer::error(400, u"missing_field"_s, u"shipTo.country is required."_s,
                                    QJsonObject{{u"field"_s, u"shipTo.country"_s}});
    }
    if (!TaxRules::isSupported(country, state))
        return unsupported(country, state);
    const QJsonObject buyer = body.value(u"buyer"_s).toObject();
    const QString vatId =
        buyer.contains(u"vatId"_s)
            ? buyer.value(u"vatId"_s).toString()
            : m_config.businessUnitVatIds.value(buyer.value(u"businessUnitKey"_s).toString());
    const bool reverse = TaxRules::isReverseCharge(country, m_config.sellerCountry, vatId);
    const bool gross = TaxRules::pricesIncludeTax(
        country, !vatId.isEmpty() || !buyer.value(u"businessUnitKey"_s).toString().isEmpty());
    QJsonArray lines;
    for (const QJsonValue &v : body.value(u"lines"_s).toArray()) {
        const QJsonObject line = v.toObject();
        QString category = line.value(u"taxCategory"_s).toString();
        if (category.isEmpty()) {
            category = categoryOf(QJsonObject{{u"productKey"_s, line.value(u"productKey"_s)},
                                              {u"variant"_s, QJsonObject{{u"sku"_s, line.value(u"sku"_s)}}}});
        }
        if (!TaxRules::isKnownCategory(category)) {
            return ServiceServer::error(
                400, u"invalid_category"_s,
                u"Unknown tax category '%1' (standard, reduced, zero)."_s.arg(category),
                QJsonObject{{u"field"_s, u"lines.taxCategory"_s}});
        }
        const auto rate = lineRate(country, state, category, reverse);
        lines.append(QJsonObject{{u"id"_s, line.value(u"id"_s)},
                                 {u"taxCategory"_s, category},
                                 {u"rate"_s, rate->toExternalTaxRate(gross)}});
    }
    const auto shipping =
        reverse ? std::optional(TaxRules::reverseCharge(country)) : TaxRules::shipping(country, state);
    const bool shippingTaxed = shipping->basisPoints > 0;
    return HttpResponse::json(QJsonObject{{u"lines"_s, lines},
                                          {u"shipping"_s, shipping->toExternalTaxRate(gross)},
                                          {u"shippingTaxed"_s, shippingTaxed},
                                          {u"reverseCharge"_s, reverse}});
}

HttpResponse TaxService::registerBuyer(const RequestContext &ctx)
{
    const QJsonObject body = ctx.json.object();
    const QString key = body.value(u"businessUnitKey"_s).toString();
    const QString vatId = body.value(u"vatId"_s).toString().remove(u' ').toUpper();
    if (key.isEmpty() || vatId.size() < 4) {
        return ServiceServer::error(
            400, u"missing_field"_s, u"businessUnitKey and vatId are required."_s,
            QJsonObject{{u"field"_s, key.isEmpty() ? u"businessUnitKey"_s : u"vatId"_s}});
    }
    m_config.businessUnitVatIds.insert(key, vatId);
    return HttpResponse::json(QJsonObject{{u"businessUnitKey"_s, key}, {u"vatId"_s, vatId}}, 201);
}

} // namespace commercedesk::sandbox
