// SPDX-License-Identifier: MIT
#include "app/settings/ProfileStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {
const QString kProfiles = u"connection/profiles"_s;
const QString kCurrent = u"connection/activeProfile"_s;
} // namespace

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out{ConnectionProfile::embedded()};
    const int size = m_settings.beginReadArray(kProfiles);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p = ConnectionProfile::read(m_settings);
        if (!p.name.isEmpty() && p.kind != ConnectionProfile::Kind::EmbeddedSandbox)
            out.append(p);
    }
    m_settings.endArray();
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &all)
{
    m_settings.remove(kProfiles);
    m_settings.beginWriteArray(kProfiles);
    int index = 0;
    for (const ConnectionProfile &p : all) {
        if (p.kind == ConnectionProfile::Kind::EmbeddedSandbox)
            continue;
        m_settings.setArrayIndex(index++);
        p.write(m_settings);
    }
    m_settings.endArray();
    m_settings.sync();
}

void ProfileStore::save(const ConnectionProfile &profile, const QString &previousName)
{
    if (profile.kind == ConnectionProfile::Kind::EmbeddedSandbox)
        return;
    QList<ConnectionProfile> all = profiles();
    const QString replaced = previousName.isEmpty() ? profile.name : previousName;
    bool found = false;
    for (ConnectionProfile &p : all) {
        if (p.name == replaced) {
            p = profile;
            found = true;
        }
    }
    if (!found)
        all.append(profile);
    writeAll(all);
    if (!previousName.isEmpty() && m_settings.value(kCurrent).toString() == previousName)
        m_settings.setValue(kCurrent, profile.name);
    Q_EMIT profilesChanged();
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&name](const ConnectionProfile &p) {
        return p.name == name && p.kind != ConnectionProfile::Kind::EmbeddedSandbox;
    });
    if (removed == 0)
        return;
    writeAll(all);
    Q_EMIT profilesChanged();
    if (m_settings.value(kCurrent).toString() == name)
        setCurrent(ConnectionProfile::embedded().name);
}

ConnectionProfile ProfileStore::current() const
{
    return profile(m_settings.value(kCurrent).toString()).value_or(ConnectionProfile::embedded());
}

void ProfileStore::setCurrent(const QString &name)
{
    const auto chosen = profile(name);
    if (!chosen)
        return;
    const bool changed = m_settings.value(kCurrent).toString() != chosen->name;
    m_settings.setValue(kCurrent, chosen->name);
    m_settings.sync();
    if (changed)
        Q_EMIT currentChanged(*chosen);
}

bool ProfileStore::isFirstRun() const
{
    return !m_settings.contains(kCurrent);
}

} // namespace commercedesk::app
