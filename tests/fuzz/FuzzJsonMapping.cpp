// SPDX-License-Identifier: MIT
// Fuzzes the client's JSON mapping (src/api/json) with whatever a server, a proxy or an attacker on the
// path could answer. Contract under test (api/json/JsonError.h): a decodeX either returns a value or
// nullopt with an error naming the JSON path — never a crash, an overflow or a silent failure.
#include "api/json/CartJson.h"
#include "api/json/ErrorJson.h"
#include "api/json/JsonError.h"
#include "api/json/OrderJson.h"
#include "api/json/OrderSummaryJson.h"
#include "api/json/PaymentJson.h"
#include "api/json/ProductJson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace json = commercedesk::api::json;

namespace {

template<typename Decode>
void decodeOrExplain(const QJsonValue &value, Decode decode)
{
    json::JsonError error;
    const auto decoded = decode(value, &error);
    if (!decoded && error.isNull())
        std::abort(); // a refusal must say where and why
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isNull())
        return 0;
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    // The length picks the decoder, so each one sees every shape of input.
    switch (size % 7) {
    case 0:
        decodeOrExplain(value,
                        [](const QJsonValue &v, json::JsonError *e) { return json::decodeOrder(v, e); });
        break;
    case 1:
        decodeOrExplain(value,
                        [](const QJsonValue &v, json::JsonError *e) { return json::decodeCart(v, e); });
        break;
    case 2:
        decodeOrExplain(value,
                        [](const QJsonValue &v, json::JsonError *e) { return json::decodePayment(v, e); });
        break;
    case 3:
        decodeOrExplain(value, [](const QJsonValue &v, json::JsonError *e) {
            return json::decodeOrderSummaryPage(v, e);
        });
        break;
    case 4:
        decodeOrExplain(value, [](const QJsonValue &v, json::JsonError *e) {
            return json::decodeProductProjection(v, e);
        });
        break;
    case 5:
        decodeOrExplain(value,
                        [](const QJsonValue &v, json::JsonError *e) { return json::decodeErrorBody(v, e); });
        break;
    default:
        decodeOrExplain(value,
                        [](const QJsonValue &v, json::JsonError *e) { return json::decodeOrderPage(v, e); });
        break;
    }
    return 0;
}
