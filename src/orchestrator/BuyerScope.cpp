// SPDX-License-Identifier: MIT
#include "orchestrator/BuyerScope.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

/// `value` inside a double-quoted predicate string literal.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'"', u"\\\""_s);
    return value;
}

} // namespace

BuyerScope BuyerScope::consumer(const SessionClaims &session)
{
    BuyerScope scope;
    scope.m_customerId = session.customerId;
    scope.m_anonymousId = session.customerId.isEmpty() ? session.anonymousId : QString();
    return scope;
}

BuyerScope BuyerScope::associate(const SessionClaims &session, const QString &businessUnitKey)
{
    BuyerScope scope;
    scope.m_customerId = session.customerId;
    scope.m_businessUnitKey = businessUnitKey;
    return scope;
}

bool BuyerScope::isSafeSegment(const QString &value)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,255}$"_s);
    return safe.match(value).hasMatch();
}

QString BuyerScope::carts() const
{
    if (!isB2B())
        return u"/carts"_s;
    return u"/as-associate/"_s % m_customerId % u"/in-business-unit/key="_s % m_businessUnitKey % u"/carts"_s;
}

QString BuyerScope::cart(const QString &id) const
{
    return carts() % u'/' % id;
}

QString BuyerScope::orders() const
{
    if (!isB2B())
        return u"/orders"_s;
    return u"/as-associate/"_s % m_customerId % u"/in-business-unit/key="_s % m_businessUnitKey %
           u"/orders"_s;
}

QString BuyerScope::order(const QString &id) const
{
    return orders() % u'/' % id;
}

bool BuyerScope::owns(const QJsonObject &resource) const
{
    const QString unit = resource.value(u"businessUnit"_s).toObject().value(u"key"_s).toString();
    if (isB2B())
        return unit == m_businessUnitKey;
    if (!unit.isEmpty())
        return false; // a business unit's cart or order is reached only through the B2B endpoints
    if (!m_customerId.isEmpty())
        return resource.value(u"customerId"_s).toString() == m_customerId;
    return !resource.contains(u"customerId"_s) && !m_anonymousId.isEmpty() &&
           resource.value(u"anonymousId"_s).toString() == m_anonymousId;
}

void BuyerScope::addOwner(QJsonObject *cartDraft) const
{
    if (isB2B())
        return;
    if (!m_customerId.isEmpty())
        cartDraft->insert(u"customerId"_s, m_customerId);
    else
        cartDraft->insert(u"anonymousId"_s, m_anonymousId);
}

QString BuyerScope::ownerKey() const
{
    if (isB2B())
        return {};
    return m_customerId.isEmpty() ? u"a:"_s % m_anonymousId : u"c:"_s % m_customerId;
}

QUrlQuery BuyerScope::history(const OrderListing &listing) const
{
    QStringList predicates;
    if (!isB2B()) {
        predicates << (m_customerId.isEmpty() ? u"anonymousId = \"%1\""_s.arg(quoted(m_anonymousId))
                                              : u"customerId = \"%1\""_s.arg(quoted(m_customerId)));
    }
    if (!listing.purchaseOrderNumber.isEmpty())
        predicates << u"purchaseOrderNumber = \"%1\""_s.arg(quoted(listing.purchaseOrderNumber));
    QUrlQuery query;
    if (!predicates.isEmpty())
        query.addQueryItem(u"where"_s, predicates.join(u" and "_s));
    for (const QString &sort : listing.sort)
        query.addQueryItem(u"sort"_s, sort);
    query.addQueryItem(u"limit"_s, QString::number(listing.limit));
    query.addQueryItem(u"offset"_s, QString::number(listing.offset));
    query.addQueryItem(u"withTotal"_s, listing.withTotal ? u"true"_s : u"false"_s);
    return query;
}

QUrlQuery BuyerScope::byOrderNumber(const QString &orderNumber) const
{
    QUrlQuery query;
    query.addQueryItem(u"where"_s, u"orderNumber = \"%1\""_s.arg(orderNumber));
    query.addQueryItem(u"limit"_s, u"1"_s);
    return query;
}

} // namespace commercedesk::orchestrator
