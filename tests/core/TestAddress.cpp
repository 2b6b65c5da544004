// SPDX-License-Identifier: MIT
#include "core/Address.h"

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

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"
