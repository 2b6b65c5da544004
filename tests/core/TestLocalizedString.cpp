// SPDX-License-Identifier: MIT
#include "core/LocalizedString.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

class TestLocalizedString : public QObject
{
    Q_OBJECT

private slots:
    void resolution_data();
    void resolution();
    void qlocaleLookup_data();
    void qlocaleLookup();
    void emptyWhenNothing();
    void exactAccessAndEquality();
};

void TestLocalizedString::resolution_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("fallbacks");
    QTest::addColumn<QString>("expected");

    const QVariantMap full{{u"en"_s, u"Mug"_s}, {u"de"_s, u"Tasse"_s}, {u"de-CH"_s, u"Häferl"_s}};
    QTest::newRow("exact tag wins") << full << u"de-CH"_s << QStringList() << u"Häferl"_s;
    QTest::newRow("language when the region is missing") << full << u"de-AT"_s << QStringList() << u"Tasse"_s;
    QTest::newRow("bare language") << full << u"de"_s << QStringList() << u"Tasse"_s;
    QTest::newRow("tag compared case-insensitively") << full << u"DE-ch"_s << QStringList() << u"Häferl"_s;
    QTest::newRow("underscore treated as dash") << full << u"de_CH"_s << QStringList() << u"Häferl"_s;

    const QVariantMap regional{{u"en"_s, u"Mug"_s}, {u"de-DE"_s, u"Tasse"_s}};
    QTest::newRow("same language other region beats en")
        << regional << u"de-AT"_s << QStringList() << u"Tasse"_s;

    const QVariantMap noEnglish{{u"fr"_s, u"Tasse à café"_s}, {u"nl"_s, u"Mok"_s}, {u"it"_s, u"Tazza"_s}};
    QTest::newRow("caller fallbacks in order")
        << noEnglish << u"es"_s << QStringList{u"pt"_s, u"nl"_s, u"fr"_s} << u"Mok"_s;
    QTest::newRow("fallback by its language")
        << noEnglish << u"es"_s << QStringList{u"fr-BE"_s} << u"Tasse à café"_s;
    QTest::newRow("alphabetically first value when nothing matches")
        << noEnglish << u"es"_s << QStringList() << u"Tasse à café"_s;

    QTest::newRow("en before any value") << regional << u"ja"_s << QStringList() << u"Mug"_s;
    QTest::newRow("fallback before en") << QVariantMap{{u"en"_s, u"Mug"_s}, {u"fr"_s, u"Tasse"_s}} << u"ja"_s
                                        << QStringList{u"fr"_s} << u"Tasse"_s;
    QTest::newRow("empty exact value is skipped")
        << QVariantMap{{u"de"_s, QString()}, {u"en"_s, u"Mug"_s}} << u"de"_s << QStringList() << u"Mug"_s;
    QTest::newRow("empty tag goes to en") << full << QString() << QStringList() << u"Mug"_s;
}

void TestLocalizedString::resolution()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, tag);
    QFETCH(QStringList, fallbacks);
    QFETCH(QString, expected);
    LocalizedString text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.insert(it.key(), it.value().toString());
    QCOMPARE(text.text(tag, fallbacks), expected);
}

void TestLocalizedString::qlocaleLookup_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE finds de-DE") << QLocale(QLocale::German, QLocale::Germany) << u"Tasse (DE)"_s;
    QTest::newRow("de_AT finds de") << QLocale(QLocale::German, QLocale::Austria) << u"Tasse"_s;
    QTest::newRow("C locale counts as en") << QLocale::c() << u"Mug"_s;
    QTest::newRow("ja_JP falls to en") << QLocale(QLocale::Japanese, QLocale::Japan) << u"Mug"_s;
}

void TestLocalizedString::qlocaleLookup()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    LocalizedString text(
        QMap<QString, QString>{{u"en"_s, u"Mug"_s}, {u"de"_s, u"Tasse"_s}, {u"de-DE"_s, u"Tasse (DE)"_s}});
    QCOMPARE(text.text(locale), expected);
}

void TestLocalizedString::emptyWhenNothing()
{
    QVERIFY(LocalizedString().text(u"en").isEmpty());
    QVERIFY(LocalizedString::of(u"en"_s, QString()).text(u"en", {u"de"_s}).isEmpty());
    QVERIFY(LocalizedString().isEmpty());
}

void TestLocalizedString::exactAccessAndEquality()
{
    LocalizedString a = LocalizedString::of(u"de-DE"_s, u"Tasse"_s);
    QCOMPARE(a.value(u"de-DE"_s), u"Tasse"_s);
    QVERIFY(a.value(u"de"_s).isEmpty());
    QVERIFY(a.contains(u"de-DE"_s));
    LocalizedString b;
    QVERIFY(a != b);
    b.insert(u"de-DE"_s, u"Tasse"_s);
    QCOMPARE(a, b);
    b.remove(u"de-DE"_s);
    QVERIFY(b.isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalizedString)
#include "TestLocalizedString.moc"
