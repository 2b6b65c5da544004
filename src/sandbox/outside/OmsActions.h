// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace commercedesk::sandbox {

// The OMS's write-back steps as update actions computed from the order as it is NOW (the
// OmsWriteBack::ActionsFor of each step). Each returns only what is still missing, so a step is safe
// to repeat: after a 409 the OMS re-reads the order and recomputes, and a step that someone else (or
// an earlier attempt) already made yields an empty array ("nothing to do"). Stateless.
class OmsActions
{
public:
    // "OMS-<orderKey>" / "TRK-<orderKey>" (orderKey = orderNumber, else the order id).
    static QString externalIdFor(const QString &orderKey);
    static QString trackingIdFor(const QString &orderKey);
    static QString deliveryKeyFor(const QString &orderKey);

    // updateSyncInfo {channel:{typeId:"channel",key:"oms"}, externalId, syncedAt} unless a syncInfo
    // entry with that externalId exists.
    static QJsonArray sync(const QJsonObject &order, const QString &externalId, const QString &syncedAt);
    // changeShipmentState Ready unless the order is Ready, Shipped or Delivered already.
    static QJsonArray ready(const QJsonObject &order);
    // addDelivery (all line items, deliveryKey, one parcel with trackingId, carrier DHL) unless a
    // delivery with that key or tracking id exists; changeShipmentState Shipped unless the order is
    // Shipped or Delivered.
    static QJsonArray ship(const QJsonObject &order, const QString &orderKey);
};

} // namespace commercedesk::sandbox
