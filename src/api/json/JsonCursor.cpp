// SPDX-License-Identifier: MIT
#include "api/json/JsonCursor.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

JsonCursor::JsonCursor(QJsonValue value, JsonError *slot)
    : JsonCursor(std::move(value), QString(), slot)
{}

JsonCursor::JsonCursor(QJsonValue value, QString path, JsonError *slot)
    : m_value(std::move(value))
    , m_path(std::move(path))
    , m_slot(slot)
{
    Q_ASSERT(m_slot);
}

JsonCursor JsonCursor::field(QStringView key) const
{
    QString path = m_path.isEmpty() ? key.toString() : m_path % u'.' % key;
    return JsonCursor(m_value.isObject() ? m_value.toObject().value(key) : QJsonValue(QJsonValue::Undefined),
                      std::move(path), m_slot);
}

JsonCursor JsonCursor::at(qsizetype index) const
{
    QString path = m_path % u'[' % QString::number(index) % u']';
    return JsonCursor(m_value.isArray() ? m_value.toArray().at(index) : QJsonValue(QJsonValue::Undefined),
                      std::move(path), m_slot);
}

bool JsonCursor::fail(const QString &message) const
{
    if (m_slot->isNull())
        *m_slot = JsonError{m_path, message};
    return false;
}

std::optional<QString> JsonCursor::string() const
{
    if (!m_value.isString()) {
        fail(u"expected string"_s);
        return std::nullopt;
    }
    return m_value.toString();
}

std::optional<qint64> JsonCursor::integer() const
{
    if (m_value.isDouble()) {
        // toInteger() answers its default for non-whole or out-of-range numbers; two defaults tell them
        // apart.
        const qint64 first = m_value.toInteger(0);
        if (first != 0 || m_value.toInteger(1) == 0)
            return first;
    }
    fail(u"expected integer"_s);
    return std::nullopt;
}

std::optional<double> JsonCursor::number() const
{
    if (!m_value.isDouble()) {
        fail(u"expected number"_s);
        return std::nullopt;
    }
    return m_value.toDouble();
}

std::optional<bool> JsonCursor::boolean() const
{
    if (!m_value.isBool()) {
        fail(u"expected boolean"_s);
        return std::nullopt;
    }
    return m_value.toBool();
}

std::optional<QJsonObject> JsonCursor::object() const
{
    if (!m_value.isObject()) {
        fail(u"expected object"_s);
        return std::nullopt;
    }
    return m_value.toObject();
}

std::optional<QJsonArray> JsonCursor::array() const
{
    if (!m_value.isArray()) {
        fail(u"expected array"_s);
        return std::nullopt;
    }
    return m_value.toArray();
}

std::optional<QDateTime> JsonCursor::timestamp() const
{
    if (!m_value.isString()) {
        fail(u"expected ISO-8601 timestamp string"_s);
        return std::nullopt;
    }
    const QDateTime parsed = QDateTime::fromString(m_value.toString(), Qt::ISODateWithMs);
    // Without a zone designator Qt reads local time: reject that instead of guessing.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        fail(u"expected ISO-8601 timestamp with time zone, e.g. 2026-01-02T03:04:05.678Z"_s);
        return std::nullopt;
    }
    return parsed.toUTC();
}

std::optional<QString> JsonCursor::decimalText() const
{
    if (!m_value.isDouble()) {
        fail(u"expected number"_s);
        return std::nullopt;
    }
    // Integers stay integers (Qt keeps whole JSON numbers as qint64); other numbers get their shortest
    // round-trip decimal form, the same digits QJsonDocument writes: 0.19 -> "0.19", not
    // "0.19000000000000000".
    const QVariant variant = m_value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    return QString::number(m_value.toDouble(), 'f', QLocale::FloatingPointShortest);
}

} // namespace commercedesk::api::json
