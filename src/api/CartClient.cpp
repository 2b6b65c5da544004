// SPDX-License-Identifier: MIT
#include "api/CartClient.h"

#include "api/ClientSupport.h"
#include "api/ResourceUpdate.h"
#include "api/json/CartJson.h"
#include "api/json/DraftJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

CartClient::CartClient(Transport *transport, ApiScope scope)
    : m_transport(transport)
    , m_scope(std::move(scope))
{}

QString CartClient::cartPath(const QString &id) const
{
    return m_scope.collection(u"carts"_s) + u'/' + ApiScope::segment(id);
}

Job<core::Cart> *CartClient::create(const CartDraft &draft)
{
    return sendDecoded<core::Cart>(
        m_transport,
        HttpRequest::post(m_scope.collection(u"carts"_s), jsonBytes(json::encodeCartDraft(draft))),
        &json::decodeCart);
}

Job<core::Cart> *CartClient::byId(const QString &id)
{
    return sendDecoded<core::Cart>(m_transport, HttpRequest::get(cartPath(id)), &json::decodeCart);
}

Job<core::Cart> *CartClient::activeCart()
{
    return sendDecoded<core::Cart>(m_transport, HttpRequest::get(u"/me/active-cart"_s), &json::decodeCart);
}

Job<core::PagedResult<core::Cart>> *CartClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Cart>>(
        m_transport, HttpRequest::get(m_scope.collection(u"carts"_s), query.toUrlQuery()),
        &json::decodeCartPage);
}

Job<core::Cart> *CartClient::update(const QString &id, qint64 version, const QList<CartUpdateAction> &actions)
{
    return updateResource<core::Cart>(m_transport, cartPath(id), version, actions, &json::decodeCart);
}

Job<core::Cart> *CartClient::remove(const QString &id, qint64 version)
{
    return sendDecoded<core::Cart>(m_transport, deleteRequest(cartPath(id), version), &json::decodeCart);
}

} // namespace commercedesk::api
