// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/ConnectionProfile.h"

#include <QList>
#include <QObject>

class QSettings;

namespace commercedesk::app {

/// The connection profiles and which one is current, persisted in QSettings (non-secret fields only).
/// The embedded-sandbox profile always exists and cannot be removed. `settings` must outlive the store.
/// GUI thread.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    /// nullopt when no profile has that name.
    std::optional<ConnectionProfile> profile(const QString &name) const;
    /// Adds, or replaces the profile of the same name. `previousName` renames an existing profile.
    void save(const ConnectionProfile &profile, const QString &previousName = {});
    /// Removes a profile (not the embedded one); the current profile falls back to the embedded one.
    void remove(const QString &name);

    /// The profile the app uses (its name is kept under `connection/activeProfile`); the embedded sandbox
    /// until the user chose another.
    ConnectionProfile current() const;
    void setCurrent(const QString &name);
    /// True until a profile was chosen once (the first-run chooser shows then).
    bool isFirstRun() const;

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const commercedesk::app::ConnectionProfile &profile);

private:
    void writeAll(const QList<ConnectionProfile> &profiles);
    QSettings &m_settings;
};

} // namespace commercedesk::app
