// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/OrderColumn.h"
#include "core/OrderSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <functional>

namespace commercedesk::core {
class OrderPageSource;
}

namespace commercedesk::models {

/// The orders table: one row per order of a core::OrderPageSource (the merchant desk's list session),
/// columns chosen and ordered by the user.
/// Rows are core::OrderSummary values (about a kilobyte each), never full orders: whoever opens or acts on
/// an order fetches it by id.
/// canFetchMore()/fetchMore() drive the source's paging; each page is appended with exact
/// beginInsertRows, the source's reset() (a filter or sort change) resets the model. upsertOrder() replaces a
/// row in place by id (actions, live updates) or, when `insertNew` and the id is unknown, inserts it at the
/// top. Money through core::Money::format with the model's locale; dates in the locale's short format.
/// `source` must outlive the model.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1, ///< QString
        OrderNumberRole,                ///< QString
        VersionRole,                    ///< qint64
        PlainValueRole,                 ///< QString: core::plainValue of the cell (CSV form)
        SortKeyRole,                    ///< the raw value (QDateTime, qint64 minor units, QString)
    };

    explicit OrderTableModel(core::OrderPageSource *source, QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    /// The language changed: the column titles and every cell (states, dates and money in `locale`) are
    /// asked for again — headerDataChanged() and dataChanged(), never a reset, so a view keeps its
    /// selection, current row and scroll position.
    void retranslate(const QLocale &locale);
    void setColumns(const QList<core::OrderColumn> &columns);
    /// How the Customer column names a business unit: `name(key)` (empty while unknown: the key shows).
    /// The tooltip of such a cell gives the key.
    void setUnitNames(std::function<QString(const QString &key)> name);
    /// Names became known: the Customer cells are asked for again (dataChanged, never a reset).
    void refreshUnitNames();
    /// The distinct business-unit keys of rows `first`…`last`, in row order.
    QStringList businessUnitKeys(int first, int last) const;
    const QList<core::OrderColumn> &columns() const { return m_columns; }
    core::OrderColumn columnAt(int section) const { return m_columns.at(section); }

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
    static QString columnTitle(core::OrderColumn column);
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
    QVariant display(const core::OrderSummary &order, core::OrderColumn column) const;
    QVariant sortKey(const core::OrderSummary &order, core::OrderColumn column) const;

    core::OrderPageSource *m_source;
    QList<core::OrderSummary> m_orders;
    QHash<QString, int> m_rowById;
    QList<core::OrderColumn> m_columns;
    QLocale m_locale;
    std::function<QString(const QString &)> m_unitName;
};

} // namespace commercedesk::models
