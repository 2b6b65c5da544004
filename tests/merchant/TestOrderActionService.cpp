// SPDX-License-Identifier: MIT
#include "api/FakeBackend.h"
#include "api/OrderClient.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderFixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderActionOutcome;
using merchant::OrderCommand;
using testsupport::ScriptedHttpServer;

class TestOrderActionService : public QObject
{
    Q_OBJECT

private:
    static testsupport::OrderSpec spec(qint64 version, const QString &state = u"Open"_s)
    {
        testsupport::OrderSpec s;
        s.id = u"order-1"_s;
        s.orderNumber = u"CD-1"_s;
        s.version = version;
        s.orderState = state;
        return s;
    }

    static OrderActionOutcome run(merchant::OrderActionService &service, const core::Order &order,
                                  const OrderCommand &command, QObject *context)
    {
        std::optional<OrderActionOutcome> outcome;
        service.apply(order, command, context, [&outcome](const OrderActionOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
            qFatal("no outcome");
        return *outcome;
    }

    /// `spec` as the OMS write-back leaves it: synced to the `oms` channel.
    static QJsonObject omsSynced(const testsupport::OrderSpec &s)
    {
        QJsonObject order = testsupport::orderJson(s);
        order.insert(u"syncInfo"_s,
                     QJsonArray{QJsonObject{
                         {u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"id"_s, u"oms-id"_s}}},
                         {u"externalId"_s, u"OMS-CD-1"_s},
                         {u"syncedAt"_s, u"2026-11-20T10:00:05.000Z"_s}}});
        return order;
    }

private Q_SLOTS:
    void commandsRenderOneUpdateWithTheSeenVersion_data()
    {
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("confirm") << OrderCommand::confirm() << u"changeOrderState"_s << u"orderState"_s
                                 << u"Confirmed"_s;
        QTest::newRow("complete") << OrderCommand::complete() << u"changeOrderState"_s << u"orderState"_s
                                  << u"Complete"_s;
        QTest::newRow("cancel") << OrderCommand::cancel() << u"changeOrderState"_s << u"orderState"_s
                                << u"Cancelled"_s;
        QTest::newRow("shipment state") << OrderCommand::setShipmentState(core::ShipmentState::Shipped)
                                        << u"changeShipmentState"_s << u"shipmentState"_s << u"Shipped"_s;
        QTest::newRow("payment state") << OrderCommand::setPaymentState(core::PaymentState::Paid)
                                       << u"changePaymentState"_s << u"paymentState"_s << u"Paid"_s;
    }

    void commandsRenderOneUpdateWithTheSeenVersion()
    {
        QFETCH(OrderCommand, command);
        QFETCH(QString, action);
        QFETCH(QString, field);
        QFETCH(QString, value);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, testsupport::orderJson(spec(8))));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);
        QSignalSpy updated(&service, &merchant::OrderActionService::orderUpdated);

        const OrderActionOutcome outcome = run(service, testsupport::order(spec(7)), command, this);
        QCOMPARE(outcome.status, OrderActionOutcome::Status::Applied);
        QCOMPARE(outcome.order->version, 8);
        QCOMPARE(updated.size(), 1);
        const auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.size(), 1);
        const QJsonObject body = testsupport::bodyOf(requests.first());
        QCOMPARE(body.value(u"version"_s).toInt(), 7);
        const QJsonArray actions = body.value(u"actions"_s).toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0)[u"action"_s].toString(), action);
        QCOMPARE(actions.at(0)[field].toString(), value);
    }

    void addDeliveryShipsEveryLineWithTracking()
    {
        const core::Order order = testsupport::order(spec(3));
        core::TrackingData tracking;
        tracking.trackingId = u"1Z999"_s;
        tracking.carrier = u"UPS"_s;
        const auto actions = OrderCommand::addDelivery({}, tracking).actions(order);
        QCOMPARE(actions.size(), 1);
        QVERIFY(!actions.first().safeToRepeat);
        const QJsonObject wire = actions.first().wire;
        QCOMPARE(wire[u"action"_s].toString(), u"addDelivery"_s);
        QCOMPARE(wire[u"items"_s].toArray().size(), order.lineItems.size());
        QCOMPARE(wire[u"items"_s].toArray().at(0)[u"id"_s].toString(), order.lineItems.first().id);
        QCOMPARE(wire[u"parcels"_s].toArray().at(0)[u"trackingData"_s][u"trackingId"_s].toString(),
                 u"1Z999"_s);
    }

    void conflictRereadsReportsAndAppliesAgain()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue("/demo/orders/order-1",
                       testsupport::errorReply(409, u"ConcurrentModification"_s, {{u"currentVersion"_s, 9}}));
        // Someone else (not the OMS write-back) changed what confirming depends on.
        testsupport::OrderSpec changed = spec(9, u"Open"_s);
        changed.paymentState = u"Failed"_s;
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, testsupport::orderJson(changed)));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);

        const OrderActionOutcome outcome =
            run(service, testsupport::order(spec(7)), OrderCommand::confirm(), this);
        QCOMPARE(outcome.status, OrderActionOutcome::Status::Conflict);
        QVERIFY(outcome.conflict);
        QCOMPARE(outcome.conflict->current.version, 9);
        QCOMPARE(outcome.conflict->changes,
                 (QList<merchant::FieldChange>{{u"paymentState"_s, QString(), u"Failed"_s},
                                               {u"version"_s, u"7"_s, u"9"_s}}));
        QVERIFY(!outcome.reappliedAutomatically);
        // Only one update was sent (no blind retry), then the re-read.
        auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, "POST"_ba);
        QCOMPARE(requests.at(1).method, "GET"_ba);

        testsupport::OrderSpec confirmed = spec(10, u"Confirmed"_s);
        server.enqueue("/demo/orders/order-1",
                       testsupport::jsonReply(200, testsupport::orderJson(confirmed)));
        std::optional<OrderActionOutcome> again;
        service.applyAgain(*outcome.conflict, this, [&again](const OrderActionOutcome &o) { again = o; });
        QTRY_VERIFY(again.has_value());
        QCOMPARE(again->status, OrderActionOutcome::Status::Applied);
        requests = testsupport::apiRequests(server);
        QCOMPARE(testsupport::bodyOf(requests.last()).value(u"version"_s).toInt(), 9);
    }

    void omsWriteBackConflictIsReappliedOnceWithoutAsking_data()
    {
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<QString>("shipmentStateAfter");
        QTest::newRow("confirm after OMS sync") << OrderCommand::confirm() << QString();
        QTest::newRow("confirm after OMS sync and shipment Ready") << OrderCommand::confirm() << u"Ready"_s;
        QTest::newRow("payment Paid after OMS sync")
            << OrderCommand::setPaymentState(core::PaymentState::Paid) << QString();
    }

    void omsWriteBackConflictIsReappliedOnceWithoutAsking()
    {
        QFETCH(OrderCommand, command);
        QFETCH(QString, shipmentStateAfter);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue("/demo/orders/order-1",
                       testsupport::errorReply(409, u"ConcurrentModification"_s, {{u"currentVersion"_s, 9}}));
        testsupport::OrderSpec synced = spec(9);
        synced.lastModifiedAt = u"2026-11-20T10:00:05.000Z"_s;
        synced.shipmentState = shipmentStateAfter;
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, omsSynced(synced)));
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, testsupport::orderJson(spec(10))));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);

        const OrderActionOutcome outcome = run(service, testsupport::order(spec(7)), command, this);
        QCOMPARE(outcome.status, OrderActionOutcome::Status::Applied);
        QVERIFY(outcome.reappliedAutomatically);
        QCOMPARE(outcome.order->version, 10);
        const auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.size(), 3); // update, re-read, the same update on the re-read version
        QCOMPARE(requests.at(0).method, "POST"_ba);
        QCOMPARE(requests.at(1).method, "GET"_ba);
        QCOMPARE(requests.at(2).method, "POST"_ba);
        QCOMPARE(testsupport::bodyOf(requests.at(0)).value(u"version"_s).toInt(), 7);
        QCOMPARE(testsupport::bodyOf(requests.at(2)).value(u"version"_s).toInt(), 9);
        QCOMPARE(testsupport::bodyOf(requests.at(2)).value(u"actions"_s),
                 testsupport::bodyOf(requests.at(0)).value(u"actions"_s));
    }

    void omsWriteBackTwiceInARowGoesToTheSeller()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        const auto conflict = [](int current) {
            return testsupport::errorReply(409, u"ConcurrentModification"_s,
                                           {{u"currentVersion"_s, current}});
        };
        server.enqueue("/demo/orders/order-1", conflict(9));
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, omsSynced(spec(9))));
        server.enqueue("/demo/orders/order-1", conflict(11));
        testsupport::OrderSpec ready = spec(11);
        ready.shipmentState = u"Ready"_s;
        server.enqueue("/demo/orders/order-1", testsupport::jsonReply(200, omsSynced(ready)));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);

        const OrderActionOutcome outcome =
            run(service, testsupport::order(spec(7)), OrderCommand::confirm(), this);
        QCOMPARE(outcome.status, OrderActionOutcome::Status::Conflict);
        QVERIFY(outcome.reappliedAutomatically);
        QCOMPARE(outcome.conflict->seen.version, 7); // compared with what the seller saw
        QCOMPARE(outcome.conflict->current.version, 11);
        QVERIFY(outcome.conflict->isOnlyUntouchedChanges()); // still not re-applied a second time
        QCOMPARE(testsupport::apiRequests(server).size(), 4);
    }

    void refusalIsAFailure()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue("/demo/orders/order-1", testsupport::errorReply(403, u"insufficient_scope"_s));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);
        const OrderActionOutcome outcome =
            run(service, testsupport::order(spec(7)), OrderCommand::confirm(), this);
        QCOMPARE(outcome.status, OrderActionOutcome::Status::Failed);
        QCOMPARE(outcome.error->httpStatus, 403);
    }
};

QTEST_GUILESS_MAIN(TestOrderActionService)
#include "TestOrderActionService.moc"
