// SPDX-License-Identifier: MIT
// Payments over real loopback HTTP: create (interfaceId kept), update actions, DuplicateField on a
// reused interfaceId, enum validation, versions, /me/payments isolation, cart addPayment/removePayment.
#include "CommerceTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

QJsonObject eur(qint64 cents)
{
    return QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, cents}};
}

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

} // namespace

class TestSandboxPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createKeepsInterfaceId();
    void updateActions_data();
    void updateActions();
    void duplicateInterfaceId();
    void invalidEnumsAndVersions();
    void myPaymentsAreIsolated();
    void cartAddAndRemovePayment();

private:
    QJsonObject create(const QJsonObject &draft);

    CommerceFixture m_f;
};

void TestSandboxPayments::initTestCase()
{
    QString error;
    QVERIFY2(m_f.start(u"payments-test"_s, &error), qPrintable(error));
}

QJsonObject TestSandboxPayments::create(const QJsonObject &draft)
{
    const HttpResult r = m_f.post(m_f.base() % u"/payments"_s, draft, m_f.adminToken());
    if (r.status != 201)
        qWarning() << r.body;
    return r.status == 201 ? r.json : QJsonObject();
}

void TestSandboxPayments::createKeepsInterfaceId()
{
    const QJsonObject p =
        create({{u"key"_s, u"pay-1"_s},
                {u"interfaceId"_s, u"psp_123"_s},
                {u"amountPlanned"_s, eur(1999)},
                {u"paymentMethodInfo"_s,
                 QJsonObject{{u"paymentInterface"_s, u"demo-psp"_s}, {u"method"_s, u"CREDIT_CARD"_s}}},
                {u"transactions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Authorization"_s},
                                                           {u"amount"_s, eur(1999)},
                                                           {u"state"_s, u"Success"_s},
                                                           {u"interactionId"_s, u"A1B2C3"_s}}}}});
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.value(u"interfaceId"_s).toString(), u"psp_123"_s);
    QCOMPARE(p.value(u"amountPlanned"_s).toObject().value(u"fractionDigits"_s).toInt(), 2);
    QCOMPARE(p.value(u"transactions"_s).toArray().at(0).toObject().value(u"state"_s).toString(),
             u"Success"_s);
    QVERIFY(!p.value(u"transactions"_s).toArray().at(0).toObject().value(u"id"_s).toString().isEmpty());
    QCOMPARE(m_f.get(m_f.base() % u"/payments/key=pay-1"_s, m_f.adminToken()).json, p);
    QCOMPARE(m_f.get(m_f.base() % u"/payments/"_s % p.value(u"id"_s).toString(), m_f.adminToken()).json, p);
}

void TestSandboxPayments::updateActions_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("setInterfaceId") << act(u"setInterfaceId"_s, {{u"interfaceId"_s, u"psp_new"_s}})
                                    << u"interfaceId"_s << QJsonValue(u"psp_new"_s);
    QTest::newRow("setStatusInterfaceCode")
        << act(u"setStatusInterfaceCode"_s, {{u"interfaceCode"_s, u"approved"_s}})
        << u"paymentStatus.interfaceCode"_s << QJsonValue(u"approved"_s);
    QTest::newRow("setMethodInfoName")
        << act(u"setMethodInfoName"_s, {{u"name"_s, QJsonObject{{u"en"_s, u"Card"_s}}}})
        << u"paymentMethodInfo.name"_s << QJsonValue(QJsonObject{{u"en"_s, u"Card"_s}});
    QTest::newRow("setMethodInfoMethod") << act(u"setMethodInfoMethod"_s, {{u"method"_s, u"PAYPAL"_s}})
                                         << u"paymentMethodInfo.method"_s << QJsonValue(u"PAYPAL"_s);
    QTest::newRow("setKey") << act(u"setKey"_s, {{u"key"_s, u"renamed"_s}}) << u"key"_s
                            << QJsonValue(u"renamed"_s);
    QTest::newRow("setAmountPlanned") << act(u"changeAmountPlanned"_s, {{u"amount"_s, eur(500)}})
                                      << u"amountPlanned.centAmount"_s << QJsonValue(500);
    QTest::newRow("addTransaction") << act(u"addTransaction"_s,
                                           {{u"transaction"_s, QJsonObject{{u"type"_s, u"Charge"_s},
                                                                           {u"amount"_s, eur(1000)}}}})
                                    << u"transactions.0.type"_s << QJsonValue(u"Charge"_s);
}

void TestSandboxPayments::updateActions()
{
    QFETCH(QJsonObject, action);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const QJsonObject p = create({{u"amountPlanned"_s, eur(1000)}});
    const HttpResult r =
        m_f.update(m_f.base() % u"/payments/"_s % p.value(u"id"_s).toString(), 1, {action}, m_f.adminToken());
    QCOMPARE(r.status, 200);
    QJsonValue value = r.json;
    for (const QString &part : path.split(u'.')) {
        bool index = false;
        const int i = part.toInt(&index);
        value = index ? value.toArray().at(i) : value.toObject().value(part);
    }
    QCOMPARE(value, expected);
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
}

void TestSandboxPayments::duplicateInterfaceId()
{
    const QJsonObject info{{u"paymentInterface"_s, u"dup-psp"_s}};
    QVERIFY(
        !create({{u"amountPlanned"_s, eur(1)}, {u"interfaceId"_s, u"same"_s}, {u"paymentMethodInfo"_s, info}})
             .isEmpty());
    const HttpResult second = m_f.post(
        m_f.base() % u"/payments"_s,
        {{u"amountPlanned"_s, eur(1)}, {u"interfaceId"_s, u"same"_s}, {u"paymentMethodInfo"_s, info}},
        m_f.adminToken());
    QCOMPARE(second.status, 400);
    QCOMPARE(second.errorCode(), u"DuplicateField"_s);
    // Another PSP may use the same id.
    QVERIFY(!create({{u"amountPlanned"_s, eur(1)},
                     {u"interfaceId"_s, u"same"_s},
                     {u"paymentMethodInfo"_s, QJsonObject{{u"paymentInterface"_s, u"other-psp"_s}}}})
                 .isEmpty());
    const QJsonObject third = create({{u"amountPlanned"_s, eur(1)}, {u"paymentMethodInfo"_s, info}});
    const HttpResult r =
        m_f.update(m_f.base() % u"/payments/"_s % third.value(u"id"_s).toString(), 1,
                   {act(u"setInterfaceId"_s, {{u"interfaceId"_s, u"same"_s}})}, m_f.adminToken());
    QCOMPARE(r.errorCode(), u"DuplicateField"_s);
}

void TestSandboxPayments::invalidEnumsAndVersions()
{
    const QJsonObject p = create(
        {{u"amountPlanned"_s, eur(1000)},
         {u"transactions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Charge"_s}, {u"amount"_s, eur(1000)}}}}});
    const QString path = m_f.base() % u"/payments/"_s % p.value(u"id"_s).toString();
    const QString txId = p.value(u"transactions"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    HttpResult r = m_f.update(
        path, 1, {act(u"changeTransactionState"_s, {{u"transactionId"_s, txId}, {u"state"_s, u"Done"_s}})},
        m_f.adminToken());
    QCOMPARE(r.errorCode(), u"InvalidField"_s);
    r = m_f.update(
        path, 1, {act(u"changeTransactionState"_s, {{u"transactionId"_s, txId}, {u"state"_s, u"Success"_s}})},
        m_f.adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"transactions"_s).toArray().at(0).toObject().value(u"state"_s).toString(),
             u"Success"_s);
    r = m_f.update(path, 1, {act(u"setKey"_s, {{u"key"_s, u"late"_s}})}, m_f.adminToken());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"currentVersion"_s).toInt(), 2);
    QCOMPARE(m_f.post(m_f.base() % u"/payments"_s,
                      {{u"amountPlanned"_s, eur(1)},
                       {u"transactions"_s,
                        QJsonArray{QJsonObject{{u"type"_s, u"Steal"_s}, {u"amount"_s, eur(1)}}}}},
                      m_f.adminToken())
                 .errorCode(),
             u"InvalidField"_s);
    QCOMPARE(m_f.update(path, 2, {act(u"explode"_s)}, m_f.adminToken()).errorCode(), u"InvalidInput"_s);
}

void TestSandboxPayments::myPaymentsAreIsolated()
{
    const QByteArray a = m_f.anonymousToken();
    const QByteArray b = m_f.anonymousToken();
    const QString me = m_f.base() % u"/me/payments"_s;
    const HttpResult created = m_f.post(me, {{u"amountPlanned"_s, eur(2500)}}, a);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.json.value(u"anonymousId"_s).toString().isEmpty());
    const QString id = created.json.value(u"id"_s).toString();
    QCOMPARE(m_f.get(me % u'/' % id, a).status, 200);
    QCOMPARE(m_f.get(me % u'/' % id, b).status, 404);
    QCOMPARE(m_f.get(me, b).json.value(u"total"_s).toInt(), 0);
    QCOMPARE(m_f.get(me, a).json.value(u"total"_s).toInt(), 1);
    QCOMPARE(m_f.get(m_f.base() % u"/payments/"_s % id, a).status, 403);
    // interface fields are not MyPayment actions (MyPaymentUpdateAction has no setInterfaceId)
    QCOMPARE(m_f.update(me % u'/' % id, 1, {act(u"setInterfaceId"_s, {{u"interfaceId"_s, u"x"_s}})}, a)
                 .errorCode(),
             u"InvalidJsonInput"_s);
}

void TestSandboxPayments::cartAddAndRemovePayment()
{
    const QJsonObject p = create({{u"amountPlanned"_s, eur(100)}});
    const HttpResult cart = m_f.post(m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}}, m_f.adminToken());
    const QString path = m_f.base() % u"/carts/"_s % cart.json.value(u"id"_s).toString();
    const QJsonObject ref{{u"typeId"_s, u"payment"_s}, {u"id"_s, p.value(u"id"_s)}};
    HttpResult r = m_f.update(path, 1, {act(u"addPayment"_s, {{u"payment"_s, ref}})}, m_f.adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray(), QJsonArray{ref});
    const HttpResult expanded =
        m_f.get(path, m_f.adminToken(), {{u"expand"_s, u"paymentInfo.payments[*]"_s}});
    QCOMPARE(expanded.status, 200);
    r = m_f.update(path, 2, {act(u"removePayment"_s, {{u"payment"_s, ref}})}, m_f.adminToken());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"paymentInfo"_s));
}

QTEST_GUILESS_MAIN(TestSandboxPayments)
#include "TestSandboxPayments.moc"
