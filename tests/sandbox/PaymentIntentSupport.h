// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace commercedesk::sandbox::test {

// The body of a Payment Intents request with one action (checkout.yaml), with `amount` when it is not empty.
inline QJsonObject intent(const QString &action, const QJsonObject &amount = {})
{
    QJsonObject a{{QStringLiteral("action"), action}};
    if (!amount.isEmpty())
        a.insert(QStringLiteral("amount"), amount);
    return QJsonObject{{QStringLiteral("actions"), QJsonArray{a}}};
}

// The transactions of a Payment's JSON whose type is `type`, in order.
inline QList<QJsonObject> transactionsOf(const QJsonObject &payment, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : payment.value(QStringLiteral("transactions")).toArray()) {
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            out.append(v.toObject());
    }
    return out;
}

// How often the payment gateway's own log of an authorization lists `operation`.
inline int operationsAt(const QJsonObject &authorization, const QString &operation)
{
    int n = 0;
    for (const QJsonValue &v : authorization.value(QStringLiteral("operations")).toArray())
        n += v.toObject().value(QStringLiteral("operation")).toString() == operation ? 1 : 0;
    return n;
}

} // namespace commercedesk::sandbox::test
