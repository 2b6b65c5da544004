// SPDX-License-Identifier: MIT
// Predicate: parsing and evaluation of the commercetools query predicate language.
#include "sandbox/query/Predicate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::sandbox::Predicate;

namespace {

QJsonObject order()
{
    return QJsonDocument::fromJson(R"({
        "id": "o-1", "version": 3, "orderNumber": "A-1", "orderState": "Open",
        "createdAt": "2026-03-01T10:00:00.000Z", "customerEmail": "ada@example.com",
        "totalPrice": {"currencyCode": "EUR", "centAmount": 12500, "fractionDigits": 2},
        "shippingAddress": {"country": "DE", "city": "Berlin"},
        "billingAddress": null,
        "lineItems": [
            {"id": "li-1", "quantity": 2, "variant": {"sku": "MUG-1", "attributes": [{"name": "color", "value": "red"}]}},
            {"id": "li-2", "quantity": 5, "variant": {"sku": "TEE-9", "attributes": []}}
        ],
        "tags": ["gift", "b2b"], "discountCodes": [], "taxedPrice": {"totalNet": {"centAmount": 10504}},
        "frozen": false, "name": {"en": "Order", "de-DE": "Bestellung"}
    })")
        .object();
}

} // namespace

class TestQueryPredicate : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void malformed_data();
    void malformed();
    void allOfAndsParts();
    void variablesListAndCoercion();
};

void TestQueryPredicate::matches_data()
{
    QTest::addColumn<QString>("predicate");
    QTest::addColumn<bool>("expected");

    QTest::newRow("string equal") << u"orderState = \"Open\""_s << true;
    QTest::newRow("string equal, other value") << u"orderState = \"Complete\""_s << false;
    QTest::newRow("not equal !=") << u"orderState != \"Complete\""_s << true;
    QTest::newRow("not equal <>") << u"orderState <> \"Open\""_s << false;
    QTest::newRow("not equal on missing field") << u"paymentState != \"Paid\""_s << true;
    QTest::newRow("equal on missing field") << u"paymentState = \"Paid\""_s << false;
    QTest::newRow("number greater") << u"version > 2"_s << true;
    QTest::newRow("number greater, false") << u"version > 3"_s << false;
    QTest::newRow("number greater or equal") << u"version >= 3"_s << true;
    QTest::newRow("number less") << u"version < 3"_s << false;
    QTest::newRow("number less or equal") << u"version <= 3"_s << true;
    QTest::newRow("negative number") << u"version > -1"_s << true;
    QTest::newRow("decimal number") << u"version < 3.5"_s << true;
    QTest::newRow("date-time string compare") << u"createdAt > \"2026-01-01T00:00:00.000Z\""_s << true;
    QTest::newRow("date-time string compare, later") << u"createdAt >= \"2026-03-02\""_s << false;
    QTest::newRow("dotted path") << u"totalPrice.centAmount > 10000"_s << true;
    QTest::newRow("scoped path") << u"totalPrice(centAmount > 10000)"_s << true;
    QTest::newRow("scoped path, two fields")
        << u"totalPrice(centAmount = 12500 and currencyCode = \"EUR\")"_s << true;
    QTest::newRow("scoped path, mismatch") << u"totalPrice(currencyCode = \"USD\")"_s << false;
    QTest::newRow("deep scope") << u"taxedPrice(totalNet(centAmount = 10504))"_s << true;
    QTest::newRow("array scope, any element") << u"lineItems(variant(sku = \"TEE-9\"))"_s << true;
    QTest::newRow("array scope, no element") << u"lineItems(variant(sku = \"NOPE\"))"_s << false;
    QTest::newRow("array scope, same element")
        << u"lineItems(quantity = 5 and variant(sku = \"TEE-9\"))"_s << true;
    QTest::newRow("array scope, different elements")
        << u"lineItems(quantity = 2 and variant(sku = \"TEE-9\"))"_s << false;
    QTest::newRow("array dotted path") << u"lineItems.variant.sku = \"MUG-1\""_s << true;
    QTest::newRow("nested arrays")
        << u"lineItems(variant(attributes(name = \"color\" and value = \"red\")))"_s << true;
    QTest::newRow("in") << u"orderState in (\"Open\", \"Confirmed\")"_s << true;
    QTest::newRow("in, no match") << u"orderState in (\"Complete\", \"Cancelled\")"_s << false;
    QTest::newRow("in numbers") << u"version in (1, 2, 3)"_s << true;
    QTest::newRow("not in") << u"orderState not in (\"Complete\")"_s << true;
    QTest::newRow("not in, excluded") << u"orderState not in (\"Open\")"_s << false;
    QTest::newRow("contains any") << u"tags contains any (\"gift\", \"x\")"_s << true;
    QTest::newRow("contains any, none") << u"tags contains any (\"x\", \"y\")"_s << false;
    QTest::newRow("contains all") << u"tags contains all (\"gift\", \"b2b\")"_s << true;
    QTest::newRow("contains all, one missing") << u"tags contains all (\"gift\", \"x\")"_s << false;
    QTest::newRow("equal on array element") << u"tags = \"b2b\""_s << true;
    QTest::newRow("is defined") << u"shippingAddress is defined"_s << true;
    QTest::newRow("is defined, missing") << u"paymentState is defined"_s << false;
    QTest::newRow("is defined, null") << u"billingAddress is defined"_s << false;
    QTest::newRow("is not defined, missing") << u"paymentState is not defined"_s << true;
    QTest::newRow("is not defined, null") << u"billingAddress is not defined"_s << true;
    QTest::newRow("is not defined, present") << u"orderState is not defined"_s << false;
    QTest::newRow("nested is defined") << u"shippingAddress(city is defined)"_s << true;
    QTest::newRow("is empty") << u"discountCodes is empty"_s << true;
    QTest::newRow("is empty, non-empty") << u"tags is empty"_s << false;
    QTest::newRow("is not empty") << u"tags is not empty"_s << true;
    QTest::newRow("is not empty, empty") << u"discountCodes is not empty"_s << false;
    QTest::newRow("and") << u"orderState = \"Open\" and version = 3"_s << true;
    QTest::newRow("and, one false") << u"orderState = \"Open\" and version = 4"_s << false;
    QTest::newRow("or") << u"orderState = \"Complete\" or version = 3"_s << true;
    QTest::newRow("or, both false") << u"orderState = \"Complete\" or version = 4"_s << false;
    QTest::newRow("and binds tighter than or")
        << u"version = 3 or version = 4 and orderState = \"X\""_s << true;
    QTest::newRow("parentheses override")
        << u"(version = 3 or version = 4) and orderState = \"X\""_s << false;
    QTest::newRow("not") << u"not(orderState = \"Complete\")"_s << true;
    QTest::newRow("not, true inside") << u"not(orderState = \"Open\")"_s << false;
    QTest::newRow("not with space") << u"not (version = 1 or version = 2)"_s << true;
    QTest::newRow("keywords case-insensitive") << u"orderState IN (\"Open\") AND tags IS NOT EMPTY"_s << true;
    QTest::newRow("boolean literal") << u"frozen = false"_s << true;
    QTest::newRow("boolean literal, mismatch") << u"frozen = true"_s << false;
    QTest::newRow("escaped quote") << u"customerEmail != \"a\\\"b\""_s << true;
    QTest::newRow("localized field with hyphen") << u"name(de-DE = \"Bestellung\")"_s << true;
    QTest::newRow("no whitespace") << u"version>=3 and orderState=\"Open\""_s << true;
    QTest::newRow("type mismatch is false") << u"orderState > 5"_s << false;
    QTest::newRow("string to number coercion") << u"version = \"3\""_s << true;
    QTest::newRow("unicode escape") << u"orderState = \"\\u004Fpen\""_s << true;
    QTest::newRow("variable") << u"orderNumber = :num"_s << true;
    QTest::newRow("variable list in") << u"orderNumber in :nums"_s << true;
    QTest::newRow("variable list not in") << u"orderNumber not in :nums"_s << false;
    QTest::newRow("variable inside list") << u"orderNumber in (\"Z\", :num)"_s << true;
}

void TestQueryPredicate::matches()
{
    QFETCH(QString, predicate);
    QFETCH(bool, expected);
    const QHash<QString, QJsonValue> vars{{u"num"_s, u"A-1"_s}, {u"nums"_s, QJsonArray{u"A-0"_s, u"A-1"_s}}};
    QString error;
    const auto p = Predicate::parse(predicate, vars, &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->matches(order()), expected);
}

void TestQueryPredicate::malformed_data()
{
    QTest::addColumn<QString>("predicate");
    QTest::addColumn<int>("position");

    QTest::newRow("empty") << u""_s << 1;
    QTest::newRow("blank") << u"   "_s << 1;
    QTest::newRow("missing value") << u"orderState ="_s << 13;
    QTest::newRow("missing operator") << u"orderState \"Open\""_s << 12;
    QTest::newRow("unknown operator word") << u"orderState like \"O%\""_s << 12;
    QTest::newRow("double operator") << u"version = = 3"_s << 11;
    QTest::newRow("unterminated string") << u"orderState = \"Open"_s << 14;
    QTest::newRow("unbalanced open paren") << u"totalPrice(centAmount > 1"_s << 26;
    QTest::newRow("unbalanced close paren") << u"version = 3)"_s << 12;
    QTest::newRow("dangling and") << u"version = 3 and"_s << 16;
    QTest::newRow("dangling or") << u"version = 3 or "_s << 16;
    QTest::newRow("two predicates without and") << u"version = 3 version = 4"_s << 13;
    QTest::newRow("in without list") << u"version in 3"_s << 12;
    QTest::newRow("in list without close") << u"version in (1, 2"_s << 17;
    QTest::newRow("in list trailing comma") << u"version in (1, )"_s << 16;
    QTest::newRow("contains without any/all") << u"tags contains (\"a\")"_s << 15;
    QTest::newRow("is without defined") << u"tags is nothing"_s << 9;
    QTest::newRow("is not without defined") << u"tags is not 5"_s << 13;
    QTest::newRow("illegal character") << u"version = 3 & version = 4"_s << 13;
    QTest::newRow("unknown variable") << u"orderNumber = :missing"_s << 15;
    QTest::newRow("identifier as value") << u"orderState = Open"_s << 14;
    QTest::newRow("dot without field") << u"totalPrice. = 1"_s << 13;
    QTest::newRow("starts with operator") << u"= 3"_s << 1;
    QTest::newRow("empty parens") << u"()"_s << 2;
    QTest::newRow("number glued to word") << u"version = 3x"_s << 12;
    QTest::newRow("list variable with =") << u"orderNumber = :nums"_s << 13;
    QTest::newRow("not without parens") << u"not version = 3"_s << 5;
    QTest::newRow("deep nesting") << QString(u"("_s.repeated(100) + u"a = 1"_s + u")"_s.repeated(100)) << 66;
}

void TestQueryPredicate::malformed()
{
    QFETCH(QString, predicate);
    QFETCH(int, position);
    const QHash<QString, QJsonValue> vars{{u"nums"_s, QJsonArray{u"A-0"_s, u"A-1"_s}}};
    QString error;
    const auto p = Predicate::parse(predicate, vars, &error);
    QVERIFY(!p.has_value());
    QVERIFY2(error.contains(u"at position %1"_s.arg(position)) ||
                 error.contains(u"starting at position %1"_s.arg(position)),
             qPrintable(error));
}

void TestQueryPredicate::allOfAndsParts()
{
    QString error;
    const auto a = Predicate::parse(u"orderState = \"Open\""_s, {}, &error);
    const auto b = Predicate::parse(u"version = 3"_s, {}, &error);
    const auto c = Predicate::parse(u"version = 4"_s, {}, &error);
    QVERIFY(a && b && c);
    QVERIFY(Predicate::allOf({*a, *b}).matches(order()));
    QVERIFY(!Predicate::allOf({*a, *b, *c}).matches(order()));
    QVERIFY(Predicate::allOf({*a}).matches(order()));
}

void TestQueryPredicate::variablesListAndCoercion()
{
    QString error;
    // URL variables are strings: a number field compared with "3" converts it.
    const auto p = Predicate::parse(u"version in :v and frozen = :f"_s,
                                    {{u"v"_s, QJsonArray{u"2"_s, u"3"_s}}, {u"f"_s, u"false"_s}}, &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(p->matches(order()));
    const auto q = Predicate::parse(u"version in :v"_s, {{u"v"_s, u"4"_s}}, &error);
    QVERIFY(q);
    QVERIFY(!q->matches(order()));
}

QTEST_GUILESS_MAIN(TestQueryPredicate)
#include "TestQueryPredicate.moc"
