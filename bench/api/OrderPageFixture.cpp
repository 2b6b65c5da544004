// SPDX-License-Identifier: MIT
#include "OrderPageFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

bool OrderPageFixture::load(const QString &examplePath, QString *error)
{
    QFile file(examplePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    m_order = QJsonDocument::fromJson(file.readAll()).object();
    if (m_order.isEmpty())
        *error = u"not a JSON object"_s;
    return !m_order.isEmpty();
}

QByteArray OrderPageFixture::page(int size) const
{
    QJsonArray results;
    for (int i = 0; i < size; ++i) {
        QJsonObject order = m_order;
        order.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        order.insert(u"orderNumber"_s, u"BENCH-%1"_s.arg(i, 6, 10, QLatin1Char('0')));
        order.insert(u"version"_s, i + 1);
        results.append(order);
    }
    const QJsonObject body{{u"limit"_s, size},
                           {u"offset"_s, 0},
                           {u"count"_s, size},
                           {u"total"_s, size},
                           {u"results"_s, results}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace commercedesk::bench
