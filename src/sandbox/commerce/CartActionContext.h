// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

namespace commercedesk::sandbox {

class Database;

// Which endpoint family a cart request came through; decides which update actions exist
// (e.g. setCustomerId / setAnonymousId only on the admin surface, taxMode Disabled not on /me).
enum class CartSurface { Admin, Me, Associate };

// What cart update actions need besides the cart: storage for look-ups, "now", the surface.
// Lives for one request on the sandbox thread.
struct CartActionContext
{
    Database &database;
    QDateTime now;
    CartSurface surface = CartSurface::Admin;
    // The buyer acting on a /me or as-associate cart (one of them set there; both empty on Admin). A buyer
    // may attach only their own payments.
    QString buyerCustomerId;
    QString buyerAnonymousId;
};

} // namespace commercedesk::sandbox
