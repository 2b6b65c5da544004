// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace commercedesk::core {

// {"typeId":"product-type","id":"..."}. An expanded "obj" is not kept in core values.
struct Reference
{
    QString typeId;
    QString id;

    friend bool operator==(const Reference &, const Reference &) = default;
};

// {"typeId":"business-unit","key":"acme"} (business units, stores, associate roles).
struct KeyReference
{
    QString typeId;
    QString key;

    friend bool operator==(const KeyReference &, const KeyReference &) = default;
};

// Drafts address a resource by id OR key (both at once is an API error).
struct ResourceIdentifier
{
    QString typeId;
    std::optional<QString> id;
    std::optional<QString> key;

    static ResourceIdentifier byId(const QString &typeId, const QString &id)
    {
        return {typeId, id, std::nullopt};
    }
    static ResourceIdentifier byKey(const QString &typeId, const QString &key)
    {
        return {typeId, std::nullopt, key};
    }
    // True when exactly one of id / key is set and non-empty.
    bool isValid() const
    {
        const bool hasId = id && !id->isEmpty();
        const bool hasKey = key && !key->isEmpty();
        return hasId != hasKey;
    }

    friend bool operator==(const ResourceIdentifier &, const ResourceIdentifier &) = default;
};

} // namespace commercedesk::core
