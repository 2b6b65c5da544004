// SPDX-License-Identifier: MIT
#include "api/ProductProjectionClient.h"

#include "api/ClientSupport.h"
#include "api/JsonBody.h"
#include "api/Transport.h"
#include "api/json/ProductJson.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

using ProductPage = core::PagedResult<core::ProductProjection>;

QUrlQuery priceSelectionOnly(const ProductSearchQuery &selection)
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"priceCurrency"_s, selection.priceCurrency);
    add(u"priceCountry"_s, selection.priceCountry);
    add(u"priceCustomerGroup"_s, selection.priceCustomerGroup);
    add(u"priceChannel"_s, selection.priceChannel);
    if (selection.staged)
        add(u"staged"_s, u"true"_s);
    return query;
}

Job<core::ProductProjection> *fetchOne(Transport *transport, const QString &path,
                                       const ProductSearchQuery &selection)
{
    return transport->send<core::ProductProjection>(
        HttpRequest::get(path, priceSelectionOnly(selection)), [](const HttpResponse &response) {
            return decodeBody<core::ProductProjection>(response, &json::decodeProductProjection);
        });
}

} // namespace

ProductProjectionClient::ProductProjectionClient(Transport *transport)
    : m_transport(transport)
{}

Job<ProductPage> *ProductProjectionClient::search(const ProductSearchQuery &query)
{
    return m_transport->send<ProductPage>(
        HttpRequest::get(viaOrchestrator(m_transport) ? u"/v1/products/search"_s
                                                      : u"/product-projections/search"_s,
                         query.toUrlQuery()),
        [](const HttpResponse &response) {
            return decodeBody<ProductPage>(response, &json::decodeProductProjectionPage);
        });
}

Job<core::ProductProjection> *ProductProjectionClient::byId(const QString &id,
                                                            const ProductSearchQuery &priceSelection)
{
    return fetchOne(m_transport,
                    (viaOrchestrator(m_transport) ? u"/v1/products/"_s : u"/product-projections/"_s) + id,
                    priceSelection);
}

Job<core::ProductProjection> *ProductProjectionClient::byKey(const QString &key,
                                                             const ProductSearchQuery &priceSelection)
{
    if (viaOrchestrator(m_transport))
        return failedJob<core::ProductProjection>(u"The orchestrator looks products up by id only."_s);
    return fetchOne(m_transport, u"/product-projections/key="_s + key, priceSelection);
}

} // namespace commercedesk::api
