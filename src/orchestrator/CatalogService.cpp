// SPDX-License-Identifier: MIT
#include "orchestrator/CatalogService.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/ServiceSupport.h"
#include "orchestrator/Upstream.h"

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

bool forwarded(const QString &name)
{
    static const QStringList exact{u"fuzzy"_s,
                                   u"fuzzyLevel"_s,
                                   u"limit"_s,
                                   u"offset"_s,
                                   u"sort"_s,
                                   u"filter"_s,
                                   u"filter.query"_s,
                                   u"filter.facets"_s,
                                   u"facet"_s,
                                   u"markMatchingVariants"_s,
                                   u"priceCurrency"_s,
                                   u"priceCountry"_s,
                                   u"priceCustomerGroup"_s,
                                   u"priceChannel"_s,
                                   u"localeProjection"_s,
                                   u"withTotal"_s};
    return exact.contains(name) || name.startsWith(u"text."_s);
}

} // namespace

CatalogService::CatalogService(ServiceContext context)
    : m_context(std::move(context))
{}

void CatalogService::registerRoutes(RouteTable &routes)
{
    using A = RouteTable::Access;
    routes.add("GET", u"/v1/products/search"_s, A::Session, false, [this](Exchange *e) { search(e); });
    routes.add("GET", u"/v1/categories"_s, A::Session, false,
               [this](Exchange *e) { pagedList(e, u"/categories"_s); });
    routes.add("GET", u"/v1/product-types"_s, A::Session, false,
               [this](Exchange *e) { pagedList(e, u"/product-types"_s); });
    routes.add("GET", u"/v1/products/{id}"_s, A::Session, false, [this](Exchange *e) { product(e); });
}

void CatalogService::search(Exchange *exchange)
{
    QUrlQuery query;
    for (const auto &item : exchange->query().queryItems(QUrl::FullyDecoded)) {
        if (item.first == u"staged"_s && item.second == u"false"_s)
            continue; // what the orchestrator serves anyway
        if (!forwarded(item.first))
            return exchange->fail(
                OrchestratorError::invalidField(item.first, u"Unknown search parameter."_s));
        query.addQueryItem(item.first, item.second);
    }
    m_context.upstream->get(u"/product-projections/search"_s, query, exchange,
                            [exchange](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                exchange->answer(200, result.value());
                            });
}

void CatalogService::product(Exchange *exchange)
{
    const QString id = exchange->param(u"id"_s);
    if (!requireSegment(exchange, id, u"id"_s))
        return;
    QUrlQuery query;
    for (const auto &item : exchange->query().queryItems(QUrl::FullyDecoded)) {
        static const QStringList priceSelection{u"priceCurrency"_s, u"priceCountry"_s,
                                                u"priceCustomerGroup"_s, u"priceChannel"_s};
        if (item.first == u"staged"_s && item.second == u"false"_s)
            continue;
        if (!priceSelection.contains(item.first))
            return exchange->fail(
                OrchestratorError::invalidField(item.first, u"Only the price selection is accepted."_s));
        query.addQueryItem(item.first, item.second);
    }
    m_context.upstream->get(u"/product-projections/"_s % id, query, exchange,
                            [exchange](const api::Result<QJsonObject> &result) {
                                if (!result.ok())
                                    return exchange->fail(OrchestratorError::fromApi(result.error()));
                                exchange->answer(200, result.value());
                            });
}

void CatalogService::pagedList(Exchange *exchange, const QString &path)
{
    // Paging only: categories and product types are public to every buyer, but no free predicate reaches
    // commercetools.
    QUrlQuery query;
    for (const auto &item : exchange->query().queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        const int number = item.second.toInt(&ok);
        if (item.first == u"limit"_s && ok && number >= 1 && number <= 500)
            query.addQueryItem(item.first, item.second);
        else if (item.first == u"offset"_s && ok && number >= 0 && number <= 10000)
            query.addQueryItem(item.first, item.second);
        else if (item.first == u"withTotal"_s && (item.second == u"true"_s || item.second == u"false"_s))
            query.addQueryItem(item.first, item.second);
        else
            return exchange->fail(OrchestratorError::invalidField(
                item.first, u"Only 'limit' (1-500), 'offset' and 'withTotal' are accepted."_s));
    }
    m_context.upstream->get(path, query, exchange, [exchange](const api::Result<QJsonObject> &result) {
        if (!result.ok())
            return exchange->fail(OrchestratorError::fromApi(result.error()));
        exchange->answer(200, result.value());
    });
}

} // namespace commercedesk::orchestrator
