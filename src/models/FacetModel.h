// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace commercedesk::models {

/// The catalog's facets as a two-level tree: one top-level row per facet group (e.g. "Colour", "Price"),
/// and under it one checkable row per value with its product count ("navy (12)"). The model holds no query:
/// checking or unchecking a value (setData with Qt::CheckStateRole, or toggle()) emits toggled(group, value)
/// and leaves the state alone until the owner sends the new facets with setGroups() — so the check marks
/// always show what the last search really used.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QString value; ///< what identifies it to the owner (an attribute value, a range expression)
        QString label; ///< shown text
        qint64 count = 0;
        bool selected = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct Group
    {
        QString name;  ///< identifies the group to the owner (attribute name, "price")
        QString title; ///< shown text
        QList<Entry> entries;
        friend bool operator==(const Group &, const Group &) = default;
    };
    enum Role {
        GroupNameRole = Qt::UserRole + 1, ///< QString, on both levels
        ValueRole,                        ///< QString, entries only
        CountRole,                        ///< qint64, entries only
        SelectedRole,                     ///< bool, entries only
    };

    explicit FacetModel(QObject *parent = nullptr);

    /// Replaces everything (a model reset) unless the groups are equal to the current ones.
    void setGroups(QList<Group> groups);
    const QList<Group> &groups() const { return m_groups; }
    /// The entry's index, or an invalid index.
    QModelIndex entryIndex(const QString &group, const QString &value) const;
    /// Emits toggled() for an entry index; does nothing for a group index.
    void toggle(const QModelIndex &index);
    int selectedCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void toggled(const QString &group, const QString &value);

private:
    static constexpr quintptr kGroupLevel = ~quintptr(0);
    const Entry *entry(const QModelIndex &index) const;

    QList<Group> m_groups;
};

} // namespace commercedesk::models
