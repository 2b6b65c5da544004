// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api::json {

/// Builds one JSON object for an encoder. Optional values that are std::nullopt are omitted (never written as
/// null), so decode → encode → decode is stable. Timestamps are written in UTC with milliseconds
/// ("2026-01-02T03:04:05.678Z").
class JsonWriter
{
public:
    void set(QStringView key, const QJsonValue &value) { m_object.insert(key, value); }
    void set(QStringView key, const QString &value) { m_object.insert(key, value); }
    void set(QStringView key, qint64 value) { m_object.insert(key, value); }
    void set(QStringView key, int value) { m_object.insert(key, value); }
    void set(QStringView key, bool value) { m_object.insert(key, value); }
    void set(QStringView key, const QDateTime &value) { m_object.insert(key, timestampText(value)); }
    void set(QStringView key, const QJsonObject &value) { m_object.insert(key, value); }
    void set(QStringView key, const QJsonArray &value) { m_object.insert(key, value); }
    /// Would silently become a bool; write u"..."_s instead.
    void set(QStringView key, const char *value) = delete;

    template<class T>
    void setOptional(QStringView key, const std::optional<T> &value)
    {
        if (value)
            set(key, *value);
    }

    template<class T, class F>
    void setOptional(QStringView key, const std::optional<T> &value, F encode)
    {
        if (value)
            set(key, encode(*value));
    }

    template<class T, class F>
    void setList(QStringView key, const QList<T> &values, F encode)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(encode(value));
        m_object.insert(key, array);
    }

    void setStringList(QStringView key, const QStringList &values)
    {
        m_object.insert(key, QJsonArray::fromStringList(values));
    }

    /// Copies every member of `extra` that is not set yet (for payloads kept verbatim, e.g. message bodies).
    void merge(const QJsonObject &extra);

    const QJsonObject &object() const { return m_object; }
    QJsonObject take() { return std::move(m_object); }

    static QString timestampText(const QDateTime &value);

private:
    QJsonObject m_object;
};

} // namespace commercedesk::api::json
