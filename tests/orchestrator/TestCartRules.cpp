// SPDX-License-Identifier: MIT
// orchestrator.CartRules: the allow-list of what a buyer may send for a cart.

#include "orchestrator/CartRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::orchestrator;

class TestCartRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drafts_data()
    {
        QTest::addColumn<QByteArray>("draft");
        QTest::addColumn<QString>("code"); // empty = accepted
        QTest::newRow("minimal") << QByteArray(R"({"currency":"EUR"})") << QString();
        QTest::newRow("full") << QByteArray(
                                     R"({"currency":"EUR","country":"DE","locale":"de","taxMode":"External",
            "lineItems":[{"sku":"A","quantity":2},{"productId":"p","variantId":1,"quantity":1}],
            "shippingAddress":{"country":"DE","city":"Berlin"},"store":{"key":"berlin"}})")
                              << QString();
        QTest::newRow("no currency") << QByteArray(R"({"country":"DE"})") << u"InvalidField"_s;
        QTest::newRow("other tax mode")
            << QByteArray(R"({"currency":"EUR","taxMode":"Disabled"})") << u"FieldNotAllowed"_s;
        QTest::newRow("customer group")
            << QByteArray(R"({"currency":"EUR","customerGroup":{"key":"vip"}})") << u"InvalidField"_s;
        QTest::newRow("external price")
            << QByteArray(R"({"currency":"EUR","lineItems":[{"sku":"A","quantity":1,"externalPrice":{}}]})")
            << u"InvalidField"_s;
        QTest::newRow("zero quantity")
            << QByteArray(R"({"currency":"EUR","lineItems":[{"sku":"A","quantity":0}]})")
            << u"InvalidField"_s;
        QTest::newRow("line without product")
            << QByteArray(R"({"currency":"EUR","lineItems":[{"quantity":1}]})") << u"InvalidField"_s;
        QTest::newRow("foreign business unit")
            << QByteArray(R"({"currency":"EUR","businessUnit":{"key":"other"}})") << u"FieldNotAllowed"_s;
        QTest::newRow("address with object")
            << QByteArray(R"({"currency":"EUR","shippingAddress":{"country":"DE","custom":{}}})")
            << u"InvalidField"_s;
    }

    void drafts()
    {
        QFETCH(QByteArray, draft);
        QFETCH(QString, code);
        QJsonObject upstream;
        const auto error =
            CartRules::checkDraft(QJsonDocument::fromJson(draft).object(), u"External"_s, {}, &upstream);
        QCOMPARE(error ? error->code : QString(), code);
        if (!error)
            QCOMPARE(upstream.value(u"taxMode"_s).toString(), u"External"_s);
    }

    void updates_data()
    {
        QTest::addColumn<QByteArray>("update");
        QTest::addColumn<QString>("code");
        QTest::newRow("add line")
            << QByteArray(R"({"version":3,"actions":[{"action":"addLineItem","sku":"A","quantity":1}]})")
            << QString();
        QTest::newRow("clear address")
            << QByteArray(R"({"version":3,"actions":[{"action":"setShippingAddress","address":null}]})")
            << QString();
        QTest::newRow("remove everything")
            << QByteArray(
                   R"({"version":3,"actions":[{"action":"changeLineItemQuantity","lineItemId":"l","quantity":0}]})")
            << QString();
        QTest::newRow("payment")
            << QByteArray(R"({"version":3,"actions":[{"action":"addPayment","payment":{"id":"p"}}]})")
            << u"ActionNotAllowed"_s;
        QTest::newRow("customer")
            << QByteArray(R"({"version":3,"actions":[{"action":"setCustomerId","customerId":"x"}]})")
            << u"ActionNotAllowed"_s;
        QTest::newRow("unknown") << QByteArray(R"({"version":3,"actions":[{"action":"teleport"}]})")
                                 << u"UnknownAction"_s;
        QTest::newRow("extra field")
            << QByteArray(
                   R"({"version":3,"actions":[{"action":"addLineItem","sku":"A","externalTotalPrice":{}}]})")
            << u"InvalidField"_s;
        QTest::newRow("string quantity")
            << QByteArray(R"({"version":3,"actions":[{"action":"addLineItem","sku":"A","quantity":"2"}]})")
            << u"InvalidField"_s;
        QTest::newRow("no version") << QByteArray(R"({"actions":[{"action":"recalculate"}]})")
                                    << u"InvalidField"_s;
        QTest::newRow("no actions") << QByteArray(R"({"version":1,"actions":[]})") << u"InvalidField"_s;
        QTest::newRow("extra top level")
            << QByteArray(R"({"version":1,"actions":[{"action":"recalculate"}],"dryRun":true})")
            << u"InvalidField"_s;
    }

    void updates()
    {
        QFETCH(QByteArray, update);
        QFETCH(QString, code);
        QJsonObject upstream;
        const auto error = CartRules::checkUpdate(QJsonDocument::fromJson(update).object(), &upstream);
        QCOMPARE(error ? error->code : QString(), code);
    }
};

QTEST_GUILESS_MAIN(TestCartRules)
#include "TestCartRules.moc"
