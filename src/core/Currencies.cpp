// SPDX-License-Identifier: MIT
#include "core/Currencies.h"

#include <algorithm>
#include <iterator>

namespace commercedesk::core {

namespace {

struct Entry
{
    const char16_t *code;
    int fractionDigits;
    const char16_t *symbol; // empty: format with the ISO code
};

// ISO 4217 minor units; sorted by code (binary search). Symbols follow CLDR's English data.
constexpr Entry Table[] = {
    {u"AED", 2, u""},    {u"ARS", 2, u""},    {u"AUD", 2, u"A$"},  {u"BGN", 2, u""},    {u"BHD", 3, u""},
    {u"BRL", 2, u"R$"},  {u"CAD", 2, u"CA$"}, {u"CHF", 2, u""},    {u"CLP", 0, u""},    {u"CNY", 2, u"CN¥"},
    {u"COP", 2, u""},    {u"CZK", 2, u""},    {u"DJF", 0, u""},    {u"DKK", 2, u""},    {u"EGP", 2, u""},
    {u"EUR", 2, u"€"},   {u"GBP", 2, u"£"},   {u"GNF", 0, u""},    {u"HKD", 2, u"HK$"}, {u"HUF", 2, u""},
    {u"IDR", 2, u""},    {u"ILS", 2, u"₪"},   {u"INR", 2, u"₹"},   {u"IQD", 3, u""},    {u"ISK", 0, u""},
    {u"JOD", 3, u""},    {u"JPY", 0, u"¥"},   {u"KMF", 0, u""},    {u"KRW", 0, u"₩"},   {u"KWD", 3, u""},
    {u"LYD", 3, u""},    {u"MAD", 2, u""},    {u"MXN", 2, u"MX$"}, {u"MYR", 2, u""},    {u"NOK", 2, u""},
    {u"NZD", 2, u"NZ$"}, {u"OMR", 3, u""},    {u"PHP", 2, u"₱"},   {u"PKR", 2, u""},    {u"PLN", 2, u""},
    {u"PYG", 0, u""},    {u"QAR", 2, u""},    {u"RON", 2, u""},    {u"RSD", 2, u""},    {u"RWF", 0, u""},
    {u"SAR", 2, u""},    {u"SEK", 2, u""},    {u"SGD", 2, u""},    {u"THB", 2, u""},    {u"TND", 3, u""},
    {u"TRY", 2, u""},    {u"TWD", 2, u"NT$"}, {u"UAH", 2, u""},    {u"UGX", 0, u""},    {u"USD", 2, u"$"},
    {u"UYU", 2, u""},    {u"VND", 0, u"₫"},   {u"VUV", 0, u""},    {u"XAF", 0, u""},    {u"XOF", 0, u""},
    {u"XPF", 0, u""},    {u"ZAR", 2, u""},
};

CurrencyInfo toInfo(const Entry &entry)
{
    return CurrencyInfo{QString::fromUtf16(entry.code), entry.fractionDigits,
                        QString::fromUtf16(entry.symbol)};
}

const Entry *findEntry(QStringView code)
{
    const auto begin = std::begin(Table);
    const auto end = std::end(Table);
    const auto it = std::lower_bound(begin, end, code, [](const Entry &entry, QStringView wanted) {
        return QStringView(entry.code).compare(wanted) < 0;
    });
    if (it == end || QStringView(it->code) != code)
        return nullptr;
    return &*it;
}

} // namespace

std::optional<CurrencyInfo> Currencies::find(QStringView code)
{
    if (const Entry *entry = findEntry(code))
        return toInfo(*entry);
    return std::nullopt;
}

std::optional<int> Currencies::fractionDigits(QStringView code)
{
    if (const Entry *entry = findEntry(code))
        return entry->fractionDigits;
    return std::nullopt;
}

bool Currencies::isKnown(QStringView code)
{
    return findEntry(code) != nullptr;
}

QList<CurrencyInfo> Currencies::all()
{
    QList<CurrencyInfo> result;
    result.reserve(qsizetype(std::size(Table)));
    for (const Entry &entry : Table)
        result.append(toInfo(entry));
    return result;
}

} // namespace commercedesk::core
