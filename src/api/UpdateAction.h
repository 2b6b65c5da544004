// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace commercedesk::core {
struct Cart;
struct Order;
struct Payment;
} // namespace commercedesk::core

namespace commercedesk::api {

/// One update action for a resource of type `Resource`, already in its wire shape
/// (`{"action":"setCountry","country":"DE"}`). Built only by the factories in actions/CartActions.h,
/// actions/OrderActions.h and actions/PaymentActions.h, so a cart action cannot be sent to an order.
///
/// `safeToRepeat` says whether the action may be re-applied unchanged to a newer version of the resource
/// after a 409 ConcurrentModification (see ResourceUpdate): true for absolute setters whose outcome does not
/// depend on what the caller last saw (setShippingAddress, changeOrderState), false for actions that build on
/// the state the caller saw (addLineItem, changeLineItemQuantity, addDelivery). Callers may lower it, and may
/// raise it only when they know better.
template<class Resource>
struct UpdateAction
{
    QJsonObject wire;
    bool safeToRepeat = false;

    friend bool operator==(const UpdateAction &, const UpdateAction &) = default;
};

using CartUpdateAction = UpdateAction<core::Cart>;
using OrderUpdateAction = UpdateAction<core::Order>;
using PaymentUpdateAction = UpdateAction<core::Payment>;

/// The update body `{"version":N,"actions":[...]}`, compact JSON.
QByteArray encodeUpdateBody(qint64 version, const QList<QJsonObject> &actions);

/// The wire shapes of `actions`, in order.
template<class Resource>
QList<QJsonObject> wireActions(const QList<UpdateAction<Resource>> &actions)
{
    QList<QJsonObject> wire;
    wire.reserve(actions.size());
    for (const auto &action : actions)
        wire.append(action.wire);
    return wire;
}

/// True when every action is marked safe to repeat (and there is at least one).
template<class Resource>
bool allSafeToRepeat(const QList<UpdateAction<Resource>> &actions)
{
    if (actions.isEmpty())
        return false;
    for (const auto &action : actions) {
        if (!action.safeToRepeat)
            return false;
    }
    return true;
}

} // namespace commercedesk::api
