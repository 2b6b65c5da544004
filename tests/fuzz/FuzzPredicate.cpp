// SPDX-License-Identifier: MIT
// Fuzzes the sandbox's query-predicate parser (the text of every `where=`, from any caller) and the
// evaluation of what it accepts. Contract under test (sandbox/query/Predicate.h): parse() either returns a
// predicate or nullopt with a non-empty message naming a position — never a crash, a hang or a silent
// failure; an accepted predicate evaluates against any document without crashing.
#include "sandbox/query/Predicate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using commercedesk::sandbox::Predicate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // the HTTP layer bounds a query string long before this
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, QJsonValue> variables{{u"nums"_s, QJsonArray{u"A-1"_s, u"A-2"_s}},
                                               {u"state"_s, u"Open"_s}};
    QString error;
    const std::optional<Predicate> predicate = Predicate::parse(text, variables, &error);
    if (!predicate) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QJsonObject order{
        {u"orderState"_s, u"Open"_s},
        {u"orderNumber"_s, u"A-1"_s},
        {u"totalPrice"_s, QJsonObject{{u"centAmount"_s, 4599}, {u"currencyCode"_s, u"EUR"_s}}},
        {u"lineItems"_s,
         QJsonArray{QJsonObject{{u"quantity"_s, 2}, {u"variant"_s, QJsonObject{{u"sku"_s, u"HOODIE-M"_s}}}}}},
        {u"custom"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"flag"_s, true}}}}}};
    (void)predicate->matches(order);
    (void)predicate->matches(QJsonObject{});
    return 0;
}
