// SPDX-License-Identifier: MIT
#include "api/json/CartJson.h"
#include "api/json/CommonJson.h"
#include "api/json/CustomerJson.h"
#include "api/json/ErrorJson.h"
#include "api/json/MessageJson.h"
#include "api/json/OrderJson.h"
#include "api/json/PageJson.h"
#include "api/json/PaymentJson.h"
#include "api/json/ProductJson.h"
#include "api/json/ShippingJson.h"
#include "api/json/TaxJson.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <functional>
#include <optional>

using namespace commercedesk;
using namespace commercedesk::api::json;
using namespace Qt::StringLiterals;

namespace {

QString examplesDir()
{
    return QStringLiteral(COMMERCEDESK_TEST_DATA_DIR "/commercetools-examples");
}

QJsonValue loadExample(const QString &relativePath)
{
    QFile file(examplesDir() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonValue parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every member the encoder wrote that the original payload also has must carry the same value (numbers
// compared as numbers). Members only one side has are skipped: unknown fields, fields core does not model,
// defaults. This catches a mapper that drops, swaps or mangles data, which a decode → encode → decode check
// alone cannot.
void compareWithOriginal(const QJsonValue &encoded, const QJsonValue &original, const QString &path,
                         QStringList *mismatches, int *compared)
{
    if (encoded.isObject() && original.isObject()) {
        const QJsonObject e = encoded.toObject();
        const QJsonObject o = original.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (o.contains(it.key()))
                compareWithOriginal(it.value(), o.value(it.key()), path + u'.' + it.key(), mismatches,
                                    compared);
        }
        return;
    }
    if (encoded.isArray() && original.isArray()) {
        const QJsonArray e = encoded.toArray();
        const QJsonArray o = original.toArray();
        if (e.size() != o.size()) {
            mismatches->append(path + u": array size "_s + QString::number(e.size()) + u" vs "_s +
                               QString::number(o.size()));
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            compareWithOriginal(e.at(i), o.at(i), path + u'[' + QString::number(i) + u']', mismatches,
                                compared);
        return;
    }
    ++*compared;
    const bool same = (encoded.isDouble() && original.isDouble()) ? encoded.toDouble() == original.toDouble()
                                                                  : encoded == original;
    if (!same) {
        mismatches->append(
            path + u": wrote "_s +
            QString::fromUtf8(QJsonDocument(QJsonArray{encoded}).toJson(QJsonDocument::Compact)) +
            u", payload has "_s +
            QString::fromUtf8(QJsonDocument(QJsonArray{original}).toJson(QJsonDocument::Compact)));
    }
}

int scalarLeaves(const QJsonValue &value)
{
    int count = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += scalarLeaves(it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            count += scalarLeaves(element);
    } else {
        count = 1;
    }
    return count;
}

// One decoder of the table: the round trip check, and "decode then encode" for the targeted rows (the
// canonical encoding makes two decoded values comparable without knowing their type).
struct Mapping
{
    QRegularExpression fileName;
    std::function<void(const QJsonValue &)> roundTrip;
    std::function<std::optional<QJsonObject>(const QJsonValue &, JsonError *)> decodeToJson;
};

template<class T, class Decode, class Encode>
Mapping mapping(const QString &pattern, Decode decode, Encode encode)
{
    Mapping m;
    m.fileName = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    m.roundTrip = [decode, encode](const QJsonValue &json) {
        JsonError error;
        const std::optional<T> first = decode(json, &error);
        QVERIFY2(first, qPrintable(error.toString()));
        QVERIFY(error.isNull());
        const QJsonObject encoded = encode(*first);
        const std::optional<T> second = decode(QJsonValue(encoded), &error);
        QVERIFY2(second, qPrintable(u"decoding the encoding failed: "_s + error.toString()));
        QVERIFY2(*first == *second,
                 qPrintable(u"decode → encode → decode changed the value; encoding: "_s + compact(encoded)));
        QVERIFY2(encode(*second) == encoded, "encoding is not stable");
        QStringList mismatches;
        int compared = 0;
        compareWithOriginal(encoded, json, u"$"_s, &mismatches, &compared);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        const int leaves = scalarLeaves(json);
        QVERIFY2(compared * 2 >= leaves, "the encoding carries less than half of the payload's values");
    };
    m.decodeToJson = [decode, encode](const QJsonValue &json,
                                      JsonError *error) -> std::optional<QJsonObject> {
        const std::optional<T> value = decode(json, error);
        if (!value)
            return std::nullopt;
        return encode(*value);
    };
    return m;
}

template<class T, class EncodeItem>
auto pageEncoder(EncodeItem encodeItem)
{
    return [encodeItem](const core::PagedResult<T> &page) { return encodePage(page, encodeItem); };
}

// File name (relative to the examples folder) → decoder. First match wins.
const QList<Mapping> &mappings()
{
    static const QList<Mapping> table{
        mapping<core::Cart>(u"cart\\.example\\.json"_s, decodeCart, encodeCart),
        mapping<core::PagedResult<core::Cart>>(u"carts\\.example\\.json"_s, decodeCartPage,
                                               pageEncoder<core::Cart>(encodeCart)),
        mapping<core::Order>(u"order\\.example\\.json"_s, decodeOrder, encodeOrder),
        mapping<core::PagedResult<core::Order>>(u"orders\\.example\\.json"_s, decodeOrderPage,
                                                pageEncoder<core::Order>(encodeOrder)),
        mapping<core::Payment>(u"(my-)?payment\\.example\\.json"_s, decodePayment, encodePayment),
        mapping<core::PagedResult<core::Payment>>(u"(my-)?payments\\.example\\.json"_s, decodePaymentPage,
                                                  pageEncoder<core::Payment>(encodePayment)),
        mapping<core::ProductProjection>(u"product-projection\\.example\\.json"_s, decodeProductProjection,
                                         encodeProductProjection),
        mapping<core::PagedResult<core::ProductProjection>>(
            u"product-projections(-search)?\\.example\\.json"_s, decodeProductProjectionPage,
            pageEncoder<core::ProductProjection>(encodeProductProjection)),
        mapping<core::BusinessUnit>(u"(my-)?business-unit\\.example\\.json"_s, decodeBusinessUnit,
                                    encodeBusinessUnit),
        mapping<core::PagedResult<core::BusinessUnit>>(u"(my-)?business-units\\.example\\.json"_s,
                                                       decodeBusinessUnitPage,
                                                       pageEncoder<core::BusinessUnit>(encodeBusinessUnit)),
        mapping<core::Customer>(u"customer\\.example\\.json"_s, decodeCustomer, encodeCustomer),
        mapping<core::PagedResult<core::Customer>>(u"customers\\.example\\.json"_s, decodeCustomerPage,
                                                   pageEncoder<core::Customer>(encodeCustomer)),
        mapping<api::CustomerSignInResult>(u"customer-sign-in-result\\.example\\.json"_s,
                                           decodeCustomerSignInResult, encodeCustomerSignInResult),
        mapping<core::ErrorBody>(u"error\\.example\\.json|Error/(ErrorResponse|AuthErrorResponse)\\.json"_s,
                                 decodeErrorBody, encodeErrorBody),
        mapping<core::ErrorObject>(u"Error/[A-Za-z]+\\.json"_s, decodeErrorObject, encodeErrorObject),
        mapping<core::Message>(u"message\\.example\\.json"_s, decodeMessage, encodeMessage),
        mapping<core::PagedResult<core::Message>>(u"messages\\.example\\.json"_s, decodeMessagePage,
                                                  pageEncoder<core::Message>(encodeMessage)),
        mapping<core::ShippingMethod>(u"shipping-method\\.example\\.json"_s, decodeShippingMethod,
                                      encodeShippingMethod),
        mapping<core::PagedResult<core::ShippingMethod>>(
            u"shipping-methods\\.example\\.json"_s, decodeShippingMethodPage,
            pageEncoder<core::ShippingMethod>(encodeShippingMethod)),
        mapping<core::TaxCategory>(u"tax-category\\.example\\.json"_s, decodeTaxCategory, encodeTaxCategory),
        mapping<core::PagedResult<core::TaxCategory>>(u"tax-categories\\.example\\.json"_s,
                                                      decodeTaxCategoryPage,
                                                      pageEncoder<core::TaxCategory>(encodeTaxCategory)),
        mapping<core::Store>(u"store\\.example\\.json"_s, decodeStore, encodeStore),
        mapping<core::PagedResult<core::Store>>(u"stores\\.example\\.json"_s, decodeStorePage,
                                                pageEncoder<core::Store>(encodeStore)),
        mapping<core::Zone>(u"zone\\.example\\.json"_s, decodeZone, encodeZone),
        mapping<core::PagedResult<core::Zone>>(u"zones\\.example\\.json"_s, decodeZonePage,
                                               pageEncoder<core::Zone>(encodeZone)),
    };
    return table;
}

const Mapping *mappingFor(const QString &relativePath)
{
    for (const Mapping &m : mappings()) {
        if (m.fileName.match(relativePath).hasMatch())
            return &m;
    }
    return nullptr;
}

// `root` with `mutate` applied to the object at `path` ("lineItems/0/price"; empty = the root itself).
QJsonValue modified(const QJsonValue &root, QStringView path,
                    const std::function<void(QJsonObject &)> &mutate)
{
    if (path.isEmpty()) {
        QJsonObject object = root.toObject();
        mutate(object);
        return object;
    }
    const qsizetype slash = path.indexOf(u'/');
    const QStringView head = slash < 0 ? path : path.left(slash);
    const QStringView rest = slash < 0 ? QStringView() : path.mid(slash + 1);
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const qsizetype index = head.toInt();
        array[index] = modified(array.at(index), rest, mutate);
        return array;
    }
    QJsonObject object = root.toObject();
    object[head.toString()] = modified(object.value(head), rest, mutate);
    return object;
}

} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT

private slots:
    void examplePayload_data();
    void examplePayload();

    void unknownFieldIgnored_data();
    void unknownFieldIgnored();
    void missingRequiredField_data();
    void missingRequiredField();
    void wrongType_data();
    void wrongType();
    void unknownEnum_data();
    void unknownEnum();

    void highPrecisionMoney_data();
    void highPrecisionMoney();
    void fractionDigitsFromIso4217_data();
    void fractionDigitsFromIso4217();
    void unknownCurrencyWithoutDigits();
    void taxRateExact_data();
    void taxRateExact();
    void taxRateFromSubRates();
    void timestamps_data();
    void timestamps();
    void errorBodyKeepsExtraFields();
    void authErrorResponse();
};

void TestJsonMapping::examplePayload_data()
{
    QTest::addColumn<QString>("file");
    QDirIterator it(examplesDir(), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(examplesDir()).relativeFilePath(it.next()));
    // Update-action request payloads (Cart/, Order/, Payment/) are checked by TestUpdateActions.
    files.removeIf([](const QString &file) {
        return file.startsWith("Cart/"_L1) || file.startsWith("Order/"_L1) || file.startsWith("Payment/"_L1);
    });
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(u"no example payloads in "_s + examplesDir()));
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file;
}

void TestJsonMapping::examplePayload()
{
    QFETCH(QString, file);
    const QJsonValue json = loadExample(file);
    QVERIFY2(json.isObject(), "not a readable JSON object");
    const Mapping *m = mappingFor(file);
    QVERIFY2(m, qPrintable(u"no decoder is mapped to "_s + file + u": add one to mappings()"_s));
    m->roundTrip(json);
}

void TestJsonMapping::unknownFieldIgnored_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("objectPath");
    QTest::addColumn<QString>("key");

    QTest::newRow("cart root") << u"cart.example.json"_s << QString() << u"futureField"_s;
    QTest::newRow("money") << u"cart.example.json"_s << u"totalPrice"_s << u"futureField"_s;
    QTest::newRow("line item price in page")
        << u"orders.example.json"_s << u"results/0/lineItems/0/price"_s << u"futureField"_s;
    QTest::newRow("expanded reference obj")
        << u"order.example.json"_s << u"lineItems/0/productType"_s << u"obj"_s;
    QTest::newRow("payment transaction")
        << u"payment.example.json"_s << u"transactions/0"_s << u"futureField"_s;
    QTest::newRow("product variant") << u"product-projection.example.json"_s << u"masterVariant"_s
                                     << u"futureField"_s;
    QTest::newRow("tax rate") << u"tax-category.example.json"_s << u"rates/0"_s << u"futureField"_s;
    QTest::newRow("page") << u"zones.example.json"_s << QString() << u"futureField"_s;
}

void TestJsonMapping::unknownFieldIgnored()
{
    QFETCH(QString, file);
    QFETCH(QString, objectPath);
    QFETCH(QString, key);
    const QJsonValue original = loadExample(file);
    const Mapping *m = mappingFor(file);
    QVERIFY(m);
    const QJsonValue extended = modified(original, objectPath, [&](QJsonObject &o) {
        QVERIFY(!o.isEmpty());
        QVERIFY(!o.contains(key));
        o.insert(key, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s, true}}});
    });
    JsonError error;
    const std::optional<QJsonObject> plain = m->decodeToJson(original, &error);
    QVERIFY2(plain, qPrintable(error.toString()));
    const std::optional<QJsonObject> withUnknown = m->decodeToJson(extended, &error);
    QVERIFY2(withUnknown, qPrintable(error.toString()));
    QCOMPARE(compact(*withUnknown), compact(*plain));
}

void TestJsonMapping::missingRequiredField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("objectPath");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("errorPath");

    QTest::newRow("cart totalPrice") << u"cart.example.json"_s << QString() << u"totalPrice"_s
                                     << u"totalPrice"_s;
    QTest::newRow("cart cartState") << u"cart.example.json"_s << QString() << u"cartState"_s
                                    << u"cartState"_s;
    QTest::newRow("centAmount deep in a page")
        << u"orders.example.json"_s << u"results/0/lineItems/0/price/value"_s << u"centAmount"_s
        << u"results[0].lineItems[0].price.value.centAmount"_s;
    QTest::newRow("order orderState")
        << u"order.example.json"_s << QString() << u"orderState"_s << u"orderState"_s;
    QTest::newRow("payment amountPlanned")
        << u"payment.example.json"_s << QString() << u"amountPlanned"_s << u"amountPlanned"_s;
    QTest::newRow("variant id") << u"product-projections.example.json"_s << u"results/1/masterVariant"_s
                                << u"id"_s << u"results[1].masterVariant.id"_s;
    QTest::newRow("tax rate country")
        << u"tax-category.example.json"_s << u"rates/0"_s << u"country"_s << u"rates[0].country"_s;
    QTest::newRow("zone location country") << u"zones.example.json"_s << u"results/1/locations/1"_s
                                           << u"country"_s << u"results[1].locations[1].country"_s;
    QTest::newRow("error code") << u"error.example.json"_s << u"errors/0"_s << u"code"_s
                                << u"errors[0].code"_s;
    QTest::newRow("message resource")
        << u"message.example.json"_s << QString() << u"resource"_s << u"resource"_s;
    QTest::newRow("page results") << u"carts.example.json"_s << QString() << u"results"_s << u"results"_s;
    QTest::newRow("customer email") << u"customer.example.json"_s << QString() << u"email"_s << u"email"_s;
    QTest::newRow("key reference key")
        << u"business-unit.example.json"_s << u"topLevelUnit"_s << u"key"_s << u"topLevelUnit.key"_s;
    QTest::newRow("shipping rate price")
        << u"shipping-method.example.json"_s << u"zoneRates/1/shippingRates/0"_s << u"price"_s
        << u"zoneRates[1].shippingRates[0].price"_s;
}

void TestJsonMapping::missingRequiredField()
{
    QFETCH(QString, file);
    QFETCH(QString, objectPath);
    QFETCH(QString, key);
    QFETCH(QString, errorPath);
    const Mapping *m = mappingFor(file);
    QVERIFY(m);
    const QJsonValue broken = modified(loadExample(file), objectPath, [&](QJsonObject &o) {
        QVERIFY(o.contains(key));
        o.remove(key);
    });
    JsonError error;
    QVERIFY(!m->decodeToJson(broken, &error));
    QCOMPARE(error.path, errorPath);
    QCOMPARE(error.message, u"missing required field"_s);
}

void TestJsonMapping::wrongType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("objectPath");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPath");
    QTest::addColumn<QString>("message");

    const QString centAmountPath = u"results[0].lineItems[0].price.value.centAmount"_s;
    QTest::newRow("centAmount as string")
        << u"orders.example.json"_s << u"results/0/lineItems/0/price/value"_s << u"centAmount"_s
        << QJsonValue(u"1000"_s) << centAmountPath << u"expected integer"_s;
    QTest::newRow("centAmount fractional")
        << u"orders.example.json"_s << u"results/0/lineItems/0/price/value"_s << u"centAmount"_s
        << QJsonValue(10.5) << centAmountPath << u"expected integer"_s;
    QTest::newRow("version as string") << u"cart.example.json"_s << QString() << u"version"_s
                                       << QJsonValue(u"1"_s) << u"version"_s << u"expected integer"_s;
    QTest::newRow("lineItems as object")
        << u"cart.example.json"_s << QString() << u"lineItems"_s << QJsonValue(QJsonObject())
        << u"lineItems"_s << u"expected array"_s;
    QTest::newRow("name as string") << u"product-projection.example.json"_s << QString() << u"name"_s
                                    << QJsonValue(u"Mug"_s) << u"name"_s << u"expected object"_s;
    QTest::newRow("localized text as number") << u"product-projection.example.json"_s << u"name"_s << u"en"_s
                                              << QJsonValue(5) << u"name.en"_s << u"expected string"_s;
    QTest::newRow("flag as string") << u"customer.example.json"_s << QString() << u"isEmailVerified"_s
                                    << QJsonValue(u"false"_s) << u"isEmailVerified"_s
                                    << u"expected boolean"_s;
    QTest::newRow("tax rate as string")
        << u"order.example.json"_s << u"lineItems/0/taxRate"_s << u"amount"_s << QJsonValue(u"0.1"_s)
        << u"lineItems[0].taxRate.amount"_s << u"expected number"_s;
    const QString timestampMessage =
        u"expected ISO-8601 timestamp with time zone, e.g. 2026-01-02T03:04:05.678Z"_s;
    QTest::newRow("timestamp not a date") << u"payment.example.json"_s << QString() << u"createdAt"_s
                                          << QJsonValue(u"yesterday"_s) << u"createdAt"_s << timestampMessage;
    QTest::newRow("timestamp without zone")
        << u"payment.example.json"_s << u"transactions/0"_s << u"timestamp"_s
        << QJsonValue(u"2015-10-20T08:54:24.000"_s) << u"transactions[0].timestamp"_s << timestampMessage;
    QTest::newRow("page entry not an object")
        << u"stores.example.json"_s << QString() << u"results"_s << QJsonValue(QJsonArray{1})
        << u"results[0]"_s << u"expected object"_s;
}

void TestJsonMapping::wrongType()
{
    QFETCH(QString, file);
    QFETCH(QString, objectPath);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPath);
    QFETCH(QString, message);
    const Mapping *m = mappingFor(file);
    QVERIFY(m);
    const QJsonValue broken = modified(loadExample(file), objectPath, [&](QJsonObject &o) {
        QVERIFY(o.contains(key));
        o.insert(key, value);
    });
    JsonError error;
    QVERIFY(!m->decodeToJson(broken, &error));
    QCOMPARE(error.path, errorPath);
    QCOMPARE(error.message, message);
    QCOMPARE(error.toString(), errorPath + u": "_s + message);
}

void TestJsonMapping::unknownEnum_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("objectPath");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorPath");
    QTest::addColumn<QString>("allowed");

    QTest::newRow("cartState") << u"cart.example.json"_s << QString() << u"cartState"_s << u"Open"_s
                               << u"cartState"_s << u"Active, Merged, Ordered, Frozen"_s;
    QTest::newRow("taxMode") << u"carts.example.json"_s << u"results/1"_s << u"taxMode"_s << u"Auto"_s
                             << u"results[1].taxMode"_s << u"Platform, External, ExternalAmount, Disabled"_s;
    QTest::newRow("orderState in page")
        << u"orders.example.json"_s << u"results/0"_s << u"orderState"_s << u"Shipped"_s
        << u"results[0].orderState"_s << u"Open, Confirmed, Complete, Cancelled"_s;
    QTest::newRow("shipmentState (optional)")
        << u"order.example.json"_s << QString() << u"shipmentState"_s << u"Cancelled"_s << u"shipmentState"_s
        << u"Shipped, Delivered, Ready, Pending, Delayed, Partial, Backorder, Canceled"_s;
    QTest::newRow("transaction type")
        << u"payment.example.json"_s << u"transactions/0"_s << u"type"_s << u"Capture"_s
        << u"transactions[0].type"_s << u"Authorization, CancelAuthorization, Charge, Refund, Chargeback"_s;
    QTest::newRow("line item priceMode")
        << u"order.example.json"_s << u"lineItems/0"_s << u"priceMode"_s << u"platform"_s
        << u"lineItems[0].priceMode"_s << u"Platform, ExternalPrice, ExternalTotal"_s;
    QTest::newRow("business unit type") << u"business-unit.example.json"_s << QString() << u"unitType"_s
                                        << u"Team"_s << u"unitType"_s << u"Company, Division"_s;
    QTest::newRow("money type") << u"cart.example.json"_s << u"totalPrice"_s << u"type"_s
                                << u"superPrecision"_s << u"totalPrice.type"_s
                                << u"centPrecision, highPrecision"_s;
}

void TestJsonMapping::unknownEnum()
{
    QFETCH(QString, file);
    QFETCH(QString, objectPath);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, errorPath);
    QFETCH(QString, allowed);
    const Mapping *m = mappingFor(file);
    QVERIFY(m);
    const QJsonValue broken =
        modified(loadExample(file), objectPath, [&](QJsonObject &o) { o.insert(key, value); });
    JsonError error;
    QVERIFY(!m->decodeToJson(broken, &error));
    QCOMPARE(error.path, errorPath);
    QCOMPARE(error.message, u"unknown value \""_s + value + u"\" (allowed: "_s + allowed + u')');
}

void TestJsonMapping::highPrecisionMoney_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("centAmount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("fractionDigits");

    QTest::newRow("with centAmount")
        << R"({"type":"highPrecision","currencyCode":"EUR","centAmount":1235,"preciseAmount":123456,"fractionDigits":4})"_ba
        << qint64(1235) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, below half")
        << R"({"type":"highPrecision","currencyCode":"EUR","preciseAmount":123449,"fractionDigits":4})"_ba
        << qint64(1234) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, half to even (down)")
        << R"({"type":"highPrecision","currencyCode":"EUR","preciseAmount":123450,"fractionDigits":4})"_ba
        << qint64(1234) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, half to even (up)")
        << R"({"type":"highPrecision","currencyCode":"EUR","preciseAmount":123550,"fractionDigits":4})"_ba
        << qint64(1236) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, negative half")
        << R"({"type":"highPrecision","currencyCode":"EUR","preciseAmount":-123450,"fractionDigits":4})"_ba
        << qint64(-1234) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, 20 digits")
        << R"({"type":"highPrecision","currencyCode":"EUR","preciseAmount":4000000000000000000,"fractionDigits":20})"_ba
        << qint64(4) << u"EUR"_s << 2;
    QTest::newRow("preciseAmount only, 20 digits of JPY")
        << R"({"type":"highPrecision","currencyCode":"JPY","preciseAmount":4000000000000000000,"fractionDigits":20})"_ba
        << qint64(0) << u"JPY"_s << 0;
    QTest::newRow("preciseAmount only, JPY")
        << R"({"type":"highPrecision","currencyCode":"JPY","preciseAmount":12345,"fractionDigits":1})"_ba
        << qint64(1234) << u"JPY"_s << 0;
}

void TestJsonMapping::highPrecisionMoney()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, centAmount);
    QFETCH(QString, currency);
    QFETCH(int, fractionDigits);
    JsonError error;
    const std::optional<core::Money> money = decodeMoney(parse(json), &error);
    QVERIFY2(money, qPrintable(error.toString()));
    QCOMPARE(money->centAmount(), centAmount);
    QCOMPARE(money->currencyCode(), currency);
    QCOMPARE(money->fractionDigits(), fractionDigits);
    const QJsonObject encoded = encodeMoney(*money);
    QCOMPARE(encoded.value(u"type"_s).toString(), u"centPrecision"_s);
    QCOMPARE(encoded.value(u"fractionDigits"_s).toInt(), fractionDigits);
    QCOMPARE(decodeMoney(encoded), money);
}

void TestJsonMapping::fractionDigitsFromIso4217_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("fractionDigits");
    QTest::addColumn<QString>("decimal");

    QTest::newRow("EUR total with fractionDigits 0 (labd emulator)")
        << R"({"type":"centPrecision","currencyCode":"EUR","centAmount":4097,"fractionDigits":0})"_ba << 2
        << u"40.97"_s;
    QTest::newRow("JPY claiming 2 digits")
        << R"({"type":"centPrecision","currencyCode":"JPY","centAmount":1299,"fractionDigits":2})"_ba << 0
        << u"1299"_s;
    QTest::newRow("KWD claiming 2 digits")
        << R"({"type":"centPrecision","currencyCode":"KWD","centAmount":1500,"fractionDigits":2})"_ba << 3
        << u"1.500"_s;
    QTest::newRow("draft without type and digits")
        << R"({"currencyCode":"USD","centAmount":1299})"_ba << 2 << u"12.99"_s;
    QTest::newRow("currency not in the table: payload digits trusted")
        << R"({"type":"centPrecision","currencyCode":"XZZ","centAmount":1299,"fractionDigits":1})"_ba << 1
        << u"129.9"_s;
}

void TestJsonMapping::fractionDigitsFromIso4217()
{
    QFETCH(QByteArray, json);
    QFETCH(int, fractionDigits);
    QFETCH(QString, decimal);
    JsonError error;
    const std::optional<core::Money> money = decodeMoney(parse(json), &error);
    QVERIFY2(money, qPrintable(error.toString()));
    QCOMPARE(money->fractionDigits(), fractionDigits);
    QCOMPARE(money->toDecimalString(), decimal);
}

void TestJsonMapping::unknownCurrencyWithoutDigits()
{
    JsonError error;
    QVERIFY(!decodeMoney(parse(R"({"currencyCode":"XZZ","centAmount":1299})"_ba), &error));
    QCOMPARE(error.path, u"currencyCode"_s);
    QVERIFY2(error.message.contains(u"XZZ"_s), qPrintable(error.message));
}

void TestJsonMapping::taxRateExact_data()
{
    QTest::addColumn<QByteArray>("amountText");
    QTest::addColumn<qint64>("partsPerBillion");

    QTest::newRow("0.19") << "0.19"_ba << qint64(190'000'000);
    QTest::newRow("0.075") << "0.075"_ba << qint64(75'000'000);
    QTest::newRow("0.2") << "0.2"_ba << qint64(200'000'000);
    QTest::newRow("0.13") << "0.13"_ba << qint64(130'000'000);
    QTest::newRow("0.0725") << "0.0725"_ba << qint64(72'500'000);
    QTest::newRow("0.077 (CH)") << "0.077"_ba << qint64(77'000'000);
    QTest::newRow("integer 1") << "1"_ba << qint64(1'000'000'000);
    QTest::newRow("integer 0") << "0"_ba << qint64(0);
}

void TestJsonMapping::taxRateExact()
{
    QFETCH(QByteArray, amountText);
    QFETCH(qint64, partsPerBillion);
    const QByteArray json =
        R"({"name":"VAT","amount":)"_ba + amountText + R"(,"includedInPrice":true,"country":"DE"})"_ba;
    JsonError error;
    const std::optional<core::TaxRate> rate = decodeRoot(parse(json), &error, readTaxRate);
    QVERIFY2(rate, qPrintable(error.toString()));
    QCOMPARE(rate->amount.partsPerBillion(), partsPerBillion);
    QCOMPARE(rate->amount, core::Rate::fromString(QString::fromLatin1(amountText)));
    // Written back with the same digits.
    const QByteArray written = QJsonDocument(encodeTaxRate(*rate)).toJson(QJsonDocument::Compact);
    const QByteArray expected = R"("amount":)"_ba + amountText + ',';
    QVERIFY2(written.contains(expected), written.constData());
}

void TestJsonMapping::taxRateFromSubRates()
{
    const QByteArray json = R"({"name":"HST","includedInPrice":true,"country":"CA","state":"ON",
        "subRates":[{"name":"GST","amount":0.05},{"name":"PST","amount":0.08}]})"_ba;
    JsonError error;
    const std::optional<core::TaxRate> rate = decodeRoot(parse(json), &error, readTaxRate);
    QVERIFY2(rate, qPrintable(error.toString()));
    QCOMPARE(rate->amount, core::Rate::fromString(u"0.13"));
    QCOMPARE(rate->subRates.size(), 2);

    QVERIFY(
        !decodeRoot(parse(R"({"name":"VAT","amount":0.1234567891,"includedInPrice":true,"country":"DE"})"_ba),
                    &error, readTaxRate));
    QCOMPARE(error.path, u"amount"_s);
}

void TestJsonMapping::timestamps_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("written");

    QTest::newRow("UTC with milliseconds") << u"2026-01-02T03:04:05.678Z"_s << u"2026-01-02T03:04:05.678Z"_s;
    QTest::newRow("no milliseconds") << u"2026-01-02T03:04:05Z"_s << u"2026-01-02T03:04:05.000Z"_s;
    QTest::newRow("offset converted to UTC")
        << u"2026-01-02T03:04:05.678+02:00"_s << u"2026-01-02T01:04:05.678Z"_s;
    QTest::newRow("epoch plus one ms") << u"1970-01-01T00:00:00.001Z"_s << u"1970-01-01T00:00:00.001Z"_s;
}

void TestJsonMapping::timestamps()
{
    QFETCH(QString, wire);
    QFETCH(QString, written);
    const QJsonValue json = modified(loadExample(u"zone.example.json"_s), {},
                                     [&](QJsonObject &o) { o.insert(u"createdAt"_s, wire); });
    JsonError error;
    const std::optional<core::Zone> zone = decodeZone(json, &error);
    QVERIFY2(zone, qPrintable(error.toString()));
    QCOMPARE(zone->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(encodeZone(*zone).value(u"createdAt"_s).toString(), written);
}

void TestJsonMapping::errorBodyKeepsExtraFields()
{
    const QByteArray json = R"({"statusCode":409,"message":"Version mismatch.","errors":[
        {"code":"ConcurrentModification","message":"Version mismatch.","currentVersion":7},
        {"code":"DuplicateField","message":"dup","field":"orderNumber","duplicateValue":"A-1"}]})"_ba;
    JsonError error;
    const std::optional<core::ErrorBody> body = decodeErrorBody(parse(json), &error);
    QVERIFY2(body, qPrintable(error.toString()));
    QCOMPARE(body->statusCode, 409);
    QCOMPARE(body->errors.size(), 2);
    QCOMPARE(body->errors.at(0).code, u"ConcurrentModification"_s);
    QCOMPARE(body->errors.at(0).extra.value(u"currentVersion"_s).toLongLong(), 7);
    QCOMPARE(body->errors.at(1).extra.value(u"field"_s).toString(), u"orderNumber"_s);
    QCOMPARE(body->errors.at(1).extra.value(u"duplicateValue"_s).toString(), u"A-1"_s);
    QVERIFY(!body->errors.at(1).extra.contains(u"code"_s));
    QCOMPARE(decodeErrorBody(encodeErrorBody(*body)), body);
}

void TestJsonMapping::authErrorResponse()
{
    const QByteArray json =
        R"({"statusCode":400,"message":"Customer account with the given credentials not found.",
        "errors":[{"code":"invalid_customer_account_credentials","message":"Customer account with the given credentials not found."}],
        "error":"invalid_customer_account_credentials","error_description":"Customer account with the given credentials not found."})"_ba;
    JsonError error;
    const std::optional<core::ErrorBody> body = decodeErrorBody(parse(json), &error);
    QVERIFY2(body, qPrintable(error.toString()));
    QCOMPARE(body->error, u"invalid_customer_account_credentials"_s);
    QCOMPARE(body->errorDescription, u"Customer account with the given credentials not found."_s);
    QCOMPARE(body->errors.value(0).code, u"invalid_customer_account_credentials"_s);
    QVERIFY(!decodeErrorBody(parse(R"({"error":"boom"})"_ba), &error));
    QCOMPARE(error.path, u"statusCode"_s);
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "TestJsonMapping.moc"
