// SPDX-License-Identifier: MIT
// ResourceQuery: predicates with input variables, sorts, paging, expansion — rendered so that nothing needs
// escaping by hand, and read back exactly by a URL parser.
#include "api/ResourceQuery.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using commercedesk::api::ResourceQuery;

namespace {

QString encodedQuery(const ResourceQuery &query)
{
    return query.toUrlQuery().toString(QUrl::FullyEncoded);
}

// What a server reads back for `key`.
QStringList decodedValues(const ResourceQuery &query, const QString &key)
{
    const QUrlQuery parsed(encodedQuery(query));
    return parsed.allQueryItemValues(key, QUrl::FullyDecoded);
}

} // namespace

class TestQueryBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersWireQuery_data()
    {
        QTest::addColumn<ResourceQuery>("query");
        QTest::addColumn<QString>("expected");

        QTest::newRow("input variable array (the API reference's example)")
            << ResourceQuery().where(u"orderNumber in :nums"_s).variable(u"nums"_s, {u"A"_s, u"B"_s})
            << u"where=orderNumber%20in%20%3Anums&var.nums=A&var.nums=B"_s;
        QTest::newRow("two predicates are two where parameters")
            << ResourceQuery().where(u"orderState = :s"_s).where(u"totalPrice(centAmount > 100)"_s)
            << u"where=orderState%20%3D%20%3As&where=totalPrice%28centAmount%20%3E%20100%29"_s;
        QTest::newRow("sorts in order, then paging")
            << ResourceQuery()
                   .sort(u"createdAt"_s, ResourceQuery::Direction::Descending)
                   .sort(u"id"_s)
                   .limit(50)
                   .offset(100)
                   .withTotal(false)
            << u"sort=createdAt%20desc&sort=id%20asc&limit=50&offset=100&withTotal=false"_s;
        QTest::newRow("expand with brackets") << ResourceQuery().expand(u"paymentInfo.payments[*]"_s)
                                              << u"expand=paymentInfo.payments%5B%2A%5D"_s;
        QTest::newRow("limit and offset clamped to the API bounds")
            << ResourceQuery().limit(9999).offset(20000) << u"limit=500&offset=10000"_s;
        QTest::newRow("negative limit clamped to zero") << ResourceQuery().limit(-3) << u"limit=0"_s;
        QTest::newRow("empty predicate ignored") << ResourceQuery().where(u"  "_s) << QString();
        QTest::newRow("setting a variable again replaces it")
            << ResourceQuery().variable(u"n"_s, u"1"_s).variable(u"n"_s, u"2"_s) << u"var.n=2"_s;
    }

    void rendersWireQuery()
    {
        QFETCH(ResourceQuery, query);
        QFETCH(QString, expected);
        QCOMPARE(encodedQuery(query), expected);
        QVERIFY(query.isValid());
    }

    void variableValuesSurviveTheUrl_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ampersand and equals") << u"A&where=id=1"_s;
        QTest::newRow("plus and hash") << u"1+1#x"_s;
        QTest::newRow("quotes and backslash") << u"say \"hi\" \\ bye"_s;
        QTest::newRow("percent sequence") << u"100%25 off"_s;
        QTest::newRow("unicode") << u"Größe-Ä"_s;
    }

    void variableValuesSurviveTheUrl()
    {
        QFETCH(QString, value);
        const ResourceQuery query = ResourceQuery().where(u"orderNumber = :n"_s).variable(u"n"_s, value);
        QCOMPARE(decodedValues(query, u"var.n"_s), QStringList{value});
        QCOMPARE(decodedValues(query, u"where"_s), QStringList{u"orderNumber = :n"_s});
    }

    void invalidVariableNameMakesQueryInvalid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("starts with digit") << u"1a"_s;
        QTest::newRow("contains ampersand") << u"a&where"_s;
        QTest::newRow("contains dot") << u"a.b"_s;
    }

    void invalidVariableNameMakesQueryInvalid()
    {
        QFETCH(QString, name);
        const ResourceQuery query = ResourceQuery().variable(name, u"x"_s);
        QVERIFY(!query.isValid());
        QVERIFY(encodedQuery(query).isEmpty());
    }

    void keysetPageKeepsFilterAndReplacesPaging()
    {
        const ResourceQuery filter = ResourceQuery()
                                         .where(u"orderState = :s"_s)
                                         .variable(u"s"_s, u"Open"_s)
                                         .sort(u"createdAt"_s, ResourceQuery::Direction::Descending)
                                         .limit(20)
                                         .offset(40)
                                         .withTotal(true)
                                         .expand(u"cart"_s);
        const ResourceQuery first = filter.keysetPage(std::nullopt, 500);
        QCOMPARE(decodedValues(first, u"where"_s), QStringList{u"orderState = :s"_s});
        QCOMPARE(decodedValues(first, u"sort"_s), QStringList{u"id asc"_s});
        QCOMPARE(decodedValues(first, u"limit"_s), QStringList{u"500"_s});
        QCOMPARE(decodedValues(first, u"withTotal"_s), QStringList{u"false"_s});
        QCOMPARE(decodedValues(first, u"offset"_s), QStringList{});
        QCOMPARE(decodedValues(first, u"var.s"_s), QStringList{u"Open"_s});
        QCOMPARE(decodedValues(first, u"expand"_s), QStringList{u"cart"_s});

        const ResourceQuery next = filter.keysetPage(u"ab\"c"_s, 500);
        QCOMPARE(decodedValues(next, u"where"_s), (QStringList{u"orderState = :s"_s, u"id > \"ab\\\"c\""_s}));
    }

    void quotedEscapesQuoteAndBackslash()
    {
        QCOMPARE(ResourceQuery::quoted(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
    }
};

QTEST_GUILESS_MAIN(TestQueryBuilder)
#include "TestQueryBuilder.moc"
