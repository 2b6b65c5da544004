// SPDX-License-Identifier: MIT
#pragma once

#include "core/LocalizedString.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::core {

struct Store
{
    QString id;
    qint64 version = 0;
    QString key;
    std::optional<LocalizedString> name;
    QStringList languages;
    QStringList countries; // wire: [{"code":"DE"}]
    QList<Reference> distributionChannels;
    QList<Reference> supplyChannels;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    friend bool operator==(const Store &, const Store &) = default;
};

} // namespace commercedesk::core
