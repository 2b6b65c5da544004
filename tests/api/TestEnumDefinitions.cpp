// SPDX-License-Identifier: MIT
// json::decodeEnumDefinitions (src/api/json/CatalogJson.h): the enum values a product-type list defines, by
// attribute, as products carry them — plain and localized enums, sets of them, nothing of other types.
#include "api/json/CatalogJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestEnumDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumsOfEveryKind()
    {
        // Shapes of api.yaml ProductTypePagedQueryResponse / AttributeDefinition / AttributeType.
        const QJsonDocument page = QJsonDocument::fromJson(R"({"limit":500,"offset":0,"count":2,"results":[
          {"id":"t1","version":1,"key":"apparel","name":"Apparel","description":"","attributes":[
            {"name":"color","label":{"en":"Colour"},"isRequired":false,"attributeConstraint":"None",
             "isSearchable":true,"inputHint":"SingleLine",
             "type":{"name":"lenum","values":[{"key":"navy","label":{"en":"Navy","de":"Marineblau"}}]}},
            {"name":"size","label":{"en":"Size"},"isRequired":false,"attributeConstraint":"None",
             "isSearchable":true,"inputHint":"SingleLine",
             "type":{"name":"enum","values":[{"key":"m","label":"M"}]}},
            {"name":"care","label":{"en":"Care"},"isRequired":false,"attributeConstraint":"None",
             "isSearchable":true,"inputHint":"SingleLine",
             "type":{"name":"set","elementType":{"name":"lenum",
               "values":[{"key":"wash-30","label":{"en":"Wash at 30 °C","fr":"Laver à 30 °C"}}]}}},
            {"name":"note","label":{"en":"Note"},"isRequired":false,"attributeConstraint":"None",
             "isSearchable":false,"inputHint":"SingleLine","type":{"name":"text"}}]},
          {"id":"t2","version":1,"name":"Empty","description":"","attributes":[]}]})");
        QVERIFY(page.isObject());
        api::json::JsonError error;
        const auto decoded = api::json::decodeEnumDefinitions(page.object(), &error);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 3);
        QCOMPARE(decoded->at(0).name, u"color"_s);
        const QVariantMap navy = decoded->at(0).value.toList().value(0).toMap();
        QCOMPARE(navy.value(u"key"_s).toString(), u"navy"_s);
        QCOMPARE(navy.value(u"label"_s).toMap().value(u"de"_s).toString(), u"Marineblau"_s);
        QCOMPARE(decoded->at(1).value.toList().value(0).toMap().value(u"label"_s).toString(), u"M"_s);
        QCOMPARE(decoded->at(2).name, u"care"_s);
        QCOMPARE(decoded->at(2).value.toList().size(), 1);
    }

    void notAPageIsAnError()
    {
        api::json::JsonError error;
        QVERIFY(!api::json::decodeEnumDefinitions(QJsonValue(u"nope"_s), &error));
        QCOMPARE(error.path, u"results"_s);
    }
};

QTEST_MAIN(TestEnumDefinitions)
#include "TestEnumDefinitions.moc"
