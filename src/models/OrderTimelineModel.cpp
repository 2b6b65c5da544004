// SPDX-License-Identifier: MIT
#include "models/OrderTimelineModel.h"

#include "core/Enums.h"
#include "models/OrderTableModel.h"
#include "models/ReturnStateTexts.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace commercedesk::models {

OrderTimelineModel::OrderTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void OrderTimelineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void OrderTimelineModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

void OrderTimelineModel::appendMessages(const QList<core::Message> &messages)
{
    QSet<QString> known;
    for (const core::Message &message : std::as_const(m_messages))
        known.insert(message.id);
    QList<core::Message> fresh;
    for (const core::Message &message : messages) {
        if (!known.contains(message.id)) {
            known.insert(message.id);
            fresh.append(message);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const core::Message &a, const core::Message &b) {
        return a.sequenceNumber < b.sequenceNumber;
    });
    if (fresh.isEmpty())
        return;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_messages.append(fresh);
    endInsertRows();
}

namespace {

/// A state of the payload's `field` by its name in the UI language (OrderTableModel::stateText), or the
/// wire value as sent when this version does not know it.
template<class State>
QString stateWords(const QVariantMap &payload, const QString &field,
                   std::optional<State> (*fromWire)(QStringView))
{
    const QString wire = payload.value(field).toString();
    const std::optional<State> state = fromWire(wire);
    return state ? OrderTableModel::stateText(*state) : wire;
}

} // namespace

QString OrderTimelineModel::summary(const core::Message &message)
{
    const QVariantMap &p = message.payload;
    const QString type = message.type;
    if (type == u"OrderCreated"_s)
        return tr("Order created");
    if (type == u"OrderStateChanged"_s)
        return tr("Order state changed to %1").arg(stateWords(p, u"orderState"_s, &core::orderStateFromWire));
    if (type == u"OrderShipmentStateChanged"_s)
        return tr("Shipment state changed to %1")
            .arg(stateWords(p, u"shipmentState"_s, &core::shipmentStateFromWire));
    if (type == u"OrderPaymentStateChanged"_s)
        return tr("Payment state changed to %1")
            .arg(stateWords(p, u"paymentState"_s, &core::paymentStateFromWire));
    if (type == u"OrderPaymentAdded"_s)
        return tr("Payment added");
    if (type == u"DeliveryAdded"_s)
        return tr("Delivery added");
    if (type == u"ParcelAddedToDelivery"_s)
        return tr("Parcel added to a delivery");
    if (type == u"ParcelTrackingDataUpdated"_s)
        return tr("Tracking data updated");
    if (type == u"OrderImported"_s)
        return tr("Order imported");
    if (type == u"OrderPurchaseOrderNumberSet"_s)
        return tr("Purchase order number set");
    if (type == u"ReturnInfoAdded"_s || type == u"ReturnInfoSet"_s)
        return tr("Return recorded");
    if (type == u"OrderReturnShipmentStateChanged"_s) {
        const QString wire = p.value(u"returnShipmentState"_s).toString();
        const auto state = core::returnShipmentStateFromWire(wire);
        return tr("Returned item: %1").arg(state ? ReturnStateTexts::shipment(*state) : wire);
    }
    if (type.contains(u"Sync"_s))
        return tr("Synchronised with an external system");
    return type;
}

int OrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant OrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(m_locale.toString(message.createdAt.toLocalTime(), QLocale::ShortFormat) + u"  ·  "_s +
                       summary(message));
    case Qt::ToolTipRole:
        return tr("Message %1, version %2 of the order")
            .arg(message.sequenceNumber)
            .arg(message.resourceVersion);
    case MessageTypeRole:
        return message.type;
    case SequenceNumberRole:
        return message.sequenceNumber;
    case CreatedAtRole:
        return message.createdAt;
    case SummaryRole:
        return summary(message);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageTypeRole, "messageType"_ba);
    names.insert(SequenceNumberRole, "sequenceNumber"_ba);
    names.insert(CreatedAtRole, "createdAt"_ba);
    names.insert(SummaryRole, "summary"_ba);
    return names;
}

} // namespace commercedesk::models
