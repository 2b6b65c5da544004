// SPDX-License-Identifier: MIT
#pragma once

#include "core/Message.h"

#include <QAbstractListModel>
#include <QLocale>

namespace commercedesk::models {

/// An order's message history as a timeline, oldest first by sequence number: "10:42 · Order state
/// changed: Confirmed". appendMessages() inserts exact rows, skipping messages it already holds (by id).
class OrderTimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MessageTypeRole = Qt::UserRole + 1, ///< QString wire type, "OrderCreated"
        SequenceNumberRole,                 ///< qint64
        CreatedAtRole,                      ///< QDateTime
        SummaryRole,                        ///< QString, translated
    };

    explicit OrderTimelineModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void clear();
    void appendMessages(const QList<core::Message> &messages);

    /// Translated one-line summary of a message (type plus its main payload field).
    static QString summary(const core::Message &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<core::Message> m_messages;
    QLocale m_locale;
};

} // namespace commercedesk::models
