// SPDX-License-Identifier: MIT
#include "api/ShippingMethodClient.h"

#include "api/ApiScope.h"
#include "api/ClientSupport.h"
#include "api/json/ShippingJson.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

ShippingMethodClient::ShippingMethodClient(Transport *transport)
    : m_transport(transport)
{}

Job<core::PagedResult<core::ShippingMethod>> *ShippingMethodClient::matchingCart(const QString &cartId)
{
    QUrlQuery query;
    query.addQueryItem(u"cartId"_s, QString::fromLatin1(QUrl::toPercentEncoding(cartId)));
    return sendDecoded<core::PagedResult<core::ShippingMethod>>(
        m_transport, HttpRequest::get(u"/shipping-methods/matching-cart"_s, query),
        &json::decodeShippingMethodPage);
}

Job<core::ShippingMethod> *ShippingMethodClient::byId(const QString &id)
{
    return sendDecoded<core::ShippingMethod>(
        m_transport, HttpRequest::get(u"/shipping-methods/"_s + ApiScope::segment(id)),
        &json::decodeShippingMethod);
}

Job<core::PagedResult<core::ShippingMethod>> *ShippingMethodClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::ShippingMethod>>(
        m_transport, HttpRequest::get(u"/shipping-methods"_s, query.toUrlQuery()),
        &json::decodeShippingMethodPage);
}

} // namespace commercedesk::api
