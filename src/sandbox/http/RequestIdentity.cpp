// SPDX-License-Identifier: MIT
#include "sandbox/http/RequestIdentity.h"

#include <QUuid>

namespace commercedesk::sandbox {

HttpMethod methodOf(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get:
        return HttpMethod::Get;
    case M::Head:
        return HttpMethod::Head;
    case M::Post:
        return HttpMethod::Post;
    case M::Put:
        return HttpMethod::Put;
    case M::Delete:
        return HttpMethod::Delete;
    case M::Patch:
        return HttpMethod::Patch;
    case M::Options:
        return HttpMethod::Options;
    default:
        return HttpMethod::Other;
    }
}

QString correlationIdFor(const QHttpServerRequest &request)
{
    const QByteArray given = request.value("X-Correlation-ID").trimmed();
    bool printable = !given.isEmpty() && given.size() <= 256;
    for (char c : given)
        printable = printable && c >= 0x21 && c <= 0x7e;
    return printable ? QString::fromLatin1(given) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace commercedesk::sandbox
