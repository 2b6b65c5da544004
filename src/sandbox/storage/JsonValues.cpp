// SPDX-License-Identifier: MIT
#include "sandbox/storage/JsonValues.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QString JsonValues::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime JsonValues::parseTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

int JsonValues::fractionDigits(const QString &currency)
{
    static const QStringList zero{u"JPY"_s, u"KRW"_s, u"ISK"_s, u"CLP"_s, u"VND"_s};
    static const QStringList three{u"BHD"_s, u"KWD"_s, u"OMR"_s, u"JOD"_s, u"TND"_s};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QJsonObject JsonValues::money(const QString &currency, qint64 centAmount)
{
    return QJsonObject{{u"type"_s, u"centPrecision"_s},
                       {u"currencyCode"_s, currency},
                       {u"centAmount"_s, centAmount},
                       {u"fractionDigits"_s, fractionDigits(currency)}};
}

QJsonObject JsonValues::reference(const QString &typeId, const QString &id)
{
    return QJsonObject{{u"typeId"_s, typeId}, {u"id"_s, id}};
}

QJsonObject JsonValues::keyReference(const QString &typeId, const QString &key)
{
    return QJsonObject{{u"typeId"_s, typeId}, {u"key"_s, key}};
}

QString JsonValues::seededId(const QString &typeId, const QString &key)
{
    static const QUuid ns(u"6f1c2a4e-9d3b-4f7a-8c1e-2b5d7e9f0a13"_s);
    return QUuid::createUuidV5(ns, typeId % u'/' % key).toString(QUuid::WithoutBraces);
}

QString JsonValues::randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace commercedesk::sandbox
