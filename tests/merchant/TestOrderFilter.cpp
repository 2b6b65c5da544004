// SPDX-License-Identifier: MIT
#include "merchant/OrderFilter.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using commercedesk::merchant::OrderFilter;
namespace core = commercedesk::core;

class TestOrderFilter : public QObject
{
    Q_OBJECT

private:
    static QUrlQuery rendered(const OrderFilter &filter) { return filter.toQuery().toUrlQuery(); }

private Q_SLOTS:
    void predicates_data()
    {
        QTest::addColumn<OrderFilter>("filter");
        QTest::addColumn<QStringList>("where");
        QTest::addColumn<QStringList>("variables"); // "name=value" pairs, decoded

        QTest::newRow("empty filter has no predicate") << OrderFilter() << QStringList() << QStringList();

        OrderFilter states;
        states.orderStates = {core::OrderState::Open, core::OrderState::Confirmed};
        states.shipmentStates = {core::ShipmentState::Canceled};
        QTest::newRow("states become in-lists with array variables")
            << states << QStringList{u"orderState in :orderStates"_s, u"shipmentState in :shipmentStates"_s}
            << QStringList{u"orderStates=Open"_s, u"orderStates=Confirmed"_s, u"shipmentStates=Canceled"_s};

        OrderFilter dates;
        dates.createdFrom = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        dates.createdTo = QDateTime(QDate(2026, 11, 8), QTime(12, 30), Qt::UTC);
        QTest::newRow("date range is half-open in UTC with milliseconds")
            << dates << QStringList{u"createdAt >= :createdFrom"_s, u"createdAt < :createdTo"_s}
            << QStringList{u"createdFrom=2026-11-01T00:00:00.000Z"_s,
                           u"createdTo=2026-11-08T12:30:00.000Z"_s};

        OrderFilter b2b;
        b2b.storeKey = u"eu-store"_s;
        b2b.businessUnitKey = u"acme \"industrial\""_s;
        b2b.country = u"de"_s;
        b2b.hasPurchaseOrderNumber = true;
        QTest::newRow("keys go through variables, never spliced")
            << b2b
            << QStringList{u"store(key = :storeKey)"_s, u"businessUnit(key = :businessUnitKey)"_s,
                           u"shippingAddress(country = :country)"_s, u"purchaseOrderNumber is defined"_s}
            << QStringList{u"storeKey=eu-store"_s, u"businessUnitKey=acme \"industrial\""_s, u"country=DE"_s};

        OrderFilter totals;
        totals.minTotalCent = 1000;
        totals.maxTotalCent = 250000;
        totals.hasPurchaseOrderNumber = false;
        totals.notSyncedToOms = true;
        QTest::newRow("amount range, no PO, not synced")
            << totals
            << QStringList{u"totalPrice(centAmount >= 1000)"_s, u"totalPrice(centAmount <= 250000)"_s,
                           u"purchaseOrderNumber is not defined"_s, u"syncInfo is empty"_s}
            << QStringList();

        OrderFilter text;
        text.text = u"  Ada@Example.com "_s;
        QTest::newRow("free text matches number, PO or e-mail")
            << text
            << QStringList{u"(orderNumber = :text or purchaseOrderNumber = :text or customerEmail = :text or "
                           u"customerEmail = :textLower)"_s}
            << QStringList{u"text=Ada@Example.com"_s, u"textLower=ada@example.com"_s};
    }

    void predicates()
    {
        QFETCH(OrderFilter, filter);
        QFETCH(QStringList, where);
        QFETCH(QStringList, variables);
        const QUrlQuery query = rendered(filter);
        QCOMPARE(query.allQueryItemValues(u"where"_s, QUrl::FullyDecoded), where);
        QStringList actual;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.startsWith(u"var."_s))
                actual.append(key.mid(4) + u'=' + value);
        }
        QCOMPARE(actual, variables);
        QCOMPARE(filter.hasPredicates(), !where.isEmpty());
    }

    void keyset_data()
    {
        QTest::addColumn<int>("sortField");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("predicate");
        QTest::addColumn<QString>("value");
        QTest::newRow("createdAt desc")
            << int(OrderFilter::SortField::CreatedAt) << true
            << u"(createdAt < :ksValue or (createdAt = :ksValue and id < :ksId))"_s
            << u"2026-11-20T09:58:00.000Z"_s;
        QTest::newRow("order number asc")
            << int(OrderFilter::SortField::OrderNumber) << false
            << u"(orderNumber > :ksValue or (orderNumber = :ksValue and id > :ksId))"_s << u"CD-7"_s;
        QTest::newRow("total desc splices the integer")
            << int(OrderFilter::SortField::TotalPrice) << true
            << u"(totalPrice(centAmount < 4200) or (totalPrice(centAmount = 4200) and id < :ksId))"_s
            << QString();
    }

    void keyset()
    {
        QFETCH(int, sortField);
        QFETCH(bool, descending);
        QFETCH(QString, predicate);
        QFETCH(QString, value);
        OrderFilter filter;
        filter.sortField = OrderFilter::SortField(sortField);
        filter.descending = descending;
        core::OrderSummary last;
        last.id = u"id-9"_s;
        last.orderNumber = u"CD-7"_s;
        last.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 58), Qt::UTC);
        last.totalPrice = core::Money(4200, u"EUR"_s, 2);
        commercedesk::api::ResourceQuery query;
        filter.addKeysetAfter(query, last);
        QCOMPARE(query.predicates(), QStringList{predicate});
        const QUrlQuery url = query.toUrlQuery();
        QCOMPARE(url.queryItemValue(u"var.ksId"_s, QUrl::FullyDecoded), u"id-9"_s);
        QCOMPARE(url.queryItemValue(u"var.ksValue"_s, QUrl::FullyDecoded), value);
    }

    void persistsThroughVariantMap()
    {
        OrderFilter filter;
        filter.orderStates = {core::OrderState::Open};
        filter.paymentStates = {core::PaymentState::BalanceDue, core::PaymentState::Paid};
        filter.createdFrom = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        filter.country = u"FR"_s;
        filter.minTotalCent = 0;
        filter.hasPurchaseOrderNumber = false;
        filter.notSyncedToOms = true;
        filter.text = u"PO-17"_s;
        filter.sortField = OrderFilter::SortField::TotalPrice;
        filter.descending = false;
        QCOMPARE(OrderFilter::fromVariantMap(filter.toVariantMap()), filter);
        QCOMPARE(OrderFilter::fromVariantMap({}), OrderFilter());
    }
};

QTEST_GUILESS_MAIN(TestOrderFilter)
#include "TestOrderFilter.moc"
