// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrdersSeed.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

OrdersSeed::OrdersSeed(QDateTime now)
    : m_now(std::move(now))
{}

QJsonObject OrdersSeed::resource(const QString &typeId, const QString &key) const
{
    const QString ts = JsonValues::timestamp(m_now);
    return QJsonObject{{u"id"_s, JsonValues::seededId(typeId, key)},
                       {u"version"_s, 1},
                       {u"key"_s, key},
                       {u"createdAt"_s, ts},
                       {u"lastModifiedAt"_s, ts}};
}

QList<QJsonObject> OrdersSeed::channels() const
{
    QJsonObject oms = resource(u"channel"_s, u"oms"_s);
    oms.insert(u"roles"_s, QJsonArray{u"OrderExport"_s, u"OrderImport"_s});
    oms.insert(u"name"_s,
               QJsonObject{{u"en"_s, u"Order management system"_s}, {u"de"_s, u"Auftragsverwaltung"_s}});
    return {oms};
}

QList<QJsonObject> OrdersSeed::stores() const
{
    QJsonObject webshop = resource(u"store"_s, u"webshop"_s);
    webshop.insert(u"name"_s, QJsonObject{{u"en"_s, u"Web shop"_s}, {u"de"_s, u"Webshop"_s}});
    webshop.insert(u"languages"_s, QJsonArray{u"en"_s, u"de"_s, u"fr"_s});
    webshop.insert(u"countries"_s,
                   QJsonArray{QJsonObject{{u"code"_s, u"DE"_s}}, QJsonObject{{u"code"_s, u"FR"_s}},
                              QJsonObject{{u"code"_s, u"NL"_s}}, QJsonObject{{u"code"_s, u"GB"_s}},
                              QJsonObject{{u"code"_s, u"US"_s}}});
    webshop.insert(u"distributionChannels"_s, QJsonArray());
    webshop.insert(u"supplyChannels"_s, QJsonArray());
    webshop.insert(u"productSelections"_s, QJsonArray());
    QJsonObject portal = webshop;
    portal.insert(u"id"_s, JsonValues::seededId(u"store"_s, u"b2b-portal"_s));
    portal.insert(u"key"_s, u"b2b-portal"_s);
    portal.insert(u"name"_s, QJsonObject{{u"en"_s, u"B2B portal"_s}, {u"de"_s, u"B2B-Portal"_s}});
    return {webshop, portal};
}

bool OrdersSeed::seed(Database &database) const
{
    const QList<std::pair<QString, QList<QJsonObject>>> tables{{u"channels"_s, channels()},
                                                               {u"stores"_s, stores()}};
    for (const auto &[table, docs] : tables) {
        ResourceTable t(database, table);
        for (const QJsonObject &doc : docs) {
            if (t.byKey(doc.value(u"key"_s).toString()))
                continue;
            if (!t.insert(doc))
                return false;
        }
    }
    return true;
}

} // namespace commercedesk::sandbox
