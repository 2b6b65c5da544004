// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

struct Location
{
    QString country; // ISO 3166-1 alpha-2
    std::optional<QString> state;

    friend bool operator==(const Location &, const Location &) = default;
};

struct Zone
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    QString name;
    std::optional<QString> description;
    QList<Location> locations;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // True when a location has that country and either no state or the same state.
    bool contains(const QString &country, const std::optional<QString> &state = {}) const;

    friend bool operator==(const Zone &, const Zone &) = default;
};

} // namespace commercedesk::core
