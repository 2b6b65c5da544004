// SPDX-License-Identifier: MIT
#include "merchant/InvoiceNumbers.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

QString orderKey(const QString &orderId)
{
    // Order ids are UUIDs or keys; '/' and '\' would open sub-groups in QSettings.
    return u"orders/"_s + QString(orderId).replace(u'/', u'_').replace(u'\\', u'_');
}

std::optional<InvoiceNumbers::Number> parse(const QString &stored)
{
    const QStringList parts = stored.split(u'|');
    bool ok = false;
    const qint64 sequence = parts.value(0).toLongLong(&ok);
    if (!ok || sequence <= 0)
        return std::nullopt;
    return InvoiceNumbers::Number{sequence, QDate::fromString(parts.value(1), Qt::ISODate)};
}

} // namespace

QString InvoiceNumbers::Number::text() const
{
    return u"INV-%1"_s.arg(sequence, 6, 10, QChar(u'0'));
}

InvoiceNumbers::InvoiceNumbers(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString InvoiceNumbers::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/invoice-numbers.ini"_s;
}

std::optional<InvoiceNumbers::Number> InvoiceNumbers::existing(const QString &orderId) const
{
    const QSettings settings(m_filePath, QSettings::IniFormat);
    return parse(settings.value(orderKey(orderId)).toString());
}

std::optional<InvoiceNumbers::Number> InvoiceNumbers::numberFor(const QString &orderId, const QDate &today)
{
    if (orderId.isEmpty() || !QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return std::nullopt;
    QLockFile lock(m_filePath + u".assign-lock"_s); // not ".lock": QSettings takes that one itself
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(5'000))
        return std::nullopt;
    QSettings settings(m_filePath, QSettings::IniFormat);
    if (const auto known = parse(settings.value(orderKey(orderId)).toString()))
        return known;
    const qint64 sequence = qMax<qint64>(1, settings.value(u"next"_s, 1).toLongLong());
    const Number number{sequence, today};
    settings.setValue(orderKey(orderId), u"%1|%2"_s.arg(sequence).arg(today.toString(Qt::ISODate)));
    settings.setValue(u"next"_s, sequence + 1);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return std::nullopt;
    return number;
}

} // namespace commercedesk::merchant
