// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace commercedesk::sandbox {

// Builders for the commercetools JSON value shapes the sandbox writes. Stateless.
class JsonValues
{
public:
    // ISO 8601 UTC with milliseconds: "2026-11-26T10:15:30.123Z".
    static QString timestamp(const QDateTime &time);
    static QDateTime parseTimestamp(const QString &text);
    // ISO 4217 minor-unit digits (2 unless the currency is known to differ).
    static int fractionDigits(const QString &currency);
    // CentPrecisionMoney {"type":"centPrecision","currencyCode","centAmount","fractionDigits"}.
    static QJsonObject money(const QString &currency, qint64 centAmount);
    // {"typeId","id"}.
    static QJsonObject reference(const QString &typeId, const QString &id);
    // {"typeId","key"}.
    static QJsonObject keyReference(const QString &typeId, const QString &key);
    // A deterministic UUID (v5) for a seeded resource, so a demo catalog has the same ids everywhere.
    static QString seededId(const QString &typeId, const QString &key);
    static QString randomId();
};

} // namespace commercedesk::sandbox
