// SPDX-License-Identifier: MIT
#include "app/settings/SettingsDialog.h"

#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

SettingsDialog::SettingsDialog(ProfileStore *profiles, SecretVault *secrets, ConnectionTester *tester,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(tester)
{
    m_ui->setupUi(this);
    populateChoices();
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this] {
        if (m_populating || !m_ui->profileList->currentItem())
            return;
        const QString name = m_ui->profileList->currentItem()->data(Qt::UserRole).toString();
        if (const auto profile = m_profiles->profile(name))
            showProfile(*profile);
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFieldVisibility);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFieldVisibility);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->useButton, &QPushButton::clicked, this, &SettingsDialog::useProfile);
    connect(m_ui->languageCombo, &QComboBox::activated, this, [this] { Q_EMIT languageChosen(language()); });
    // Profiles added or removed elsewhere (another window, the first-run chooser) show up here too; the
    // form is kept while the user types a new profile or while this dialog saves.
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_saving && !m_loadedName.isEmpty())
            populateProfiles(m_profiles->profile(m_loadedName) ? m_loadedName : m_profiles->current().name);
    });
    populateProfiles(m_profiles->current().name);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::populateChoices()
{
    const int kind = std::max(0, m_ui->kindCombo->currentIndex());
    const int region = std::max(0, m_ui->regionCombo->currentIndex());
    const int language = std::max(0, m_ui->languageCombo->currentIndex());
    const QSignalBlocker kindBlocker(m_ui->kindCombo);
    const QSignalBlocker regionBlocker(m_ui->regionCombo);
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("The embedded sandbox"), int(ConnectionProfile::Kind::EmbeddedSandbox));
    m_ui->kindCombo->addItem(tr("A sandbox running elsewhere"), int(ConnectionProfile::Kind::RemoteSandbox));
    m_ui->kindCombo->addItem(tr("A commercetools project"), int(ConnectionProfile::Kind::Commercetools));
    m_ui->kindCombo->setCurrentIndex(kind);
    m_ui->regionCombo->clear();
    for (const api::RegionInfo &info : api::publicRegions())
        m_ui->regionCombo->addItem(info.id, int(info.region));
    m_ui->regionCombo->addItem(tr("Custom URLs"), int(api::Region::Custom));
    m_ui->regionCombo->setCurrentIndex(region);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Language names in their own language, so a user can always find theirs.
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_ui->languageCombo->setCurrentIndex(language);
}

void SettingsDialog::populateProfiles(const QString &select)
{
    m_populating = true;
    m_ui->profileList->clear();
    const QString current = m_profiles->current().name;
    int selectRow = 0;
    const QList<ConnectionProfile> all = m_profiles->profiles();
    for (int i = 0; i < all.size(); ++i) {
        QString text = all.at(i).displayName();
        if (all.at(i).name == current)
            text = tr("%1 (in use)").arg(text);
        auto *item = new QListWidgetItem(text, m_ui->profileList);
        item->setData(Qt::UserRole, all.at(i).name);
        if (all.at(i).name == select)
            selectRow = i;
    }
    m_populating = false;
    m_ui->profileList->setCurrentRow(selectRow);
    showProfile(all.at(selectRow));
}

bool SettingsDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void SettingsDialog::showProfile(const ConnectionProfile &profile)
{
    m_loadedName = profile.name;
    m_ui->nameEdit->setText(profile.kind == ConnectionProfile::Kind::EmbeddedSandbox ? profile.displayName()
                                                                                     : profile.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(profile.kind)));
    m_ui->sandboxUrlEdit->setText(profile.sandboxUrl.toString());
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(int(profile.region))));
    m_ui->authUrlEdit->setText(profile.authUrl.toString());
    m_ui->apiUrlEdit->setText(profile.apiUrl.toString());
    m_ui->projectKeyEdit->setText(profile.projectKey);
    m_ui->storefrontIdEdit->setText(profile.storefrontClientId);
    m_ui->merchantIdEdit->setText(profile.merchantClientId);
    m_ui->storefrontSecretEdit->clear();
    m_ui->merchantSecretEdit->clear();
    m_ui->problemsLabel->clear();
    m_ui->testResultLabel->clear();
    updateFieldVisibility();
}

ConnectionProfile SettingsDialog::editedProfile() const
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind(m_ui->kindCombo->currentData().toInt());
    p.name = p.kind == ConnectionProfile::Kind::EmbeddedSandbox ? ConnectionProfile::EmbeddedName
                                                                : m_ui->nameEdit->text().trimmed();
    p.sandboxUrl = QUrl(m_ui->sandboxUrlEdit->text().trimmed());
    p.region = api::Region(m_ui->regionCombo->currentData().toInt());
    p.authUrl = QUrl(m_ui->authUrlEdit->text().trimmed());
    p.apiUrl = QUrl(m_ui->apiUrlEdit->text().trimmed());
    p.projectKey = m_ui->projectKeyEdit->text().trimmed();
    p.storefrontClientId = m_ui->storefrontIdEdit->text().trimmed();
    p.merchantClientId = m_ui->merchantIdEdit->text().trimmed();
    if (const auto stored = m_profiles->profile(m_loadedName)) {
        p.storefrontScopes = stored->storefrontScopes;
        p.merchantScopes = stored->merchantScopes;
    }
    return p;
}

void SettingsDialog::updateFieldVisibility()
{
    const auto kind = ConnectionProfile::Kind(m_ui->kindCombo->currentData().toInt());
    const bool embedded = kind == ConnectionProfile::Kind::EmbeddedSandbox;
    const bool remote = kind == ConnectionProfile::Kind::RemoteSandbox;
    const bool project = kind == ConnectionProfile::Kind::Commercetools;
    const bool custom =
        project && api::Region(m_ui->regionCombo->currentData().toInt()) == api::Region::Custom;
    const bool isEmbeddedEntry = m_loadedName == ConnectionProfile::EmbeddedName;
    m_ui->embeddedNote->setVisible(embedded);
    m_ui->nameEdit->setReadOnly(isEmbeddedEntry);
    m_ui->kindCombo->setEnabled(!isEmbeddedEntry);
    const auto show = [](QWidget *label, QWidget *field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    show(m_ui->sandboxUrlLabel, m_ui->sandboxUrlEdit, remote);
    show(m_ui->regionLabel, m_ui->regionCombo, project);
    show(m_ui->authUrlLabel, m_ui->authUrlEdit, custom);
    show(m_ui->apiUrlLabel, m_ui->apiUrlEdit, custom);
    for (auto [label, field] : {std::pair<QWidget *, QWidget *>{m_ui->projectKeyLabel, m_ui->projectKeyEdit},
                                {m_ui->storefrontIdLabel, m_ui->storefrontIdEdit},
                                {m_ui->storefrontSecretLabel, m_ui->storefrontSecretEdit},
                                {m_ui->merchantIdLabel, m_ui->merchantIdEdit},
                                {m_ui->merchantSecretLabel, m_ui->merchantSecretEdit}}) {
        show(label, field, !embedded);
    }
    m_ui->removeButton->setEnabled(!isEmbeddedEntry && !m_loadedName.isEmpty());
    m_ui->saveButton->setEnabled(!isEmbeddedEntry);
    m_ui->testButton->setEnabled(!embedded);
}

void SettingsDialog::addProfile()
{
    startNewProfile(ConnectionProfile::Kind::Commercetools);
}

void SettingsDialog::startNewProfile(ConnectionProfile::Kind kind)
{
    ConnectionProfile fresh;
    fresh.kind = kind;
    showProfile(fresh);
    m_loadedName.clear();
    m_ui->profileList->clearSelection();
    updateFieldVisibility();
    m_ui->nameEdit->setFocus();
}

void SettingsDialog::removeProfile()
{
    const QString name = m_loadedName;
    if (name.isEmpty() || name == ConnectionProfile::EmbeddedName)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profile"),
        tr("Remove the profile \"%1\" and forget its secrets from the system keychain?").arg(name));
    if (answer != QMessageBox::Yes)
        return;
    m_saving = true;
    m_profiles->remove(name);
    m_saving = false;
    for (const QString &client : {ConnectionProfile::StorefrontClient, ConnectionProfile::MerchantClient})
        m_secrets->remove(name, client, this, {});
    populateProfiles(m_profiles->current().name);
}

void SettingsDialog::saveProfile()
{
    const ConnectionProfile profile = editedProfile();
    QStringList problems = profile.problems();
    if (profile.name != m_loadedName && m_profiles->profile(profile.name))
        problems << tr("A profile with this name exists already.");
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    if (!problems.isEmpty())
        return;
    // A renamed profile's secrets stay where they are unless retyped; they are keyed by profile name.
    m_saving = true;
    m_profiles->save(profile, m_loadedName);
    m_saving = false;
    storeSecret(profile.name, ConnectionProfile::StorefrontClient, m_ui->storefrontSecretEdit->text());
    storeSecret(profile.name, ConnectionProfile::MerchantClient, m_ui->merchantSecretEdit->text());
    m_ui->storefrontSecretEdit->clear();
    m_ui->merchantSecretEdit->clear();
    populateProfiles(profile.name);
    m_ui->problemsLabel->setText(tr("Saved."));
}

void SettingsDialog::storeSecret(const QString &profile, const QString &client, const QString &secret)
{
    if (secret.isEmpty())
        return;
    QPointer<SettingsDialog> self(this);
    m_secrets->write(
        profile, client, secret, this,
        [self, profile, client, secret](SecretVault::Outcome outcome, const QString &message) {
            if (!self)
                return;
            if (outcome == SecretVault::Outcome::NoSecretService) {
                const auto answer = QMessageBox::question(
                    self, tr("No system keychain"),
                    tr("No Secret Service is available, so the secret cannot be stored safely. "
                       "CommerceDesk never writes secrets to a file. Keep it in memory for this "
                       "run only?"));
                if (answer == QMessageBox::Yes)
                    self->m_secrets->keepForSession(profile, client, secret);
            } else if (outcome == SecretVault::Outcome::Failed) {
                self->m_ui->problemsLabel->setText(
                    tr("The secret could not be stored in the system keychain: %1").arg(message));
            }
        });
}

void SettingsDialog::testConnection()
{
    const ConnectionProfile profile = editedProfile();
    const QStringList problems = profile.problems();
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    if (!problems.isEmpty())
        return;
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing the connection…"));
    // Typed secrets win; otherwise the stored ones are read (asynchronously) first.
    auto secrets = std::make_shared<QHash<QString, QString>>();
    secrets->insert(ConnectionProfile::StorefrontClient, m_ui->storefrontSecretEdit->text());
    secrets->insert(ConnectionProfile::MerchantClient, m_ui->merchantSecretEdit->text());
    auto pending = std::make_shared<int>(0);
    QPointer<SettingsDialog> self(this);
    const auto runWhenReady = [self, profile, secrets, pending] {
        if (self && *pending == 0)
            self->m_tester->run(
                profile, secrets->value(ConnectionProfile::StorefrontClient),
                secrets->value(ConnectionProfile::MerchantClient), self,
                [self](const QList<ConnectionTester::ClientCheck> &checks) { self->showTestResult(checks); });
    };
    for (const QString &client : {ConnectionProfile::StorefrontClient, ConnectionProfile::MerchantClient}) {
        if (!secrets->value(client).isEmpty() || m_loadedName.isEmpty())
            continue;
        ++*pending;
        m_secrets->read(
            m_loadedName, client, this,
            [secrets, pending, client, runWhenReady](SecretVault::Outcome outcome, const QString &value) {
                if (outcome == SecretVault::Outcome::Stored ||
                    outcome == SecretVault::Outcome::StoredForSession)
                    secrets->insert(client, value);
                --*pending;
                runWhenReady();
            });
    }
    runWhenReady();
}

void SettingsDialog::showTestResult(const QList<ConnectionTester::ClientCheck> &checks)
{
    QStringList lines;
    bool allOk = true;
    for (const ConnectionTester::ClientCheck &check : checks) {
        lines << (check.ok ? u"✔ "_s : u"✖ "_s) + check.message;
        allOk = allOk && check.ok;
    }
    m_ui->testResultLabel->setText(lines.join(u'\n'));
    m_ui->testResultLabel->setProperty("allOk", allOk);
    updateFieldVisibility();
}

void SettingsDialog::useProfile()
{
    const QString name = m_loadedName;
    if (name.isEmpty()) {
        m_ui->problemsLabel->setText(tr("Save the profile before using it."));
        return;
    }
    m_profiles->setCurrent(name);
    populateProfiles(name);
    if (const auto profile = m_profiles->profile(name))
        Q_EMIT profileActivated(*profile);
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(code)));
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        populateChoices();
        const QString loaded = m_loadedName;
        m_populating = true;
        for (int row = 0; row < m_ui->profileList->count(); ++row) {
            QListWidgetItem *item = m_ui->profileList->item(row);
            if (const auto p = m_profiles->profile(item->data(Qt::UserRole).toString())) {
                const bool inUse = p->name == m_profiles->current().name;
                item->setText(inUse ? tr("%1 (in use)").arg(p->displayName()) : p->displayName());
            }
        }
        m_populating = false;
        if (loaded == ConnectionProfile::EmbeddedName)
            m_ui->nameEdit->setText(ConnectionProfile::embedded().displayName());
    }
    QDialog::changeEvent(event);
}

} // namespace commercedesk::app
