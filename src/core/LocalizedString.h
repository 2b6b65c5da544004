// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

class QLocale;

namespace commercedesk::core {

// A commercetools LocalizedString: IETF language tag ("en", "de-DE") → text.
// Tags are stored exactly as given (the wire form); lookups compare tags case-insensitively and treat
// '_' like '-', so a QLocale name "de_DE" finds "de-DE".
class LocalizedString
{
public:
    LocalizedString() = default;
    explicit LocalizedString(QMap<QString, QString> values);

    // Builds {tag: text} for tests and drafts.
    static LocalizedString of(const QString &tag, const QString &text);

    // Resolution order, first non-empty hit wins:
    //   1. the exact tag ("de-CH"),
    //   2. its bare language ("de"),
    //   3. any other tag of the same language ("de-DE"; the alphabetically first),
    //   4. each caller fallback in order (each tried exact, then bare language),
    //   5. "en",
    //   6. any value (the alphabetically first tag).
    // Returns an empty string only when there is no non-empty value at all.
    QString text(QStringView tag, const QStringList &fallbacks = {}) const;
    // Same with QLocale::name() ("de_DE"); the C locale counts as "en".
    QString text(const QLocale &locale, const QStringList &fallbacks = {}) const;

    // Exact-tag access (no fallback).
    QString value(const QString &tag) const { return m_values.value(tag); }
    bool contains(const QString &tag) const { return m_values.contains(tag); }
    void insert(const QString &tag, const QString &text) { m_values.insert(tag, text); }
    void remove(const QString &tag) { m_values.remove(tag); }

    bool isEmpty() const { return m_values.isEmpty(); }
    const QMap<QString, QString> &values() const { return m_values; }

    friend bool operator==(const LocalizedString &, const LocalizedString &) = default;

private:
    QMap<QString, QString> m_values;
};

} // namespace commercedesk::core
