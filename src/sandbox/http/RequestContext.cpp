// SPDX-License-Identifier: MIT
#include "sandbox/http/RequestContext.h"

namespace commercedesk::sandbox {

QString RequestContext::queryValue(const QString &name, const QString &fallback) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return fallback;
}

QStringList RequestContext::queryValues(const QString &name) const
{
    QStringList values;
    for (const auto &item : query) {
        if (item.first == name)
            values.append(item.second);
    }
    return values;
}

bool RequestContext::hasQuery(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString RequestContext::formValue(const QString &name) const
{
    for (const auto &item : form) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace commercedesk::sandbox
