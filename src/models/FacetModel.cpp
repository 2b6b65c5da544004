// SPDX-License-Identifier: MIT
#include "models/FacetModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace commercedesk::models {

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FacetModel::setGroups(QList<Group> groups)
{
    if (groups == m_groups)
        return;
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex FacetModel::entryIndex(const QString &group, const QString &value) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).name != group)
            continue;
        const QList<Entry> &entries = m_groups.at(g).entries;
        for (int e = 0; e < entries.size(); ++e) {
            if (entries.at(e).value == value)
                return createIndex(e, 0, quintptr(g));
        }
    }
    return {};
}

void FacetModel::toggle(const QModelIndex &index)
{
    if (entry(index))
        Q_EMIT toggled(m_groups.at(int(index.internalId())).name, entry(index)->value);
}

int FacetModel::selectedCount() const
{
    int count = 0;
    for (const Group &group : m_groups) {
        for (const Entry &e : group.entries)
            count += e.selected ? 1 : 0;
    }
    return count;
}

const FacetModel::Entry *FacetModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupLevel)
        return nullptr;
    const auto group = qsizetype(index.internalId());
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).entries.size())
        return nullptr;
    return &m_groups.at(group).entries.at(index.row());
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupLevel);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupLevel)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupLevel) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return group.title;
        case GroupNameRole:
            return group.name;
        default:
            return {};
        }
    }
    const Entry *e = entry(index);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(e->label, QLocale().toString(e->count));
    case Qt::AccessibleTextRole:
        return tr("%1, %n product(s)", nullptr, int(e->count)).arg(e->label);
    case Qt::CheckStateRole:
        return e->selected ? Qt::Checked : Qt::Unchecked;
    case GroupNameRole:
        return m_groups.at(int(index.internalId())).name;
    case ValueRole:
        return e->value;
    case CountRole:
        return e->count;
    case SelectedRole:
        return e->selected;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Entry *e = entry(index);
    if (!e || role != Qt::CheckStateRole)
        return false;
    const bool wanted = value.toInt() == Qt::Checked;
    if (wanted != e->selected)
        toggle(index);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupLevel)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(GroupNameRole, "groupName"_ba);
    names.insert(ValueRole, "value"_ba);
    names.insert(CountRole, "count"_ba);
    names.insert(SelectedRole, "selected"_ba);
    return names;
}

} // namespace commercedesk::models
