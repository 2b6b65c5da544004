// SPDX-License-Identifier: MIT
#include "api/CatalogSearchClient.h"

#include "api/ClientSupport.h"
#include "api/JsonBody.h"
#include "api/Transport.h"
#include "api/json/CatalogJson.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

CatalogSearchClient::CatalogSearchClient(Transport *transport)
    : m_transport(transport)
{}

Job<core::CatalogPage> *CatalogSearchClient::search(const ProductSearchQuery &query)
{
    return m_transport->send<core::CatalogPage>(
        HttpRequest::get(viaOrchestrator(m_transport) ? u"/v1/products/search"_s
                                                      : u"/product-projections/search"_s,
                         query.toUrlQuery()),
        [](const HttpResponse &response) {
            return decodeBody<core::CatalogPage>(response, &json::decodeCatalogPage);
        });
}

Job<QList<core::CatalogCategory>> *CatalogSearchClient::categories()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    return m_transport->send<QList<core::CatalogCategory>>(
        HttpRequest::get(viaOrchestrator(m_transport) ? u"/v1/categories"_s : u"/categories"_s, query),
        [](const HttpResponse &response) {
            return decodeBody<QList<core::CatalogCategory>>(response, &json::decodeCategories);
        });
}

Job<QList<core::Attribute>> *CatalogSearchClient::enumDefinitions()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    return m_transport->send<QList<core::Attribute>>(
        HttpRequest::get(viaOrchestrator(m_transport) ? u"/v1/product-types"_s : u"/product-types"_s, query),
        [](const HttpResponse &response) {
            return decodeBody<QList<core::Attribute>>(response, &json::decodeEnumDefinitions);
        });
}

} // namespace commercedesk::api
