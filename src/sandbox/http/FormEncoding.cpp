// SPDX-License-Identifier: MIT
#include "sandbox/http/FormEncoding.h"

namespace commercedesk::sandbox {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString decodeComponent(const QByteArray &part)
{
    QByteArray out;
    out.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part.at(i);
        const int hi = (c == '%' && i + 2 < part.size()) ? hexValue(part.at(i + 1)) : -1;
        const int lo = hi >= 0 ? hexValue(part.at(i + 2)) : -1;
        if (lo >= 0) {
            out.append(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            out.append(c == '+' ? ' ' : c);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

QueryItems parseFormEncoded(const QByteArray &data)
{
    QueryItems items;
    const QList<QByteArray> pairs = data.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            items.append({decodeComponent(pair), QString()});
        else
            items.append({decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1))});
    }
    return items;
}

} // namespace commercedesk::sandbox
