// SPDX-License-Identifier: MIT
#include "sandbox/http/RequestIdentity.h"

#include <QUuid>

namespace commercedesk::sandbox {

HttpMethod methodOf(const http::Request &request)
{
    static const QList<QPair<QByteArray, HttpMethod>> methods{
        {"GET", HttpMethod::Get},        {"HEAD", HttpMethod::Head},     {"POST", HttpMethod::Post},
        {"PUT", HttpMethod::Put},        {"DELETE", HttpMethod::Delete}, {"PATCH", HttpMethod::Patch},
        {"OPTIONS", HttpMethod::Options}};
    for (const auto &[name, method] : methods) {
        if (request.method == name)
            return method;
    }
    return HttpMethod::Other;
}

QString correlationIdFor(const http::Request &request)
{
    const QByteArray given = request.header("X-Correlation-ID").trimmed();
    bool printable = !given.isEmpty() && given.size() <= 256;
    for (char c : given)
        printable = printable && c >= 0x21 && c <= 0x7e;
    return printable ? QString::fromLatin1(given) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace commercedesk::sandbox
