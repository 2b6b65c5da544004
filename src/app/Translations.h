// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace commercedesk::app {

/// Installs the app's own translations (embedded :/i18n/commercedesk_<lang>.qm) and Qt's qtbase translations
/// for one locale; switching replaces both. Owned by the composition root; uninstalls on destruction.
class Translations final : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// Returns false when the app has no translation for `locale` (English is then used; not an error).
    bool apply(const QLocale &locale);

private:
    void removeInstalled();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace commercedesk::app
