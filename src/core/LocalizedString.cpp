// SPDX-License-Identifier: MIT
#include "core/LocalizedString.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

QString normalizedTag(QStringView tag)
{
    QString result = tag.toString().toLower();
    result.replace(u'_', u'-');
    return result;
}

QString languageOf(const QString &normalized)
{
    const qsizetype dash = normalized.indexOf(u'-');
    return dash < 0 ? normalized : normalized.left(dash);
}

// Non-empty text for a tag compared case-insensitively ('_' = '-'); null QString when none.
QString lookup(const QMap<QString, QString> &values, const QString &normalized)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty() && normalizedTag(it.key()) == normalized)
            return it.value();
    }
    return QString();
}

QString lookupSameLanguage(const QMap<QString, QString> &values, const QString &language)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty() && languageOf(normalizedTag(it.key())) == language)
            return it.value();
    }
    return QString();
}

} // namespace

LocalizedString::LocalizedString(QMap<QString, QString> values)
    : m_values(std::move(values))
{}

LocalizedString LocalizedString::of(const QString &tag, const QString &text)
{
    LocalizedString result;
    result.insert(tag, text);
    return result;
}

QString LocalizedString::text(QStringView tag, const QStringList &fallbacks) const
{
    const QString wanted = normalizedTag(tag);
    if (!wanted.isEmpty()) {
        const QString language = languageOf(wanted);
        for (const QString &candidate : {wanted, language}) {
            if (QString hit = lookup(m_values, candidate); !hit.isEmpty())
                return hit;
        }
        if (QString hit = lookupSameLanguage(m_values, language); !hit.isEmpty())
            return hit;
    }
    for (const QString &fallback : fallbacks) {
        const QString normalized = normalizedTag(fallback);
        for (const QString &candidate : {normalized, languageOf(normalized)}) {
            if (QString hit = lookup(m_values, candidate); !hit.isEmpty())
                return hit;
        }
    }
    if (QString hit = lookup(m_values, u"en"_s); !hit.isEmpty())
        return hit;
    for (const QString &value : m_values) {
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QString LocalizedString::text(const QLocale &locale, const QStringList &fallbacks) const
{
    const QString name = locale.language() == QLocale::C ? u"en"_s : locale.name();
    return text(QStringView(name), fallbacks);
}

} // namespace commercedesk::core
