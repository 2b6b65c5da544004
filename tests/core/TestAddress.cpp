// SPDX-License-Identifier: MIT
#include "core/Address.h"
#include "core/AddressRules.h"
#include "core/Market.h"
#include "core/Subdivisions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

using Kind = AddressProblem::Kind;

std::optional<QString> opt(const QString &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value);
}

// "field:Missing,field:Invalid" for compact expectations.
QString describe(const QList<AddressProblem> &problems)
{
    QStringList parts;
    for (const AddressProblem &p : problems)
        parts.append(p.field + u':' + (p.kind == Kind::Missing ? u"Missing"_s : u"Invalid"_s));
    return parts.join(u',');
}

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void equality();
    void deliveryNeedsNameStreetCityPostalCode();
    void guestDeliveryNeedsEmail();
    void subdivisions();
    void markets();
};

void TestAddress::validate_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("problems");
    const QString none;

    QTest::newRow("DE valid") << u"DE"_s << u"10115"_s << none << none << QString();
    QTest::newRow("DE four digits") << u"DE"_s << u"1011"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("DE letters") << u"DE"_s << u"1O115"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("DE missing postal code") << u"DE"_s << none << none << none << u"postalCode:Missing"_s;
    QTest::newRow("DE blank postal code") << u"DE"_s << u"  "_s << none << none << u"postalCode:Missing"_s;
    QTest::newRow("FR valid") << u"FR"_s << u"75008"_s << none << none << QString();
    QTest::newRow("FR six digits") << u"FR"_s << u"750080"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("NL valid with space") << u"NL"_s << u"1012 AB"_s << none << none << QString();
    QTest::newRow("NL valid without space, lower case")
        << u"NL"_s << u"1012ab"_s << none << none << QString();
    QTest::newRow("NL leading zero") << u"NL"_s << u"0123 AB"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("NL digits only") << u"NL"_s << u"1012"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("GB London") << u"GB"_s << u"SW1A 1AA"_s << none << none << QString();
    QTest::newRow("GB Manchester short") << u"GB"_s << u"M1 1AE"_s << none << none << QString();
    QTest::newRow("GB no space") << u"GB"_s << u"EC1A1BB"_s << none << none << QString();
    QTest::newRow("GB numeric") << u"GB"_s << u"12345"_s << none << none << u"postalCode:Invalid"_s;
    QTest::newRow("US ZIP") << u"US"_s << u"94105"_s << u"CA"_s << none << QString();
    QTest::newRow("US ZIP+4") << u"US"_s << u"94105-1420"_s << u"CA"_s << none << QString();
    QTest::newRow("US missing state") << u"US"_s << u"94105"_s << none << none << u"state:Missing"_s;
    QTest::newRow("US unknown state") << u"US"_s << u"94105"_s << u"XX"_s << none << u"state:Invalid"_s;
    QTest::newRow("US state name instead of code")
        << u"US"_s << u"94105"_s << u"California"_s << none << u"state:Invalid"_s;
    QTest::newRow("US bad ZIP and no state")
        << u"US"_s << u"9410"_s << none << none << u"postalCode:Invalid,state:Missing"_s;
    QTest::newRow("CA province required") << u"CA"_s << u"K1A 0B1"_s << none << none << u"state:Missing"_s;
    QTest::newRow("CA valid") << u"CA"_s << u"K1A 0B1"_s << u"ON"_s << none << QString();
    QTest::newRow("country without rules accepts anything")
        << u"JP"_s << u"whatever"_s << none << none << QString();
    QTest::newRow("missing country") << QString() << u"10115"_s << none << none << u"country:Missing"_s;
    QTest::newRow("lower-case country") << u"de"_s << u"10115"_s << none << none << u"country:Invalid"_s;
    QTest::newRow("three-letter country") << u"DEU"_s << u"10115"_s << none << none << u"country:Invalid"_s;
    QTest::newRow("unassigned country code") << u"QQ"_s << none << none << none << u"country:Invalid"_s;
    QTest::newRow("valid email") << u"DE"_s << u"10115"_s << none << u"a.b@example.com"_s << QString();
    QTest::newRow("invalid email") << u"DE"_s << u"10115"_s << none << u"not-an-email"_s
                                   << u"email:Invalid"_s;
    QTest::newRow("several problems in field order")
        << u"DE"_s << u"x"_s << none << u"a@b"_s << u"postalCode:Invalid,email:Invalid"_s;
}

void TestAddress::validate()
{
    QFETCH(QString, country);
    QFETCH(QString, postalCode);
    QFETCH(QString, state);
    QFETCH(QString, email);
    QFETCH(QString, problems);
    Address address;
    address.country = country;
    address.postalCode = opt(postalCode);
    address.state = opt(state);
    address.email = opt(email);
    address.streetName = u"Main Street"_s;
    QCOMPARE(describe(address.validate()), problems);
    QCOMPARE(address.isValid(), problems.isEmpty());
}

void TestAddress::equality()
{
    Address a;
    a.country = u"DE"_s;
    Address b = a;
    QCOMPARE(a, b);
    b.apartment = u"3"_s;
    QVERIFY(a != b);
}

// Issue 20: "a guest order goes through with only a postal code".
void TestAddress::deliveryNeedsNameStreetCityPostalCode()
{
    Address onlyPostal;
    onlyPostal.country = u"DE"_s;
    onlyPostal.postalCode = u"10117"_s;
    QVERIFY(onlyPostal.isValid()); // a valid BaseAddress on the wire…
    QCOMPARE(describe(deliveryProblems(onlyPostal, true)),
             u"firstName:Missing,lastName:Missing,streetName:Missing,city:Missing,email:Missing"_s);
    Address full = onlyPostal;
    full.firstName = u"Ada"_s;
    full.lastName = u"Lovelace"_s;
    full.streetName = u"Unter den Linden"_s;
    full.city = u"Berlin"_s;
    full.email = u"ada@example.com"_s;
    QCOMPARE(describe(deliveryProblems(full, true)), QString());
    Address us = full;
    us.country = u"US"_s;
    us.postalCode = u"1011"_s;
    QCOMPARE(describe(deliveryProblems(us, false)), u"postalCode:Invalid,state:Missing"_s);
    us.postalCode = u"10118"_s;
    us.state = u"NY"_s;
    QCOMPARE(describe(deliveryProblems(us, false)), QString());
    Address elsewhere = full; // a country without a postal rule still needs a postal code for delivery
    elsewhere.country = u"IE"_s;
    elsewhere.postalCode.reset();
    QCOMPARE(describe(deliveryProblems(elsewhere, false)), u"postalCode:Missing"_s);
}

void TestAddress::guestDeliveryNeedsEmail()
{
    Address a;
    a.country = u"FR"_s;
    a.firstName = u"Marie"_s;
    a.lastName = u"Curie"_s;
    a.streetName = u"Rue Pierre et Marie Curie"_s;
    a.postalCode = u"75005"_s;
    a.city = u"Paris"_s;
    QCOMPARE(describe(deliveryProblems(a, true)), u"email:Missing"_s);
    QCOMPARE(describe(deliveryProblems(a, false)), QString());
    QCOMPARE(postalCodeExample(u"GB"_s), u"SW1A 1AA"_s);
}

void TestAddress::subdivisions()
{
    QVERIFY(requiresState(u"US"_s));
    QVERIFY(requiresState(u"CA"_s));
    QVERIFY(!requiresState(u"DE"_s));
    const QList<Subdivision> us = subdivisionsOf(u"US"_s);
    QCOMPARE(us.size(), 60);
    QCOMPARE(us.first().name, u"Alabama"_s);
    QVERIFY(std::any_of(us.cbegin(), us.cend(), [](const Subdivision &s) { return s.code == u"NY"_s; }));
    QCOMPARE(subdivisionsOf(u"CA"_s).size(), 13);
    QVERIFY(subdivisionsOf(u"FR"_s).isEmpty());
}

void TestAddress::markets()
{
    const auto us = Market::forCountry(u"US"_s);
    QVERIFY(us);
    QCOMPARE(us->currency, u"USD"_s);
    QCOMPARE(us->priceDisplay(false), Market::PriceDisplay::Net);
    QCOMPARE(us->taxBehaviour(false), Market::TaxBehaviour::AddedAtCheckout);
    const auto de = Market::forCountry(u"DE"_s);
    QVERIFY(de);
    QCOMPARE(de->priceDisplay(false), Market::PriceDisplay::Gross); // consumers pay the shelf price
    QCOMPARE(de->taxBehaviour(false), Market::TaxBehaviour::IncludedInPrice);
    QCOMPARE(de->priceDisplay(true), Market::PriceDisplay::Net); // B2B buyers see net
    QCOMPARE(Market::forCountry(u"GB"_s)->currency, u"GBP"_s);
    QVERIFY(!Market::forCountry(u"JP"_s));
}

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"
