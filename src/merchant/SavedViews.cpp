// SPDX-License-Identifier: MIT
#include "merchant/SavedViews.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

const QString kArray = u"merchant/views"_s;

} // namespace

SavedViews::SavedViews(QSettings *settings)
    : m_settings(settings)
{}

QList<SavedView> SavedViews::views() const
{
    QList<SavedView> out;
    const int count = m_settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedView view;
        view.name = m_settings->value(u"name"_s).toString();
        view.filter = OrderFilter::fromVariantMap(m_settings->value(u"filter"_s).toMap());
        view.columns = orderColumnsFromKeys(m_settings->value(u"columns"_s).toStringList());
        if (!view.name.isEmpty())
            out.append(view);
    }
    m_settings->endArray();
    return out;
}

std::optional<SavedView> SavedViews::view(const QString &name) const
{
    for (const SavedView &view : views()) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

void SavedViews::save(const SavedView &view)
{
    if (view.name.trimmed().isEmpty())
        return;
    QList<SavedView> all = views();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&view](const SavedView &existing) { return existing.name == view.name; });
    if (it != all.end())
        *it = view;
    else
        all.append(view);
    write(all);
}

bool SavedViews::remove(const QString &name)
{
    QList<SavedView> all = views();
    const qsizetype removed = all.removeIf([&name](const SavedView &view) { return view.name == name; });
    if (removed == 0)
        return false;
    write(all);
    return true;
}

void SavedViews::write(const QList<SavedView> &views)
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, views.at(i).name);
        m_settings->setValue(u"filter"_s, views.at(i).filter.toVariantMap());
        m_settings->setValue(u"columns"_s, columnKeys(views.at(i).columns));
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace commercedesk::merchant
