// SPDX-License-Identifier: MIT
// BuyerSession: the signed-in customer's group drives the catalog's price selection, and every change is
// signalled once.
#include "api/ProductSearchQuery.h"
#include "checkout/BuyerSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestBuyerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A system without LANG runs in the "C" locale; product names and search stay English, not "C".
    void scopeFollowsTheBackend()
    {
        checkout::BuyerSession buyer;
        buyer.setMode(checkout::BuyerSession::Mode::B2B);
        buyer.setCustomer(u"associate-1"_s, u"a@example.com"_s);
        buyer.setBusinessUnit(u"acme"_s, u"Acme"_s, u"buyer"_s);
        QCOMPARE(buyer.scope().collection(u"carts"_s),
                 u"/as-associate/associate-1/in-business-unit/key=acme/carts"_s);
        // Through an orchestrator the app never names the associate: the session token does.
        buyer.setOrchestrated(true);
        QCOMPARE(buyer.scope(), api::ApiScope::orchestratorBusinessUnit(u"acme"_s));
        QCOMPARE(buyer.scope().collection(u"carts"_s), u"/v1/business-units/acme/carts"_s);
        QVERIFY(!buyer.scope().collection(u"carts"_s).contains(u"associate-1"_s));
        buyer.setMode(checkout::BuyerSession::Mode::B2C);
        QCOMPARE(buyer.scope(), api::ApiScope::orchestrator());
        QCOMPARE(buyer.scope().collection(u"orders"_s), u"/v1/orders"_s);
        buyer.setOrchestrated(false);
        QCOMPARE(buyer.scope(), api::ApiScope::me());
    }

    void theCLocaleMeansEnglish()
    {
        checkout::BuyerSession session;
        QSignalSpy changed(&session, &checkout::BuyerSession::contextChanged);
        session.setLocale(u"C"_s);
        QCOMPARE(session.locale(), u"en"_s);
        QCOMPARE(changed.count(), 0);
        session.setLocale(u"de"_s);
        QCOMPARE(session.buyerContext().locale, u"de"_s);
        session.setLocale(QString());
        QCOMPARE(session.locale(), u"en"_s);
        QCOMPARE(changed.count(), 2);
    }

    void customerGroupSelectsGroupPrices()
    {
        checkout::BuyerSession session;
        QSignalSpy context(&session, &checkout::BuyerSession::contextChanged);
        QSignalSpy customer(&session, &checkout::BuyerSession::customerChanged);

        session.setCustomer(u"c-1"_s, u"buyer@acme.example"_s, u"group-b2b"_s);
        QCOMPARE(customer.size(), 1);
        QCOMPARE(context.size(), 1); // prices may differ now
        QCOMPARE(session.buyerContext().customerGroupId, u"group-b2b"_s);
        api::ProductSearchQuery query;
        session.buyerContext().applyPriceSelection(query);
        QCOMPARE(query.priceCustomerGroup, u"group-b2b"_s);

        session.setCustomer(u"c-1"_s, u"buyer@acme.example"_s, u"group-b2b"_s); // nothing changed
        QCOMPARE(customer.size(), 1);
        QCOMPARE(context.size(), 1);

        session.setCustomer(u"c-2"_s, u"shopper@example.com"_s); // a customer without a group
        QCOMPARE(customer.size(), 2);
        QCOMPARE(context.size(), 2);
        QVERIFY(session.buyerContext().customerGroupId.isEmpty());
    }

    void signOutForgetsTheGroupAndSignalsOnce()
    {
        checkout::BuyerSession session;
        session.setCustomer(u"c-1"_s, u"buyer@acme.example"_s, u"group-b2b"_s);
        session.setBusinessUnit(u"acme"_s, u"ACME"_s, u"buyer"_s);
        QSignalSpy context(&session, &checkout::BuyerSession::contextChanged);
        QSignalSpy customer(&session, &checkout::BuyerSession::customerChanged);
        session.signOut();
        QCOMPARE(customer.size(), 1);
        QCOMPARE(context.size(), 1);
        QVERIFY(session.buyerContext().customerGroupId.isEmpty());
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.businessUnitKey().isEmpty());

        session.signOut(); // already signed out
        QCOMPARE(customer.size(), 1);
        QCOMPARE(context.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBuyerSession)
#include "TestBuyerSession.moc"
