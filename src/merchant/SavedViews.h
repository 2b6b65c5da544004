// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/OrderColumn.h"
#include "merchant/OrderFilter.h"

#include <QList>
#include <QString>

class QSettings;

namespace commercedesk::merchant {

/// A named way of looking at orders: filters, visible columns in order, and the sort (inside the filter).
struct SavedView
{
    QString name;
    OrderFilter filter;
    QList<OrderColumn> columns;

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

/// The seller's saved views, persisted in an injected settings store under the group "merchant/views"
/// (QSettings with a file path in tests, the user's settings in the app). Names are unique,
/// case-sensitively; saving an existing name replaces it. `settings` must outlive this object. Not
/// thread-safe; GUI thread.
class SavedViews
{
public:
    explicit SavedViews(QSettings *settings);

    QList<SavedView> views() const;
    std::optional<SavedView> view(const QString &name) const;
    void save(const SavedView &view);
    bool remove(const QString &name);

private:
    void write(const QList<SavedView> &views);

    QSettings *m_settings;
};

} // namespace commercedesk::merchant
