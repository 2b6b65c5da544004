// SPDX-License-Identifier: MIT
#include "merchant/SellerDetails.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::merchant::SellerDetails;

class TestSellerDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vatIdShapePerCountry_data()
    {
        QTest::addColumn<QString>("vatId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("German") << u"DE123456789"_s << true;
        QTest::newRow("German with spaces, lower case") << u"de 123 456 789"_s << true;
        QTest::newRow("German one digit short") << u"DE12345678"_s << false;
        QTest::newRow("Austrian needs the U") << u"AT12345678"_s << false;
        QTest::newRow("Austrian") << u"ATU12345678"_s << true;
        QTest::newRow("French with key letters") << u"FRXX123456789"_s << true;
        QTest::newRow("Dutch") << u"NL123456789B01"_s << true;
        QTest::newRow("Dutch without B") << u"NL12345678901"_s << false;
        QTest::newRow("Greece is EL") << u"EL123456789"_s << true;
        QTest::newRow("GR is not a VAT prefix") << u"GR123456789"_s << false;
        QTest::newRow("unknown prefix") << u"US123456789"_s << false;
        QTest::newRow("letters where digits belong") << u"DE12345678X"_s << false;
    }

    void vatIdShapePerCountry()
    {
        QFETCH(QString, vatId);
        QFETCH(bool, valid);
        QCOMPARE(SellerDetails::isValidVatId(vatId), valid);
    }

    void ibanChecksum_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("German") << u"DE89 3704 0044 0532 0130 00"_s << true;
        QTest::newRow("German, one digit changed") << u"DE89 3704 0044 0532 0130 01"_s << false;
        QTest::newRow("German, two digits swapped") << u"DE89 3704 0044 0532 0103 00"_s << false;
        QTest::newRow("French with letters") << u"FR14 2004 1010 0505 0001 3M02 606"_s << true;
        QTest::newRow("British") << u"GB29NWBK60161331926819"_s << true;
        QTest::newRow("too short") << u"DE89"_s << false;
        QTest::newRow("no country") << u"8937040044053201300000"_s << false;
    }

    void ibanChecksum()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(SellerDetails::isValidIban(iban), valid);
    }

    void problemsNameTheFields()
    {
        SellerDetails details;
        QVERIFY(details.problems().isEmpty()); // empty is incomplete, not malformed
        details.vatId = u"DE1234"_s;
        details.iban = u"DE89370400440532013001"_s;
        details.bic = u"COBA"_s;
        details.email = u"billing-at-example"_s;
        details.country = u"Germany"_s;
        details.paymentTermsDays = 400;
        QStringList fields;
        for (const SellerDetails::Problem &problem : details.problems()) {
            QVERIFY(!problem.message.isEmpty());
            fields << problem.field;
        }
        QCOMPARE(fields, (QStringList{u"country"_s, u"vatId"_s, u"iban"_s, u"bic"_s, u"email"_s,
                                      u"paymentTermsDays"_s}));
    }

    void missingForInvoiceAcceptsTaxNumberInsteadOfVatId()
    {
        SellerDetails details;
        QCOMPARE(details.missingForInvoice().size(), 6);
        details.legalName = u"Muster GmbH"_s;
        details.street = u"Musterstraße 1"_s;
        details.postalCode = u"80331"_s;
        details.city = u"München"_s;
        details.country = u"DE"_s;
        QCOMPARE(details.missingForInvoice(), QStringList{u"VAT id or tax number"_s});
        details.taxNumber = u"143/123/45678"_s;
        QVERIFY(details.missingForInvoice().isEmpty());
    }

    void roundTripsThroughSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        SellerDetails details;
        details.legalName = u"  Muster GmbH "_s;
        details.vatId = u"de 123 456 789"_s;
        details.iban = u"de89 3704 0044 0532 0130 00"_s;
        details.paymentTermsDays = 30;
        details.save(settings);
        const SellerDetails loaded = SellerDetails::load(settings);
        QCOMPARE(loaded.legalName, u"Muster GmbH"_s);
        QCOMPARE(loaded.vatId, u"DE123456789"_s);
        QCOMPARE(loaded.iban, u"DE89370400440532013000"_s);
        QCOMPARE(loaded.paymentTermsDays, 30);
        QCOMPARE(SellerDetails::load(QSettings(dir.filePath(u"none.ini"_s), QSettings::IniFormat))
                     .paymentTermsDays,
                 14);
    }
};

QTEST_GUILESS_MAIN(TestSellerDetails)
#include "TestSellerDetails.moc"
