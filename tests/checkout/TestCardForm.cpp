// SPDX-License-Identifier: MIT
// The secure card form's rules: Luhn, brand detection, lengths, expiry against an injected date, CVC per
// brand, masking and wiping.
#include "checkout/CardForm.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::checkout;

Q_DECLARE_METATYPE(commercedesk::checkout::CardBrand)
Q_DECLARE_METATYPE(commercedesk::checkout::CardForm::State)

class TestCardForm : public QObject
{
    Q_OBJECT

    static CardForm::Today fixedToday()
    {
        return [] { return QDate(2026, 3, 15); };
    }

private Q_SLOTS:
    void number_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<CardBrand>("brand");
        QTest::addColumn<CardForm::State>("state");
        QTest::addColumn<QString>("grouped");

        using S = CardForm::State;
        QTest::newRow("visa approve")
            << u"4242424242424242"_s << CardBrand::Visa << S::Valid << u"4242 4242 4242 4242"_s;
        QTest::newRow("visa typed with spaces")
            << u"4242 4242 4242 4242"_s << CardBrand::Visa << S::Valid << u"4242 4242 4242 4242"_s;
        QTest::newRow("visa typed with dashes")
            << u"4000-0000-0000-0002"_s << CardBrand::Visa << S::Valid << u"4000 0000 0000 0002"_s;
        QTest::newRow("mastercard 5x")
            << u"5555555555554444"_s << CardBrand::Mastercard << S::Valid << u"5555 5555 5555 4444"_s;
        QTest::newRow("mastercard 2-series")
            << u"2223003122003222"_s << CardBrand::Mastercard << S::Valid << u"2223 0031 2200 3222"_s;
        QTest::newRow("amex 15 digits")
            << u"378282246310005"_s << CardBrand::Amex << S::Valid << u"3782 822463 10005"_s;
        QTest::newRow("amex 34") << u"341111111111111"_s << CardBrand::Amex << S::Valid
                                 << u"3411 111111 11111"_s;
        QTest::newRow("visa still typing") << u"424242"_s << CardBrand::Visa << S::Incomplete << u"4242 42"_s;
        QTest::newRow("visa full length, Luhn fails")
            << u"4242424242424241"_s << CardBrand::Visa << S::Invalid << u"4242 4242 4242 4241"_s;
        QTest::newRow("amex full length, Luhn fails")
            << u"378282246310006"_s << CardBrand::Amex << S::Invalid << u"3782 822463 10006"_s;
        QTest::newRow("mastercard too long is cut")
            << u"55555555555544449"_s << CardBrand::Mastercard << S::Valid << u"5555 5555 5555 4444"_s;
        QTest::newRow("unknown brand")
            << u"6011111111111117"_s << CardBrand::Unknown << S::Valid << u"6011 1111 1111 1117"_s;
        QTest::newRow("empty") << QString() << CardBrand::Unknown << S::Empty << QString();
        QTest::newRow("letters only") << u"abcd"_s << CardBrand::Unknown << S::Empty << QString();
    }

    void number()
    {
        QFETCH(QString, typed);
        QFETCH(CardBrand, brand);
        QFETCH(CardForm::State, state);
        QFETCH(QString, grouped);
        CardForm form(fixedToday());
        form.setNumber(typed);
        QCOMPARE(form.brand(), brand);
        QCOMPARE(form.state(CardForm::Field::Number), state);
        QCOMPARE(form.groupedNumber(), grouped);
        QCOMPARE(form.problem(CardForm::Field::Number).isEmpty(),
                 state == CardForm::State::Valid || state == CardForm::State::Empty);
    }

    void luhn_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("gateway decline card") << u"4000000000000002"_s << true;
        QTest::newRow("gateway challenge card") << u"4000000000003220"_s << true;
        QTest::newRow("gateway timeout card") << u"4000000000000341"_s << true;
        QTest::newRow("one digit off") << u"4000000000000003"_s << false;
        QTest::newRow("transposed digits") << u"2424424242424242"_s << false;
        QTest::newRow("non-digit") << u"42424242424242a2"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void luhn()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(CardRules::luhnValid(digits), valid);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<CardForm::State>("state");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        using S = CardForm::State;
        QTest::newRow("next year") << u"12/27"_s << S::Valid << 12 << 2027;
        QTest::newRow("this month is still valid") << u"03/26"_s << S::Valid << 3 << 2026;
        QTest::newRow("last month has expired") << u"02/26"_s << S::Invalid << 2 << 2026;
        QTest::newRow("last year") << u"12/25"_s << S::Invalid << 12 << 2025;
        QTest::newRow("four-digit year") << u"07/2030"_s << S::Valid << 7 << 2030;
        QTest::newRow("no slash") << u"0730"_s << S::Valid << 7 << 2030;
        QTest::newRow("spaces around slash") << u"07 / 30"_s << S::Valid << 7 << 2030;
        QTest::newRow("month 13") << u"13/30"_s << S::Invalid << 13 << 2030;
        QTest::newRow("month 0") << u"00/30"_s << S::Invalid << 0 << 2030;
        QTest::newRow("still typing") << u"07/"_s << S::Incomplete << 0 << 0;
        QTest::newRow("empty") << QString() << S::Empty << 0 << 0;
    }

    void expiry()
    {
        QFETCH(QString, typed);
        QFETCH(CardForm::State, state);
        QFETCH(int, month);
        QFETCH(int, year);
        CardForm form(fixedToday());
        form.setExpiryText(typed);
        QCOMPARE(form.state(CardForm::Field::Expiry), state);
        QCOMPARE(form.expiryMonth(), month);
        QCOMPARE(form.expiryYear(), year);
    }

    void cvc_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("cvc");
        QTest::addColumn<CardForm::State>("state");
        using S = CardForm::State;
        QTest::newRow("visa 3 digits") << u"4242424242424242"_s << u"123"_s << S::Valid;
        QTest::newRow("visa 4 digits is too many") << u"4242424242424242"_s << u"1234"_s << S::Invalid;
        QTest::newRow("visa 2 digits") << u"4242424242424242"_s << u"12"_s << S::Incomplete;
        QTest::newRow("amex 4 digits") << u"378282246310005"_s << u"1234"_s << S::Valid;
        QTest::newRow("amex 3 digits is incomplete") << u"378282246310005"_s << u"123"_s << S::Incomplete;
        QTest::newRow("mastercard 3 digits") << u"5555555555554444"_s << u"999"_s << S::Valid;
        QTest::newRow("letters dropped") << u"4242424242424242"_s << u"1a2b3"_s << S::Valid;
        QTest::newRow("empty") << u"4242424242424242"_s << QString() << S::Empty;
    }

    void cvc()
    {
        QFETCH(QString, number);
        QFETCH(QString, cvc);
        QFETCH(CardForm::State, state);
        CardForm form(fixedToday());
        form.setNumber(number);
        form.setCvc(cvc);
        QCOMPARE(form.state(CardForm::Field::Cvc), state);
    }

    void wholeFormAndWipe()
    {
        CardForm form(fixedToday());
        QSignalSpy changed(&form, &CardForm::changed);
        QVERIFY(!form.isValid());
        form.setNumber(u"4242424242424242"_s);
        form.setExpiryText(u"12/30"_s);
        form.setCvc(u"123"_s);
        QVERIFY(!form.isValid()); // the holder is missing
        form.setHolder(u"  Ada   Lovelace "_s);
        QCOMPARE(form.holder(), u"Ada Lovelace"_s);
        QVERIFY(form.isValid());
        QCOMPARE(form.maskedNumber(), u"•••• 4242"_s);
        QCOMPARE(form.last4(), u"4242"_s);
        QCOMPARE(changed.count(), 4);

        form.wipe();
        QCOMPARE(changed.count(), 5);
        QVERIFY(form.number().isEmpty());
        QVERIFY(form.cvc().isEmpty());
        QVERIFY(form.holder().isEmpty());
        QCOMPARE(form.expiryMonth(), 0);
        QCOMPARE(form.state(CardForm::Field::Number), CardForm::State::Empty);
        QVERIFY(!form.isValid());
    }
};

QTEST_GUILESS_MAIN(TestCardForm)
#include "TestCardForm.moc"
