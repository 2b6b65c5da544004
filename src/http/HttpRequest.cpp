// SPDX-License-Identifier: MIT
#include "http/HttpRequest.h"

#include <QUrl>

namespace commercedesk::http {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString Request::decodedPath() const
{
    return QUrl::fromPercentEncoding(path);
}

} // namespace commercedesk::http
