// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace commercedesk::sandbox {

using QueryItems = QList<QPair<QString, QString>>;

// Decodes application/x-www-form-urlencoded data (also used for URL query strings): '+' is a
// space, %XX are UTF-8 bytes, repeated names are kept in order. Never fails; malformed escapes are
// kept literally.
QueryItems parseFormEncoded(const QByteArray &data);

} // namespace commercedesk::sandbox
