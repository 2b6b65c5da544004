// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

namespace commercedesk::core {

// A product attribute. value holds the decoded JSON value as plain Qt types: QString, bool, qint64,
// double, QVariantMap (e.g. enum {key,label}, LocalizedString as {tag: text}, Money as map) or
// QVariantList (sets). The json layer owns the exact mapping.
struct Attribute
{
    QString name;
    QVariant value;

    friend bool operator==(const Attribute &, const Attribute &) = default;
};

} // namespace commercedesk::core
