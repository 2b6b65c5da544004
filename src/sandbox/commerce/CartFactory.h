// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

class CartAccess;

// Builds a new Cart (version 1, cartState Active, every total computed) from a CartDraft /
// MyCartDraft (api.yaml). `currency` is required; enum fields are validated
// (400 InvalidField); references must exist (400 ReferencedResourceNotFound); a taken key → 400
// DuplicateField. Line items, addresses and the shipping method go through the same code as the
// update actions, so they are validated the same way. Same thread as the context's Database.
class CartFactory
{
public:
    explicit CartFactory(const CartActionContext &context);

    std::optional<CartDocument> create(const QJsonObject &draft, const CartAccess &access,
                                       HttpResponse *error) const;

private:
    bool readReferences(const QJsonObject &draft, CartDocument &cart, HttpResponse *error) const;
    bool readScalars(const QJsonObject &draft, CartDocument &cart, HttpResponse *error) const;

    const CartActionContext &m_ctx;
};

} // namespace commercedesk::sandbox
