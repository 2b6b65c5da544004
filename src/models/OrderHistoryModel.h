// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace commercedesk::models {

/// The buyer's order history list: one row per order, newest first as given. Columns: order number,
/// date (locale short format), status (order state, with the payment state when known), items (total
/// quantity), total (gross when taxed; core::Money::format in the model's locale) and the PO number.
/// setOrders() resets; appendOrders() inserts at the end with exact beginInsertRows. canFetchMore() is
/// true while setHasMore(true) and no request is pending; fetchMore() emits moreRequested() once until the
/// next appendOrders()/setOrders() (the owner then asks checkout::OrderHistory::loadMore()).
class OrderHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        DateColumn,
        StatusColumn,
        ItemsColumn,
        TotalColumn,
        PurchaseOrderColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, ///< QString
        OrderNumberRole,                ///< QString (empty when the order has none)
        CreatedAtRole,                  ///< QDateTime (UTC)
        TotalMinorUnitsRole,            ///< qint64
    };

    explicit OrderHistoryModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setOrders(const QList<core::Order> &orders);
    void appendOrders(const QList<core::Order> &orders);
    void setHasMore(bool hasMore);

    /// The order of `row`, or nullptr.
    const core::Order *order(int row) const;
    /// The row of the order with that id, or -1.
    int rowOf(const QString &orderId) const;
    /// What the Number column shows: the order number, else the id.
    static QString displayNumber(const core::Order &order);
    /// "Open · Paid"-style status text, translated: the order state, then paymentText() when the order
    /// has a payment state.
    static QString statusText(const core::Order &order);
    /// The order's paymentState in the buyer's words, as merchant::PaymentStateRule writes it for card
    /// payments (docs/architecture.md "Money after the order"): Pending is "Authorized" when the order has
    /// a payment (an authorization waiting to be captured) and "Payment pending" without one; BalanceDue
    /// "Partly paid"; Paid "Paid"; CreditOwed "Refunded"; Failed "Payment released" with a payment (nothing
    /// was taken) and "Not paid" without. Empty without a payment state. Translated.
    static QString paymentText(const core::Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreRequested();

private:
    QVariant display(const core::Order &order, int column) const;

    QList<core::Order> m_orders;
    QLocale m_locale;
    bool m_hasMore = false;
    bool m_moreRequested = false;
};

} // namespace commercedesk::models
