// SPDX-License-Identifier: MIT
#include "api/OrderSearch.h"

#include "api/ClientSupport.h"
#include "api/json/JsonError.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

const QStringList TextFields{u"orderNumber"_s,
                             u"purchaseOrderNumber"_s,
                             u"customerEmail"_s,
                             u"shippingAddress.firstName"_s,
                             u"shippingAddress.lastName"_s,
                             u"shippingAddress.company"_s,
                             u"billingAddress.firstName"_s,
                             u"billingAddress.lastName"_s,
                             u"lineItems.variant.sku"_s};

std::optional<OrderSearchPage> decodePage(const QJsonValue &value, json::JsonError *error)
{
    const auto fail = [error](const QString &path, const QString &message) -> std::optional<OrderSearchPage> {
        if (error)
            *error = json::JsonError{path, message};
        return std::nullopt;
    };
    if (!value.isObject())
        return fail({}, u"expected object"_s);
    const QJsonObject object = value.toObject();
    if (!object.value(u"total"_s).isDouble())
        return fail(u"total"_s, u"expected integer"_s);
    if (!object.value(u"hits"_s).isArray())
        return fail(u"hits"_s, u"expected array"_s);
    OrderSearchPage page;
    page.total = object.value(u"total"_s).toInteger();
    page.offset = int(object.value(u"offset"_s).toInteger());
    page.limit = int(object.value(u"limit"_s).toInteger());
    const QJsonArray hits = object.value(u"hits"_s).toArray();
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const QJsonObject hit = hits.at(i).toObject();
        if (!hit.value(u"id"_s).isString() || !hit.value(u"version"_s).isDouble())
            return fail(u"hits[%1]"_s.arg(i), u"expected a hit with id and version"_s);
        page.ids.append(hit.value(u"id"_s).toString());
        page.versions.append(hit.value(u"version"_s).toInteger());
    }
    return page;
}

} // namespace

OrderSearchRequest OrderSearchRequest::containing(const QString &text)
{
    OrderSearchRequest request;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'*', u'?');
        const QString pattern = u'*' + word + u'*';
        QJsonArray anyField;
        for (const QString &field : TextFields) {
            anyField.append(QJsonObject{
                {u"wildcard"_s,
                 QJsonObject{{u"field"_s, field}, {u"value"_s, pattern}, {u"caseInsensitive"_s, true}}}});
        }
        request.m_and.append(QJsonObject{{u"or"_s, anyField}});
    }
    return request;
}

OrderSearchRequest &OrderSearchRequest::exact(const QString &field, const QString &value)
{
    m_and.append(QJsonObject{{u"exact"_s, QJsonObject{{u"field"_s, field}, {u"value"_s, value}}}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::anyOf(const QString &field, const QStringList &values)
{
    if (values.size() == 1)
        return exact(field, values.first());
    if (values.isEmpty())
        return *this;
    QJsonArray any;
    for (const QString &value : values)
        any.append(QJsonObject{{u"exact"_s, QJsonObject{{u"field"_s, field}, {u"value"_s, value}}}});
    m_and.append(QJsonObject{{u"or"_s, any}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::dateRange(const QString &field, const QString &from,
                                                  const QString &to)
{
    QJsonObject range{{u"field"_s, field}};
    if (!from.isEmpty())
        range.insert(u"gte"_s, from);
    if (!to.isEmpty())
        range.insert(u"lt"_s, to);
    if (range.size() > 1)
        m_and.append(QJsonObject{{u"range"_s, range}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::numberRange(const QString &field, std::optional<qint64> min,
                                                    std::optional<qint64> max)
{
    QJsonObject range{{u"field"_s, field}};
    if (min)
        range.insert(u"gte"_s, *min);
    if (max)
        range.insert(u"lte"_s, *max);
    if (range.size() > 1)
        m_and.append(QJsonObject{{u"range"_s, range}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::exists(const QString &field, bool present)
{
    const QJsonObject test{{u"exists"_s, QJsonObject{{u"field"_s, field}}}};
    m_and.append(present ? test : QJsonObject{{u"not"_s, QJsonArray{test}}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::sortBy(const QString &field, bool ascending)
{
    m_sort.append(QJsonObject{{u"field"_s, field}, {u"order"_s, ascending ? u"asc"_s : u"desc"_s}});
    return *this;
}

OrderSearchRequest &OrderSearchRequest::page(int limit, int offset)
{
    m_limit = limit;
    m_offset = offset;
    return *this;
}

QJsonObject OrderSearchRequest::toJson() const
{
    // An empty AND would be refused: "every order" is an exists on a field every order has.
    const QJsonObject everything{{u"exists"_s, QJsonObject{{u"field"_s, u"createdAt"_s}}}};
    QJsonObject request{{u"query"_s, m_and.isEmpty()     ? everything
                                     : m_and.size() == 1 ? m_and.first().toObject()
                                                         : QJsonObject{{u"and"_s, m_and}}},
                        {u"limit"_s, m_limit},
                        {u"offset"_s, m_offset}};
    if (!m_sort.isEmpty())
        request.insert(u"sort"_s, m_sort);
    return request;
}

OrderSearchClient::OrderSearchClient(Transport *transport)
    : m_transport(transport)
{}

Job<OrderSearchPage> *OrderSearchClient::search(const OrderSearchRequest &request)
{
    // A search changes nothing, so a retry after a network error or 502/503/504 is safe.
    return sendDecoded<OrderSearchPage>(
        m_transport, HttpRequest::post(u"/orders/search"_s, jsonBytes(request.toJson()), true), &decodePage);
}

} // namespace commercedesk::api
