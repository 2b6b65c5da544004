// SPDX-License-Identifier: MIT
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeInstalled();
}

bool Translations::apply(const QLocale &locale)
{
    removeInstalled();
    QLocale::setDefault(locale);
    auto *app = new QTranslator(this);
    const bool found = app->load(locale, u"commercedesk"_s, u"_"_s, u":/i18n"_s);
    if (found) {
        QCoreApplication::installTranslator(app);
        m_app = app;
    } else {
        delete app;
    }
    auto *qt = new QTranslator(this);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    return found;
}

void Translations::removeInstalled()
{
    for (QTranslator **translator : {&m_app, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace commercedesk::app
