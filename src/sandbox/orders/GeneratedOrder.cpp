// SPDX-License-Identifier: MIT
#include "sandbox/orders/GeneratedOrder.h"

#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/storage/JsonValues.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

struct Market
{
    const char *country, *currency;
    int weight;
};
const Market Markets[] = {
    {"DE", "EUR", 40}, {"FR", "EUR", 15}, {"NL", "EUR", 10}, {"GB", "GBP", 15}, {"US", "USD", 20}};

struct Place
{
    const char *street, *postalCode, *city;
};
const Place Places[][3] = {{{"Lindenallee", "20095", "Hamburg"},
                            {"Hauptstrasse", "80331", "München"},
                            {"Schillerweg", "50667", "Köln"}},
                           {{"Rue de Rivoli", "75001", "Paris"},
                            {"Rue Nationale", "59000", "Lille"},
                            {"Cours Lafayette", "69003", "Lyon"}},
                           {{"Damrak", "1012 LG", "Amsterdam"},
                            {"Coolsingel", "3011 AD", "Rotterdam"},
                            {"Oudegracht", "3511 AL", "Utrecht"}},
                           {{"High Street", "SW1A 1AA", "London"},
                            {"Deansgate", "M3 4LQ", "Manchester"},
                            {"Princes Street", "EH2 2ER", "Edinburgh"}},
                           {{"Main Street", "10001", "New York"},
                            {"Market Street", "94103", "San Francisco"},
                            {"Elm Street", "60601", "Chicago"}}};
const char *const FirstNames[] = {"Ada",     "Grace",   "Alan", "Marie",    "Linus", "Hedy",
                                  "Niklaus", "Barbara", "Ken",  "Margaret", "Tim",   "Radia",
                                  "Edsger",  "Frances", "John", "Sophie"};
const char *const LastNames[] = {"Lovelace", "Hopper", "Turing",   "Curie",    "Torvalds",    "Lamarr",
                                 "Wirth",    "Liskov", "Thompson", "Hamilton", "Berners-Lee", "Perlman",
                                 "Dijkstra", "Allen",  "Backus",   "Wilson"};

QByteArray money(const QString &currency, qint64 cents)
{
    return "{\"type\":\"centPrecision\",\"currencyCode\":\"" + currency.toLatin1() +
           "\",\"centAmount\":" + QByteArray::number(cents) + ",\"fractionDigits\":2}";
}

QByteArray text(const QString &value)
{
    return '"' + value.toUtf8() + '"'; // generator values never contain quotes or backslashes
}

qint64 roundDiv(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

QByteArray taxedPrice(const QString &currency, qint64 net, qint64 gross, const QByteArray &portions)
{
    return "{\"totalNet\":" + money(currency, net) + ",\"totalGross\":" + money(currency, gross) +
           ",\"totalTax\":" + money(currency, gross - net) + ",\"taxPortions\":[" + portions + "]}";
}

} // namespace

GeneratedOrder::GeneratedOrder(const GeneratorCatalog &catalog, quint64 seed, QDateTime end, qint64 total,
                               QString omsChannelId, int spanDays, int unsyncedHours)
    : m_catalog(catalog)
    , m_random(seed)
    , m_end(std::move(end))
    , m_total(std::max<qint64>(total, 1))
    , m_unsyncedHours(unsyncedHours)
    , m_omsChannelId(std::move(omsChannelId))
    , m_standardTaxId(DemoCatalog::taxCategoryId(u"standard"_s))
{
    m_spanMs = qint64(std::max(spanDays, 1)) * 24 * 3600 * 1000;
    m_startMs = m_end.toMSecsSinceEpoch() - m_spanMs - 60000;
}

QString GeneratedOrder::uuid(qint64 msecs)
{
    // Time-ordered (UUID version 7 layout) so the primary-key index grows at its end.
    const quint64 high = (quint64(msecs) << 16) | 0x7000 | (m_random.generate() & 0x0fff);
    const quint64 low = (m_random.generate() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    static constexpr char Hex[] = "0123456789abcdef";
    char out[36];
    int at = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[at++] = '-';
        const quint64 word = i < 16 ? high : low;
        out[at++] = Hex[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
    return QString::fromLatin1(out, 36);
}

GeneratedOrder::Lines GeneratedOrder::lineItems(bool b2b, const QString &currency, const QString &country)
{
    Lines lines;
    const QList<GeneratorCatalog::Product> &products = b2b ? m_catalog.industrial() : m_catalog.retail();
    const int count = 1 + pick(6);
    for (int i = 0; i < count; ++i) {
        const GeneratorCatalog::Product &product = products.at(pick(static_cast<int>(products.size())));
        qint64 unit = 0;
        QString priceId;
        if (!GeneratorCatalog::price(product, currency, country, b2b, &unit, &priceId))
            continue;
        const qint64 quantity = b2b ? 1 + pick(5) * 5 : 1 + pick(3);
        const GeneratorCatalog::TaxRate rate = m_catalog.taxRate(product.taxCategoryId, country);
        const qint64 total = unit * quantity;
        qint64 net = total, gross = total;
        if (rate.includedInPrice)
            net = roundDiv(total * 10000, 10000 + rate.basisPoints);
        else
            gross = total + roundDiv(total * rate.basisPoints, 10000);
        lines.net += net;
        lines.gross += gross;
        lines.total += total;
        lines.quantity += quantity;
        auto &portion = lines.portions[rate.basisPoints];
        portion.first = rate.nameJson;
        portion.second += gross - net;
        if (!lines.json.isEmpty())
            lines.json += ',';
        lines.json += "{\"id\":" + text(uuid(m_startMs)) + ',' + product.staticJson +
                      ",\"price\":{\"id\":" + text(priceId) + ",\"value\":" + money(currency, unit) +
                      "},\"quantity\":" + QByteArray::number(quantity) +
                      ",\"totalPrice\":" + money(currency, total) +
                      ",\"discountedPricePerQuantity\":[],\"taxRate\":" + rate.json +
                      ",\"taxedPrice\":" + taxedPrice(currency, net, gross, {}) +
                      ",\"taxedPricePortions\":[],\"state\":[],\"priceMode\":\"Platform\",\"lineItemMode\":"
                      "\"Standard\",\"perMethodTaxRate\":[]}";
    }
    return lines;
}

QByteArray GeneratedOrder::shipping(const QString &currency, const QString &country, bool b2b,
                                    qint64 itemsTotal, Lines &lines)
{
    qint64 price = b2b ? 1500 : (currency == u"USD"_s ? 599 : currency == u"GBP"_s ? 450 : 495);
    if (!b2b && itemsTotal >= 10000)
        price = 0;
    const GeneratorCatalog::TaxRate rate = m_catalog.taxRate(m_standardTaxId, country);
    qint64 net = price, gross = price;
    if (rate.includedInPrice)
        net = roundDiv(price * 10000, 10000 + rate.basisPoints);
    else
        gross = price + roundDiv(price * rate.basisPoints, 10000);
    lines.net += net;
    lines.gross += gross;
    lines.total += price;
    auto &portion = lines.portions[rate.basisPoints];
    portion.first = rate.nameJson;
    portion.second += gross - net;
    const QString method = b2b ? u"express"_s : u"standard"_s;
    return "{\"shippingMethodName\":" + text(b2b ? u"Express"_s : u"Standard"_s) +
           ",\"price\":" + money(currency, price) + ",\"shippingRate\":{\"price\":" + money(currency, price) +
           ",\"tiers\":[]},\"taxRate\":" + rate.json +
           ",\"taxedPrice\":" + taxedPrice(currency, net, gross, {}) +
           ",\"taxCategory\":{\"typeId\":\"tax-category\",\"id\":" + text(m_standardTaxId) +
           "},\"shippingMethod\":{\"typeId\":\"shipping-method\",\"id\":" +
           text(JsonValues::seededId(u"shipping-method"_s, method)) +
           "},\"deliveries\":[],\"shippingMethodState\":\"MatchesCart\"}";
}

void GeneratedOrder::states(Row &row, qint64 ageHours, bool b2b)
{
    const int roll = pick(100);
    if (roll < 3 && ageHours > 2) {
        row.orderState = u"Cancelled"_s;
        row.shipmentState = u"Canceled"_s;
        row.paymentState = b2b ? u"BalanceDue"_s : u"CreditOwed"_s;
        return;
    }
    if (ageHours > 24 * 30) {
        row.orderState = roll < 90 ? u"Complete"_s : u"Confirmed"_s;
        row.shipmentState = u"Delivered"_s;
        row.paymentState = u"Paid"_s;
    } else if (ageHours > 72) {
        row.orderState = roll < 35 ? u"Complete"_s : roll < 93 ? u"Confirmed"_s : u"Open"_s;
        row.shipmentState = roll < 35 ? u"Delivered"_s : roll < 80 ? u"Shipped"_s : u"Ready"_s;
        row.paymentState = b2b && roll >= 35 ? u"BalanceDue"_s : u"Paid"_s;
    } else {
        row.orderState = roll < 70 ? u"Open"_s : u"Confirmed"_s;
        row.shipmentState = roll < 70 ? u"Pending"_s : u"Ready"_s;
        row.paymentState = b2b ? u"BalanceDue"_s : (roll < 20 ? u"Pending"_s : u"Paid"_s);
    }
}

QByteArray GeneratedOrder::address(const QString &country, const QString &email, bool b2b)
{
    int market = 0;
    while (QLatin1StringView(Markets[market].country) != country)
        ++market;
    const Place &place = Places[market][pick(3)];
    QByteArray json = "{\"firstName\":" + text(QString::fromLatin1(FirstNames[pick(16)])) +
                      ",\"lastName\":" + text(QString::fromLatin1(LastNames[pick(16)])) +
                      ",\"streetName\":" + text(QString::fromUtf8(place.street)) + ",\"streetNumber\":\"" +
                      QByteArray::number(1 + pick(120)) +
                      "\",\"postalCode\":" + text(QString::fromUtf8(place.postalCode)) +
                      ",\"city\":" + text(QString::fromUtf8(place.city)) + ",\"country\":" + text(country) +
                      ",\"email\":" + text(email);
    if (b2b)
        json += ",\"company\":\"ACME Industrial GmbH\"";
    return json + '}';
}

GeneratedOrder::Row GeneratedOrder::make(qint64 index, qint64 number)
{
    Row row;
    const qint64 step = std::max<qint64>(m_spanMs / m_total, 1);
    const qint64 created = m_startMs + index * m_spanMs / m_total + qint64(m_random.bounded(quint64(step)));
    const qint64 ageHours = (m_end.toMSecsSinceEpoch() - created) / 3600000;
    const qint64 modified =
        std::min(created + qint64(m_random.bounded(quint64(48 * 3600000))), m_end.toMSecsSinceEpoch() - 1000);
    row.id = uuid(created);
    row.createdAt = JsonValues::timestamp(QDateTime::fromMSecsSinceEpoch(created, Qt::UTC));
    row.lastModifiedAt =
        JsonValues::timestamp(QDateTime::fromMSecsSinceEpoch(std::max(created, modified), Qt::UTC));
    row.orderNumber = u"G"_s % QString::number(number).rightJustified(8, u'0');
    const bool b2b = pick(100) < 30;
    int weight = pick(100);
    int market = 0;
    while (!b2b && weight >= Markets[market].weight) {
        weight -= Markets[market].weight;
        ++market;
    }
    row.country = QString::fromLatin1(Markets[market].country);
    row.currency = QString::fromLatin1(Markets[market].currency);
    if (b2b) {
        const bool admin = pick(4) == 0;
        row.customerEmail = admin ? u"admin@acme-industrial.example"_s : u"buyer@acme-industrial.example"_s;
        row.customerId = DemoAccounts::customerId(row.customerEmail);
        row.businessUnitKey = pick(3) == 0 ? u"acme-industrial-berlin"_s : u"acme-industrial"_s;
        row.purchaseOrderNumber = u"PO-"_s % row.createdAt.left(4) % u'-' %
                                  QString::number(number % 100000).rightJustified(5, u'0');
        row.storeKey = u"b2b-portal"_s;
    } else {
        const qint64 customer = qint64(m_random.bounded(quint64(50000)));
        row.customerEmail = u"customer"_s % QString::number(customer) % u"@example.com"_s;
        if (customer % 5 != 0) // most shoppers have an account
            row.customerId = JsonValues::seededId(u"customer"_s, row.customerEmail);
        row.storeKey = u"webshop"_s;
    }
    states(row, ageHours, b2b);
    row.omsSynced = !m_omsChannelId.isEmpty() && ageHours >= m_unsyncedHours;
    row.syncInfoCount = row.omsSynced ? 1 : 0; // the OMS entry is the only one
    Lines lines = lineItems(b2b, row.currency, row.country);
    const qint64 itemsTotal = lines.total;
    const QByteArray shippingInfo = shipping(row.currency, row.country, b2b, itemsTotal, lines);
    row.totalCent = lines.total;
    QByteArray portions;
    for (auto it = lines.portions.cbegin(); it != lines.portions.cend(); ++it) {
        if (!portions.isEmpty())
            portions += ',';
        portions += "{\"rate\":" + QByteArray::number(it.key() / 10000.0) +
                    ",\"amount\":" + money(row.currency, it.value().second) +
                    ",\"name\":" + it.value().first + '}';
    }
    const QByteArray addr = address(row.country, row.customerEmail, b2b);
    QByteArray &d = row.doc;
    d.reserve(1024 + lines.json.size() + shippingInfo.size());
    d += "{\"type\":\"Order\",\"id\":" + text(row.id) +
         ",\"version\":1,\"createdAt\":" + text(row.createdAt) +
         ",\"lastModifiedAt\":" + text(row.lastModifiedAt) + ",\"orderNumber\":" + text(row.orderNumber);
    if (!row.customerId.isEmpty())
        d += ",\"customerId\":" + text(row.customerId);
    d += ",\"customerEmail\":" + text(row.customerEmail);
    if (b2b) {
        d += ",\"businessUnit\":{\"typeId\":\"business-unit\",\"key\":" + text(row.businessUnitKey) +
             "},\"purchaseOrderNumber\":" + text(row.purchaseOrderNumber);
    }
    d += ",\"store\":{\"typeId\":\"store\",\"key\":" + text(row.storeKey) + "},\"lineItems\":[" + lines.json +
         "],\"customLineItems\":[],\"totalLineItemQuantity\":" + QByteArray::number(lines.quantity) +
         ",\"totalPrice\":" + money(row.currency, row.totalCent) +
         ",\"taxedPrice\":" + taxedPrice(row.currency, lines.net, lines.gross, portions) +
         ",\"shippingAddress\":" + addr + ",\"billingAddress\":" + addr +
         ",\"shippingMode\":\"Single\",\"shippingInfo\":" + shippingInfo +
         ",\"shipping\":[],\"itemShippingAddresses\":[],\"taxMode\":\"Platform\",\"taxRoundingMode\":"
         "\"HalfEven\","
         "\"taxCalculationMode\":\"LineItemLevel\",\"inventoryMode\":\"None\",\"country\":" +
         text(row.country) + ",\"origin\":\"Customer\",\"orderState\":" + text(row.orderState) +
         ",\"paymentState\":" + text(row.paymentState) + ",\"shipmentState\":" + text(row.shipmentState) +
         ",\"syncInfo\":[";
    if (row.omsSynced) {
        d += "{\"channel\":{\"typeId\":\"channel\",\"id\":" + text(m_omsChannelId) +
             "},\"externalId\":" + text(u"OMS-"_s % row.orderNumber) +
             ",\"syncedAt\":" + text(row.createdAt) + '}';
    }
    d += "],\"returnInfo\":[],\"refusedGifts\":[],\"discountCodes\":[],\"directDiscounts\":[],"
         "\"lastMessageSequenceNumber\":0}";
    return row;
}

} // namespace commercedesk::sandbox
