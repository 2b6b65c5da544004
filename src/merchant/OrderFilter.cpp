// SPDX-License-Identifier: MIT
#include "merchant/OrderFilter.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

template<class E, class Parse>
QList<E> enumList(const QVariant &value, Parse parse)
{
    QList<E> out;
    for (const QString &text : value.toStringList()) {
        if (const std::optional<E> parsed = parse(text))
            out.append(*parsed);
    }
    return out;
}

QString sortValue(OrderFilter::SortField field, const core::OrderSummary &order)
{
    switch (field) {
    case OrderFilter::SortField::CreatedAt:
        return predicateTimestamp(order.createdAt);
    case OrderFilter::SortField::LastModifiedAt:
        return predicateTimestamp(order.lastModifiedAt);
    case OrderFilter::SortField::OrderNumber:
        return order.orderNumber.value_or(QString());
    case OrderFilter::SortField::TotalPrice:
        return QString::number(order.totalPrice.centAmount());
    }
    return {};
}

} // namespace

QString predicateTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString OrderFilter::sortPath(SortField field)
{
    switch (field) {
    case SortField::CreatedAt:
        return u"createdAt"_s;
    case SortField::LastModifiedAt:
        return u"lastModifiedAt"_s;
    case SortField::OrderNumber:
        return u"orderNumber"_s;
    case SortField::TotalPrice:
        return u"totalPrice.centAmount"_s;
    }
    return u"createdAt"_s;
}

api::ResourceQuery OrderFilter::toQuery() const
{
    api::ResourceQuery query;
    if (!orderStates.isEmpty())
        query.where(u"orderState in :orderStates"_s).variable(u"orderStates"_s, wireList(orderStates));
    if (!paymentStates.isEmpty())
        query.where(u"paymentState in :paymentStates"_s)
            .variable(u"paymentStates"_s, wireList(paymentStates));
    if (!shipmentStates.isEmpty()) {
        query.where(u"shipmentState in :shipmentStates"_s)
            .variable(u"shipmentStates"_s, wireList(shipmentStates));
    }
    if (createdFrom.isValid())
        query.where(u"createdAt >= :createdFrom"_s)
            .variable(u"createdFrom"_s, predicateTimestamp(createdFrom));
    if (createdTo.isValid())
        query.where(u"createdAt < :createdTo"_s).variable(u"createdTo"_s, predicateTimestamp(createdTo));
    if (!storeKey.isEmpty())
        query.where(u"store(key = :storeKey)"_s).variable(u"storeKey"_s, storeKey);
    if (!businessUnitKey.isEmpty()) {
        query.where(u"businessUnit(key = :businessUnitKey)"_s)
            .variable(u"businessUnitKey"_s, businessUnitKey);
    }
    if (!country.isEmpty())
        query.where(u"shippingAddress(country = :country)"_s).variable(u"country"_s, country.toUpper());
    if (minTotalCent)
        query.where(u"totalPrice(centAmount >= "_s + QString::number(*minTotalCent) + u')');
    if (maxTotalCent)
        query.where(u"totalPrice(centAmount <= "_s + QString::number(*maxTotalCent) + u')');
    if (hasPurchaseOrderNumber) {
        query.where(*hasPurchaseOrderNumber ? u"purchaseOrderNumber is defined"_s
                                            : u"purchaseOrderNumber is not defined"_s);
    }
    if (notSyncedToOms)
        query.where(u"syncInfo is empty"_s);
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        query
            .where(u"(orderNumber = :text or purchaseOrderNumber = :text or customerEmail = :text"
                   u" or customerEmail = :textLower)"_s)
            .variable(u"text"_s, needle)
            .variable(u"textLower"_s, needle.toLower());
    }
    return query;
}

bool OrderFilter::hasPredicates() const
{
    return !toQuery().predicates().isEmpty();
}

void OrderFilter::addKeysetAfter(api::ResourceQuery &query, const core::OrderSummary &last) const
{
    const QString op = descending ? u"<"_s : u">"_s;
    const QString value = sortValue(sortField, last);
    query.variable(u"ksId"_s, last.id);
    if (sortField == SortField::TotalPrice) {
        query.where(u"(totalPrice(centAmount "_s + op + u' ' + value + u") or (totalPrice(centAmount = "_s +
                    value + u") and id "_s + op + u" :ksId))"_s);
        return;
    }
    const QString path = sortPath(sortField);
    query.variable(u"ksValue"_s, value);
    query.where(u'(' + path + u' ' + op + u" :ksValue or ("_s + path + u" = :ksValue and id "_s + op +
                u" :ksId))"_s);
}

QVariantMap OrderFilter::toVariantMap() const
{
    QVariantMap map;
    map.insert(u"orderStates"_s, wireList(orderStates));
    map.insert(u"paymentStates"_s, wireList(paymentStates));
    map.insert(u"shipmentStates"_s, wireList(shipmentStates));
    if (createdFrom.isValid())
        map.insert(u"createdFrom"_s, predicateTimestamp(createdFrom));
    if (createdTo.isValid())
        map.insert(u"createdTo"_s, predicateTimestamp(createdTo));
    map.insert(u"storeKey"_s, storeKey);
    map.insert(u"businessUnitKey"_s, businessUnitKey);
    map.insert(u"country"_s, country);
    if (minTotalCent)
        map.insert(u"minTotalCent"_s, *minTotalCent);
    if (maxTotalCent)
        map.insert(u"maxTotalCent"_s, *maxTotalCent);
    if (hasPurchaseOrderNumber)
        map.insert(u"hasPurchaseOrderNumber"_s, *hasPurchaseOrderNumber);
    map.insert(u"notSyncedToOms"_s, notSyncedToOms);
    map.insert(u"text"_s, text);
    map.insert(u"sortField"_s, int(sortField));
    map.insert(u"descending"_s, descending);
    return map;
}

OrderFilter OrderFilter::fromVariantMap(const QVariantMap &map)
{
    OrderFilter filter;
    filter.orderStates = enumList<core::OrderState>(map.value(u"orderStates"_s), &core::orderStateFromWire);
    filter.paymentStates =
        enumList<core::PaymentState>(map.value(u"paymentStates"_s), &core::paymentStateFromWire);
    filter.shipmentStates =
        enumList<core::ShipmentState>(map.value(u"shipmentStates"_s), &core::shipmentStateFromWire);
    filter.createdFrom = QDateTime::fromString(map.value(u"createdFrom"_s).toString(), Qt::ISODateWithMs);
    filter.createdTo = QDateTime::fromString(map.value(u"createdTo"_s).toString(), Qt::ISODateWithMs);
    filter.storeKey = map.value(u"storeKey"_s).toString();
    filter.businessUnitKey = map.value(u"businessUnitKey"_s).toString();
    filter.country = map.value(u"country"_s).toString();
    if (map.contains(u"minTotalCent"_s))
        filter.minTotalCent = map.value(u"minTotalCent"_s).toLongLong();
    if (map.contains(u"maxTotalCent"_s))
        filter.maxTotalCent = map.value(u"maxTotalCent"_s).toLongLong();
    if (map.contains(u"hasPurchaseOrderNumber"_s))
        filter.hasPurchaseOrderNumber = map.value(u"hasPurchaseOrderNumber"_s).toBool();
    filter.notSyncedToOms = map.value(u"notSyncedToOms"_s).toBool();
    filter.text = map.value(u"text"_s).toString();
    const int sort = map.value(u"sortField"_s, 0).toInt();
    if (sort >= 0 && sort <= int(SortField::TotalPrice))
        filter.sortField = SortField(sort);
    filter.descending = map.value(u"descending"_s, true).toBool();
    return filter;
}

} // namespace commercedesk::merchant
