// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/OrderSummary.h"
#include "merchant/OrderColumn.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace commercedesk::merchant {
class OrderListSession;
}

namespace commercedesk::models {

/// The orders table: one row per order of an OrderListSession, columns chosen and ordered by the user.
/// Rows are core::OrderSummary values (about a kilobyte each), never full orders: whoever opens or acts on
/// an order fetches it by id.
/// canFetchMore()/fetchMore() drive the session's keyset paging; each page is appended with exact
/// beginInsertRows, a filter change resets the model. upsertOrder() replaces a row in place by id (actions,
/// live updates) or, when `insertNew` and the id is unknown, inserts it at the top. Money through
/// core::Money::format with the model's locale; dates in the locale's short format.
/// `session` must outlive the model.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1, ///< QString
        OrderNumberRole,                ///< QString
        VersionRole,                    ///< qint64
        PlainValueRole,                 ///< QString: merchant::plainValue of the cell (CSV form)
        SortKeyRole,                    ///< the raw value (QDateTime, qint64 minor units, QString)
    };

    explicit OrderTableModel(merchant::OrderListSession *session, QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setColumns(const QList<merchant::OrderColumn> &columns);
    const QList<merchant::OrderColumn> &columns() const { return m_columns; }
    merchant::OrderColumn columnAt(int section) const { return m_columns.at(section); }

    /// The row's summary, or nullptr when `row` is out of range.
    const core::OrderSummary *summary(int row) const;
    int rowOf(const QString &orderId) const;
    /// Replaces the row of `order.id` unless it shows a newer version (see the class comment).
    void upsertOrder(const core::OrderSummary &order, bool insertNew = false);
    void upsertOrder(const core::Order &order, bool insertNew = false)
    {
        upsertOrder(core::OrderSummary::of(order), insertNew);
    }

    /// Translated column title (also used by the column chooser).
    static QString columnTitle(merchant::OrderColumn column);
    static QString stateText(core::OrderState state);
    static QString stateText(core::PaymentState state);
    static QString stateText(core::ShipmentState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void onReset();
    void onPage(const QList<core::OrderSummary> &orders);
    QVariant display(const core::OrderSummary &order, merchant::OrderColumn column) const;
    QVariant sortKey(const core::OrderSummary &order, merchant::OrderColumn column) const;

    merchant::OrderListSession *m_session;
    QList<core::OrderSummary> m_orders;
    QHash<QString, int> m_rowById;
    QList<merchant::OrderColumn> m_columns;
    QLocale m_locale;
};

} // namespace commercedesk::models
