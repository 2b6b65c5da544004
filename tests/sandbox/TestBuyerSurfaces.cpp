// SPDX-License-Identifier: MIT
// The hostile buyer over real loopback HTTP: every /me and as-associate draft and update action takes
// exactly what its official schema allows (src/sandbox/commerce/BuyerSchemas), money, tax, customer
// group and order/payment state are never the buyer's, quantities and amounts stay within MoneyLimits,
// and the allow-list table is the one in the specification (api.yaml, when the reference is present).
#include "CommerceTestSupport.h"
#include "sandbox/commerce/BuyerSchemas.h"
#include "sandbox/seed/DemoAccounts.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

QJsonObject money(qint64 cents)
{
    return QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, cents}};
}

const QJsonObject De{{u"country"_s, u"DE"_s}, {u"city"_s, u"Berlin"_s}};
const QString Shopper = u"shopper@commercedesk.example"_s;
const QString Buyer = u"buyer@acme-industrial.example"_s;

// api.yaml read by indentation (as scripts/generate-buyer-schemas does): the `properties` of a schema
// (also inside allOf members, without "action") or the keys of its discriminator `mapping`.
class SpecReader
{
public:
    explicit SpecReader(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_lines = QString::fromUtf8(file.readAll()).split(u'\n');
    }
    bool isOpen() const { return !m_lines.isEmpty(); }

    QStringList words(const QString &schema) const
    {
        const qsizetype start = m_lines.indexOf(u"    "_s % schema % u':');
        if (start < 0)
            return {u"<missing schema>"_s};
        qsizetype end = start + 1;
        while (end < m_lines.size() &&
               (m_lines.at(end).startsWith(u"      ") || m_lines.at(end).trimmed().isEmpty()))
            ++end;
        const QStringList block = m_lines.mid(start + 1, end - start - 1);
        static const QRegularExpression mappingLine(u"^ +([A-Za-z0-9_]+): '#/components/schemas/"_s);
        QStringList found;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const QString line = block.at(i);
            if (line.trimmed() == u"mapping:") {
                for (qsizetype j = i + 1; j < block.size(); ++j) {
                    const auto m = mappingLine.match(block.at(j));
                    if (!m.hasMatch())
                        break;
                    found.append(m.captured(1));
                }
                return found;
            }
            if (line.trimmed() != u"properties:")
                continue;
            const qsizetype indent = line.indexOf(u'p') + 2;
            const QRegularExpression key(u"^ {%1}([A-Za-z0-9_]+):"_s.arg(indent));
            for (qsizetype j = i + 1; j < block.size(); ++j) {
                const QString child = block.at(j);
                const qsizetype depth = child.size() - child.trimmed().size();
                if (!child.trimmed().isEmpty() && depth < indent)
                    break;
                const auto m = key.match(child);
                if (m.hasMatch() && m.captured(1) != u"action" && !found.contains(m.captured(1)))
                    found.append(m.captured(1));
            }
        }
        return found;
    }
    // The member schema behind `action` in the mapping of `updateSchema`.
    QString member(const QString &updateSchema, const QString &action) const
    {
        const QRegularExpression line(u"^ +"_s % action % u": '#/components/schemas/([A-Za-z0-9_]+)'"_s);
        const qsizetype start = m_lines.indexOf(u"    "_s % updateSchema % u':');
        for (qsizetype i = start; i >= 0 && i < m_lines.size() && i < start + 200; ++i) {
            const auto m = line.match(m_lines.at(i));
            if (m.hasMatch())
                return m.captured(1);
        }
        return {};
    }

private:
    QStringList m_lines;
};

} // namespace

class TestBuyerSurfaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableMatchesTheSpecification();
    void myCartDraftTakesOnlyItsSchema_data();
    void myCartDraftTakesOnlyItsSchema();
    void myCartActionsTakeOnlyTheirSchema_data();
    void myCartActionsTakeOnlyTheirSchema();
    void myOrderDraftSetsNoStateNorNumber_data();
    void myOrderDraftSetsNoStateNorNumber();
    void myPaymentsRecordNoStateAndNoRefund_data();
    void myPaymentsRecordNoStateAndNoRefund();
    void myCustomerSurfaces_data();
    void myCustomerSurfaces();
    void associateDraftsKeepMoneyAndStatesTheSellers_data();
    void associateDraftsKeepMoneyAndStatesTheSellers();
    void legitimateBuyerFlowStillWorks();
    void quantitiesAndAmountsAreChecked_data();
    void quantitiesAndAmountsAreChecked();
    void totalsNeverWrap();

private:
    QString myCart(const QByteArray &token);

    CommerceFixture m_f;
    QString m_sku;
    QByteArray m_anonymous;
    QByteArray m_shopper;
    QByteArray m_buyer;
};

void TestBuyerSurfaces::initTestCase()
{
    QString error;
    QVERIFY2(m_f.start(u"buyer-surfaces"_s, &error), qPrintable(error));
    m_sku = m_f.skuWithTax(u"standard"_s);
    m_anonymous = m_f.anonymousToken();
    m_shopper = m_f.customerToken(Shopper, u"Shopper-Demo-2026"_s);
    m_buyer = m_f.customerToken(Buyer, u"Buyer-Demo-2026"_s);
    QVERIFY(!m_sku.isEmpty() && !m_anonymous.isEmpty() && !m_shopper.isEmpty() && !m_buyer.isEmpty());
}

QString TestBuyerSurfaces::myCart(const QByteArray &token)
{
    const HttpResult r =
        m_f.post(m_f.base() % u"/me/carts"_s,
                 {{u"currency"_s, u"EUR"_s},
                  {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 1}}}}},
                 token);
    return r.status == 201 ? r.json.value(u"id"_s).toString() : QString();
}

void TestBuyerSurfaces::tableMatchesTheSpecification()
{
    const QString path =
        qEnvironmentVariable("COMMERCEDESK_REFERENCE_DIR") % u"/commercetools-openapi/api.yaml"_s;
    const SpecReader spec(path);
    if (!spec.isOpen())
        QSKIP(qPrintable(u"the specification is not here: "_s % path));
    QVERIFY(BuyerSchemas::table().size() > 100);
    for (const BuyerSchemas::Entry &entry : BuyerSchemas::table()) {
        const qsizetype dot = entry.name.indexOf(u'.');
        const QString schema =
            dot < 0 ? entry.name : spec.member(entry.name.left(dot), entry.name.mid(dot + 1));
        QVERIFY2(!schema.isEmpty(), qPrintable(entry.name));
        QCOMPARE(BuyerSchemas::specified(entry.name), spec.words(schema));
    }
    // Every withheld field is one the specification has (a policy, not a typo).
    for (const QString &withheld : BuyerSchemas::withheld()) {
        const qsizetype last = withheld.lastIndexOf(u'.');
        QVERIFY2(BuyerSchemas::specified(withheld.left(last)).contains(withheld.mid(last + 1)),
                 qPrintable(withheld));
    }
    for (const QString &action : BuyerSchemas::associateCartActions())
        QVERIFY2(spec.words(u"CartUpdateAction"_s).contains(action), qPrintable(action));
}

void TestBuyerSurfaces::myCartDraftTakesOnlyItsSchema_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("code");
    const QJsonObject line{{u"sku"_s, u"SKU"_s}, {u"externalPrice"_s, money(1)}};
    QTest::newRow("external price on a line")
        << QJsonObject{{u"lineItems"_s, QJsonArray{line}}} << u"InvalidJsonInput"_s;
    QTest::newRow("external total on a line")
        << QJsonObject{{u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, u"SKU"_s},
                                                               {u"externalTotalPrice"_s,
                                                                QJsonObject{{u"price"_s, money(1)},
                                                                            {u"totalPrice"_s, money(1)}}}}}}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("external tax rate on a line")
        << QJsonObject{{u"lineItems"_s,
                        QJsonArray{QJsonObject{
                            {u"sku"_s, u"SKU"_s},
                            {u"externalTaxRate"_s,
                             QJsonObject{{u"name"_s, u"x"_s}, {u"amount"_s, 0}, {u"country"_s, u"DE"_s}}}}}}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("custom line item with money")
        << QJsonObject{{u"customLineItems"_s,
                        QJsonArray{QJsonObject{{u"name"_s, QJsonObject{{u"en"_s, u"gift"_s}}},
                                               {u"money"_s, money(-5000)}}}}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("customer group") << QJsonObject{{u"customerGroup"_s, QJsonObject{{u"key"_s, u"b2b"_s}}}}
                                    << u"InvalidJsonInput"_s;
    QTest::newRow("customer id") << QJsonObject{{u"customerId"_s, DemoAccounts::customerId(Buyer)}}
                                 << u"InvalidJsonInput"_s;
    QTest::newRow("anonymous id") << QJsonObject{{u"anonymousId"_s, u"someone-else"_s}}
                                  << u"InvalidJsonInput"_s;
    QTest::newRow("tax rounding") << QJsonObject{{u"taxRoundingMode"_s, u"HalfDown"_s}}
                                  << u"InvalidJsonInput"_s;
    QTest::newRow("shipping rate input")
        << QJsonObject{{u"shippingRateInput"_s, QJsonObject{{u"type"_s, u"Score"_s}, {u"score"_s, 0}}}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("origin") << QJsonObject{{u"origin"_s, u"Merchant"_s}} << u"InvalidJsonInput"_s;
    QTest::newRow("tax mode ExternalAmount")
        << QJsonObject{{u"taxMode"_s, u"ExternalAmount"_s}} << u"InvalidField"_s;
    QTest::newRow("tax mode Disabled") << QJsonObject{{u"taxMode"_s, u"Disabled"_s}} << u"InvalidField"_s;
    QTest::newRow("made-up field") << QJsonObject{{u"discountOnTotal"_s, 100}} << u"InvalidJsonInput"_s;
}

void TestBuyerSurfaces::myCartDraftTakesOnlyItsSchema()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, code);
    QJsonObject draft = extra;
    draft.insert(u"currency"_s, u"EUR"_s);
    for (const QByteArray &token : {m_anonymous, m_shopper}) {
        const HttpResult r = m_f.post(m_f.base() % u"/me/carts"_s, draft, token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
    }
    QCOMPARE(m_f.get(m_f.base() % u"/me/active-cart"_s, m_anonymous).status, 404); // nothing was stored
}

void TestBuyerSurfaces::myCartActionsTakeOnlyTheirSchema_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("addLineItem with externalPrice")
        << act(u"addLineItem"_s, {{u"sku"_s, u"SKU"_s}, {u"externalPrice"_s, money(1)}})
        << u"InvalidJsonInput"_s;
    QTest::newRow("changeLineItemQuantity with externalPrice")
        << act(u"changeLineItemQuantity"_s,
               {{u"lineItemId"_s, u"x"_s}, {u"quantity"_s, 3}, {u"externalPrice"_s, money(1)}})
        << u"InvalidInput"_s;
    QTest::newRow("removeLineItem with externalTotalPrice")
        << act(u"removeLineItem"_s, {{u"lineItemId"_s, u"x"_s}, {u"externalTotalPrice"_s, QJsonObject()}})
        << u"InvalidInput"_s;
    QTest::newRow("setShippingMethod with externalTaxRate")
        << act(u"setShippingMethod"_s,
               {{u"externalTaxRate"_s, QJsonObject{{u"name"_s, u"x"_s}, {u"amount"_s, 0}}}})
        << u"InvalidInput"_s;
    QTest::newRow("setLineItemPrice")
        << act(u"setLineItemPrice"_s, {{u"lineItemId"_s, u"x"_s}}) << u"InvalidJsonInput"_s;
    QTest::newRow("setLineItemTotalPrice") << act(u"setLineItemTotalPrice"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("setLineItemTaxRate") << act(u"setLineItemTaxRate"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("setLineItemTaxAmount") << act(u"setLineItemTaxAmount"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("setCartTotalTax") << act(u"setCartTotalTax"_s, {{u"externalTotalGross"_s, money(1)}})
                                     << u"InvalidJsonInput"_s;
    QTest::newRow("setShippingMethodTaxAmount")
        << act(u"setShippingMethodTaxAmount"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("changeTaxMode ExternalAmount")
        << act(u"changeTaxMode"_s, {{u"taxMode"_s, u"ExternalAmount"_s}}) << u"InvalidField"_s;
    QTest::newRow("changeTaxMode Disabled")
        << act(u"changeTaxMode"_s, {{u"taxMode"_s, u"Disabled"_s}}) << u"InvalidField"_s;
    QTest::newRow("setCustomerGroup")
        << act(u"setCustomerGroup"_s, {{u"customerGroup"_s, QJsonObject{{u"key"_s, u"b2b"_s}}}})
        << u"InvalidJsonInput"_s;
    QTest::newRow("setCustomerId") << act(u"setCustomerId"_s,
                                          {{u"customerId"_s, DemoAccounts::customerId(Buyer)}})
                                   << u"InvalidJsonInput"_s;
    QTest::newRow("setAnonymousId") << act(u"setAnonymousId"_s, {{u"anonymousId"_s, u"x"_s}})
                                    << u"InvalidJsonInput"_s;
    QTest::newRow("addCustomLineItem")
        << act(u"addCustomLineItem"_s, {{u"money"_s, money(-100000)}}) << u"InvalidJsonInput"_s;
    QTest::newRow("setDirectDiscounts") << act(u"setDirectDiscounts"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("freezeCart") << act(u"freezeCart"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("setKey") << act(u"setKey"_s, {{u"key"_s, u"mine"_s}}) << u"InvalidJsonInput"_s;
    QTest::newRow("setPurchaseOrderNumber on /me")
        << act(u"setPurchaseOrderNumber"_s) << u"InvalidJsonInput"_s;
    QTest::newRow("made-up field on a known action")
        << act(u"setCountry"_s, {{u"country"_s, u"DE"_s}, {u"discount"_s, 99}}) << u"InvalidJsonInput"_s;
}

void TestBuyerSurfaces::myCartActionsTakeOnlyTheirSchema()
{
    QFETCH(QJsonObject, action);
    QFETCH(QString, code);
    const QString id = myCart(m_shopper);
    QVERIFY(!id.isEmpty());
    const QString path = m_f.base() % u"/me/carts/"_s % id;
    const QJsonObject before = m_f.get(path, m_shopper).json;
    const HttpResult r = m_f.update(path, 1, {action}, m_shopper);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(m_f.get(path, m_shopper).json, before);
    // The admin surface keeps every action (only its scopes decide).
    m_f.del(path, m_shopper, 1);
}

void TestBuyerSurfaces::myOrderDraftSetsNoStateNorNumber_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::newRow("orderNumber") << QJsonObject{{u"orderNumber"_s, u"MINE-1"_s}};
    QTest::newRow("paymentState") << QJsonObject{{u"paymentState"_s, u"Paid"_s}};
    QTest::newRow("orderState") << QJsonObject{{u"orderState"_s, u"Complete"_s}};
    QTest::newRow("shipmentState") << QJsonObject{{u"shipmentState"_s, u"Shipped"_s}};
    QTest::newRow("state") << QJsonObject{{u"state"_s, QJsonObject{{u"key"_s, u"x"_s}}}};
    QTest::newRow("purchaseOrderNumber") << QJsonObject{{u"purchaseOrderNumber"_s, u"PO"_s}};
}

void TestBuyerSurfaces::myOrderDraftSetsNoStateNorNumber()
{
    QFETCH(QJsonObject, extra);
    const QString id = myCart(m_shopper);
    QVERIFY(!id.isEmpty());
    const QString path = m_f.base() % u"/me/carts/"_s % id;
    QCOMPARE(m_f.update(path, 1, {act(u"setShippingAddress"_s, {{u"address"_s, De}})}, m_shopper).status,
             200);
    QJsonObject draft = extra;
    draft.insert(u"id"_s, id);
    draft.insert(u"version"_s, 2);
    const HttpResult r = m_f.post(m_f.base() % u"/me/orders"_s, draft, m_shopper);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidJsonInput"_s);
    QCOMPARE(m_f.get(path, m_shopper).json.value(u"cartState"_s).toString(), u"Active"_s);
    m_f.del(path, m_shopper, 2);
}

void TestBuyerSurfaces::myPaymentsRecordNoStateAndNoRefund_data()
{
    QTest::addColumn<QJsonObject>("draft");
    QTest::addColumn<QString>("code");
    const auto tx = [](QJsonObject fields) {
        fields.insert(u"amount"_s, money(1999));
        return fields;
    };
    QTest::newRow("transaction state Success")
        << QJsonObject{{u"transaction"_s, tx({{u"type"_s, u"Authorization"_s}, {u"state"_s, u"Success"_s}})}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("refund") << QJsonObject{{u"transaction"_s, tx({{u"type"_s, u"Refund"_s}})}}
                            << u"InvalidField"_s;
    QTest::newRow("chargeback") << QJsonObject{{u"transaction"_s, tx({{u"type"_s, u"Chargeback"_s}})}}
                                << u"InvalidField"_s;
    QTest::newRow("transactions list")
        << QJsonObject{{u"transactions"_s, QJsonArray()}} << u"InvalidJsonInput"_s;
    QTest::newRow("payment status") << QJsonObject{{u"paymentStatus"_s,
                                                    QJsonObject{{u"interfaceCode"_s, u"paid"_s}}}}
                                    << u"InvalidJsonInput"_s;
    QTest::newRow("customer") << QJsonObject{{u"customer"_s,
                                              QJsonObject{{u"typeId"_s, u"customer"_s}, {u"id"_s, u"x"_s}}}}
                              << u"InvalidJsonInput"_s;
    QTest::newRow("interfaceId") << QJsonObject{{u"interfaceId"_s, u"psp_forged"_s}} << u"InvalidJsonInput"_s;
}

void TestBuyerSurfaces::myPaymentsRecordNoStateAndNoRefund()
{
    QFETCH(QJsonObject, draft);
    QFETCH(QString, code);
    draft.insert(u"amountPlanned"_s, money(1999));
    const HttpResult r = m_f.post(m_f.base() % u"/me/payments"_s, draft, m_shopper);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    // Without the extra a buyer records an Initial authorization, and cannot change its state later.
    const HttpResult ok = m_f.post(
        m_f.base() % u"/me/payments"_s,
        {{u"amountPlanned"_s, money(1999)},
         {u"transaction"_s, QJsonObject{{u"type"_s, u"Authorization"_s}, {u"amount"_s, money(1999)}}}},
        m_shopper);
    QCOMPARE(ok.status, 201);
    const QJsonObject transaction = ok.json.value(u"transactions"_s).toArray().at(0).toObject();
    QCOMPARE(transaction.value(u"state"_s).toString(), u"Initial"_s);
    const QString path = m_f.base() % u"/me/payments/"_s % ok.json.value(u"id"_s).toString();
    for (const QJsonObject &action :
         {act(u"changeTransactionState"_s,
              {{u"transactionId"_s, transaction.value(u"id"_s)}, {u"state"_s, u"Success"_s}}),
          act(u"addTransaction"_s, {{u"transaction"_s, QJsonObject{{u"type"_s, u"Charge"_s},
                                                                   {u"amount"_s, money(1999)},
                                                                   {u"state"_s, u"Success"_s}}}}),
          act(u"setStatusInterfaceCode"_s, {{u"interfaceCode"_s, u"paid"_s}}), act(u"setAmountPlanned"_s)}) {
        const HttpResult refused = m_f.update(path, 1, {action}, m_shopper);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"InvalidJsonInput"_s);
    }
}

void TestBuyerSurfaces::myCustomerSurfaces_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("signup with a key")
        << u"/me/signup"_s
        << QJsonObject{
               {u"email"_s, u"new1@x.example"_s}, {u"password"_s, u"pw-123456"_s}, {u"key"_s, u"chosen"_s}};
    QTest::newRow("signup with a customer group")
        << u"/me/signup"_s
        << QJsonObject{{u"email"_s, u"new2@x.example"_s},
                       {u"password"_s, u"pw-123456"_s},
                       {u"customerGroup"_s, QJsonObject{{u"key"_s, u"b2b"_s}}}};
    QTest::newRow("signup taking an anonymous cart")
        << u"/me/signup"_s
        << QJsonObject{{u"email"_s, u"new3@x.example"_s},
                       {u"password"_s, u"pw-123456"_s},
                       {u"anonymousCart"_s, QJsonObject{{u"id"_s, u"x"_s}}}};
    QTest::newRow("login naming an anonymous cart") << u"/me/login"_s
                                                    << QJsonObject{{u"email"_s, Shopper},
                                                                   {u"password"_s, u"Shopper-Demo-2026"_s},
                                                                   {u"anonymousCartId"_s, u"x"_s}};
    QTest::newRow("update setCustomerGroup")
        << u"/me"_s
        << QJsonObject{
               {u"version"_s, 1},
               {u"actions"_s, QJsonArray{act(u"setCustomerGroup"_s,
                                             {{u"customerGroup"_s, QJsonObject{{u"key"_s, u"b2b"_s}}}})}}};
    QTest::newRow("update setKey") << u"/me"_s
                                   << QJsonObject{{u"version"_s, 1},
                                                  {u"actions"_s, QJsonArray{act(u"setKey"_s)}}};
}

void TestBuyerSurfaces::myCustomerSurfaces()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const QByteArray token = path == u"/me"_s ? m_shopper : m_f.anonymousToken();
    const HttpResult r = m_f.post(m_f.base() % path, body, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidJsonInput"_s);
}

void TestBuyerSurfaces::associateDraftsKeepMoneyAndStatesTheSellers_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonObject>("draft");
    const QJsonObject eur{{u"currency"_s, u"EUR"_s}};
    const auto with = [](QJsonObject o, const QString &k, const QJsonValue &v) {
        o.insert(k, v);
        return o;
    };
    QTest::newRow("cart customer group")
        << u"carts"_s << with(eur, u"customerGroup"_s, QJsonObject{{u"key"_s, u"b2b"_s}});
    QTest::newRow("cart custom line items") << u"carts"_s << with(eur, u"customLineItems"_s, QJsonArray());
    QTest::newRow("cart line external price")
        << u"carts"_s
        << with(eur, u"lineItems"_s,
                QJsonArray{QJsonObject{{u"sku"_s, u"SKU"_s}, {u"externalPrice"_s, money(1)}}});
    QTest::newRow("cart customer id") << u"carts"_s << with(eur, u"customerId"_s, u"x"_s);
    // orderNumber is allowed here: the route needs manage_orders, its caller is the trusted Orchestration
    // layer.
    QTest::newRow("order payment state")
        << u"orders"_s << QJsonObject{{u"id"_s, u"x"_s}, {u"version"_s, 1}, {u"paymentState"_s, u"Paid"_s}};
}

void TestBuyerSurfaces::associateDraftsKeepMoneyAndStatesTheSellers()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, draft);
    const QString base = m_f.base() % u"/as-associate/"_s % DemoAccounts::customerId(Buyer) %
                         u"/in-business-unit/key=acme-industrial/"_s % resource;
    const HttpResult r = m_f.post(base, draft, m_buyer);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidInput"_s);
}

void TestBuyerSurfaces::legitimateBuyerFlowStillWorks()
{
    // What the storefront sends: an External-tax /me cart, address, shipping method, a payment, the order.
    const HttpResult created =
        m_f.post(m_f.base() % u"/me/carts"_s,
                 {{u"currency"_s, u"EUR"_s},
                  {u"country"_s, u"DE"_s},
                  {u"locale"_s, u"de-DE"_s},
                  {u"taxMode"_s, u"Platform"_s},
                  {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 2}}}}},
                 m_shopper);
    QCOMPARE(created.status, 201);
    const QString path = m_f.base() % u"/me/carts/"_s % created.json.value(u"id"_s).toString();
    const HttpResult payment =
        m_f.post(m_f.base() % u"/me/payments"_s,
                 {{u"amountPlanned"_s, created.json.value(u"totalPrice"_s)},
                  {u"transaction"_s, QJsonObject{{u"type"_s, u"Authorization"_s},
                                                 {u"amount"_s, created.json.value(u"totalPrice"_s)},
                                                 {u"interactionId"_s, u"psp_1"_s}}}},
                 m_shopper);
    QCOMPARE(payment.status, 201);
    const HttpResult updated = m_f.update(
        path, 1,
        {act(u"setShippingAddress"_s, {{u"address"_s, De}}),
         act(u"setCustomerEmail"_s, {{u"email"_s, Shopper}}),
         act(u"changeLineItemQuantity"_s,
             {{u"lineItemId"_s, created.json.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s)},
              {u"quantity"_s, 3}}),
         act(u"addPayment"_s, {{u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s},
                                                          {u"id"_s, payment.json.value(u"id"_s)}}}})},
        m_shopper);
    QCOMPARE(updated.status, 200);
    const HttpResult order =
        m_f.post(m_f.base() % u"/me/orders"_s,
                 {{u"id"_s, updated.json.value(u"id"_s)}, {u"version"_s, updated.json.value(u"version"_s)}},
                 m_shopper);
    QCOMPARE(order.status, 201);
    QCOMPARE(order.json.value(u"orderState"_s).toString(), u"Open"_s);
    QVERIFY(!order.json.contains(u"paymentState"_s) ||
            order.json.value(u"paymentState"_s).toString() != u"Paid"_s);
}

void TestBuyerSurfaces::quantitiesAndAmountsAreChecked_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QString>("code");
    const qint64 huge = qint64(1) << 62;
    QTest::newRow("add 2^62") << act(u"addLineItem"_s, {{u"sku"_s, u"SKU"_s}, {u"quantity"_s, huge}})
                              << u"InvalidInput"_s;
    QTest::newRow("add 2^31") << act(u"addLineItem"_s,
                                     {{u"sku"_s, u"SKU"_s}, {u"quantity"_s, qint64(1) << 31}})
                              << u"InvalidInput"_s;
    QTest::newRow("add fraction") << act(u"addLineItem"_s, {{u"sku"_s, u"SKU"_s}, {u"quantity"_s, 1.5}})
                                  << u"InvalidInput"_s;
    QTest::newRow("add negative") << act(u"addLineItem"_s, {{u"sku"_s, u"SKU"_s}, {u"quantity"_s, -3}})
                                  << u"InvalidInput"_s;
    QTest::newRow("change to 2^62") << act(u"changeLineItemQuantity"_s,
                                           {{u"lineItemId"_s, u"LINE"_s}, {u"quantity"_s, huge}})
                                    << u"InvalidInput"_s;
    QTest::newRow("remove 2^62") << act(u"removeLineItem"_s,
                                        {{u"lineItemId"_s, u"LINE"_s}, {u"quantity"_s, huge}})
                                 << u"InvalidInput"_s;
}

void TestBuyerSurfaces::quantitiesAndAmountsAreChecked()
{
    QFETCH(QJsonObject, action);
    QFETCH(QString, code);
    const QString id = myCart(m_anonymous);
    QVERIFY(!id.isEmpty());
    const QString path = m_f.base() % u"/me/carts/"_s % id;
    const QJsonObject before = m_f.get(path, m_anonymous).json;
    if (action.value(u"sku"_s) == u"SKU"_s)
        action.insert(u"sku"_s, m_sku);
    if (action.value(u"lineItemId"_s) == u"LINE"_s)
        action.insert(u"lineItemId"_s,
                      before.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s));
    const HttpResult r = m_f.update(path, 1, {action}, m_anonymous);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(m_f.get(path, m_anonymous).json, before);
    m_f.del(path, m_anonymous, 1);
}

void TestBuyerSurfaces::totalsNeverWrap()
{
    // The largest quantity is fine for a cheap item; two of them on one line are not.
    const QString id = myCart(m_anonymous);
    const QString path = m_f.base() % u"/me/carts/"_s % id;
    const HttpResult max = m_f.update(
        path, 1, {act(u"addLineItem"_s, {{u"sku"_s, m_sku}, {u"quantity"_s, 2147483646}})}, m_anonymous);
    QCOMPARE(max.status, 200);
    QCOMPARE(max.json.value(u"lineItems"_s).toArray().at(0).toObject().value(u"quantity"_s).toInteger(),
             2147483647);
    QVERIFY(max.json.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger() > 0);
    const HttpResult more =
        m_f.update(path, 2, {act(u"addLineItem"_s, {{u"sku"_s, m_sku}, {u"quantity"_s, 1}})}, m_anonymous);
    QCOMPARE(more.status, 400);
    QCOMPARE(more.errorCode(), u"InvalidInput"_s);
    // A merchant's external price near the limit: the total would leave the range → MoneyOverflow,
    // never a negative total, and the cart stays as it was.
    const HttpResult admin =
        m_f.post(m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}}, m_f.adminToken());
    QCOMPARE(admin.status, 201);
    const QString adminPath = m_f.base() % u"/carts/"_s % admin.json.value(u"id"_s).toString();
    const HttpResult overflow = m_f.update(
        adminPath, 1,
        {act(u"addLineItem"_s,
             {{u"sku"_s, m_sku}, {u"quantity"_s, 1000}, {u"externalPrice"_s, money(9000000000000000)}})},
        m_f.adminToken());
    QCOMPARE(overflow.status, 400);
    QCOMPARE(overflow.errorCode(), u"MoneyOverflow"_s);
    const HttpResult twoLines = m_f.update(
        adminPath, 1,
        {act(u"addLineItem"_s, {{u"sku"_s, m_sku}, {u"externalPrice"_s, money(9000000000000000)}}),
         act(u"addLineItem"_s,
             {{u"sku"_s, m_sku}, {u"key"_s, u"second"_s}, {u"externalPrice"_s, money(9000000000000000)}})},
        m_f.adminToken());
    QCOMPARE(twoLines.status, 400);
    QCOMPARE(twoLines.errorCode(), u"MoneyOverflow"_s);
    const HttpResult tooBig =
        m_f.update(adminPath, 1,
                   {act(u"addLineItem"_s, {{u"sku"_s, m_sku}, {u"externalPrice"_s, money(qint64(1) << 60)}})},
                   m_f.adminToken());
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(m_f.get(adminPath, m_f.adminToken()).json.value(u"version"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBuyerSurfaces)
#include "TestBuyerSurfaces.moc"
