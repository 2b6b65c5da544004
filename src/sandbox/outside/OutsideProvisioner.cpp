// SPDX-License-Identifier: MIT
#include "sandbox/outside/OutsideProvisioner.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QJsonObject taxExtension(const QString &url)
{
    return QJsonObject{
        {u"key"_s, u"tax-service"_s},
        {u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, url}}},
        {u"triggers"_s, QJsonArray{QJsonObject{
                            {u"resourceTypeId"_s, u"cart"_s},
                            {u"actions"_s, QJsonArray{u"Create"_s, u"Update"_s}},
                            {u"condition"_s, u"taxMode = \"External\" and shippingAddress is defined"_s}}}},
        {u"timeoutInMs"_s, 2000}};
}

QJsonObject orderNumberExtension(const QString &url)
{
    return QJsonObject{{u"key"_s, u"order-numbers"_s},
                       {u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, url}}},
                       {u"triggers"_s, QJsonArray{QJsonObject{{u"resourceTypeId"_s, u"order"_s},
                                                              {u"actions"_s, QJsonArray{u"Create"_s}}}}},
                       {u"timeoutInMs"_s, 2000}};
}

QJsonObject omsSubscription(const QString &url, const QByteArray &token)
{
    QJsonObject destination{{u"type"_s, u"HTTP"_s}, {u"url"_s, url}};
    if (!token.isEmpty())
        destination.insert(
            u"authentication"_s,
            QJsonObject{{u"type"_s, u"AuthorizationHeader"_s},
                        {u"headerValue"_s, QString(u"Bearer "_s % QString::fromLatin1(token))}});
    return QJsonObject{
        {u"key"_s, u"oms"_s},
        {u"destination"_s, destination},
        {u"messages"_s,
         QJsonArray{QJsonObject{
             {u"resourceTypeId"_s, u"order"_s},
             {u"types"_s, QJsonArray{u"OrderCreated"_s, u"OrderStateChanged"_s, u"OrderPaymentStateChanged"_s,
                                     u"OrderShipmentStateChanged"_s, u"DeliveryAdded"_s}}}}},
        {u"changes"_s, QJsonArray()},
        {u"events"_s, QJsonArray()}, // required by Subscription (api.yaml), empty here
        {u"format"_s, QJsonObject{{u"type"_s, u"Platform"_s}}},
        {u"status"_s, u"Healthy"_s}};
}

// Inserts `draft` or rewrites the destination (URL and authentication) of the existing resource with its key.
bool upsert(Database &database, const QString &table, const QString &typeId, const QJsonObject &draft,
            const QDateTime &now, bool create)
{
    ResourceTable resources(database, table);
    const QString key = draft.value(u"key"_s).toString();
    const QString ts = JsonValues::timestamp(now);
    if (auto existing = resources.byKey(key)) {
        const QJsonObject destination = draft.value(u"destination"_s).toObject();
        if (existing->value(u"destination"_s).toObject() == destination)
            return true;
        const qint64 version = existing->value(u"version"_s).toInteger();
        existing->insert(u"destination"_s, destination);
        existing->insert(u"version"_s, version + 1);
        existing->insert(u"lastModifiedAt"_s, ts);
        return resources.update(*existing, version);
    }
    if (!create)
        return true;
    QJsonObject doc = draft;
    doc.insert(u"id"_s, JsonValues::seededId(typeId, key));
    doc.insert(u"version"_s, 1);
    doc.insert(u"createdAt"_s, ts);
    doc.insert(u"lastModifiedAt"_s, ts);
    return resources.insert(doc);
}

} // namespace

bool OutsideProvisioner::provision(Database &database, const OutsideUrls &urls, const OutsideSecrets &secrets,
                                   const QDateTime &now, bool create, QString *error)
{
    if (!database.begin()) {
        if (error)
            *error = database.errorString();
        return false;
    }
    bool ok = true;
    if (!urls.tax.isEmpty()) {
        const QString url = urls.tax.toString() % u"/extension"_s;
        ok = upsert(database, u"extensions"_s, u"extension"_s, taxExtension(url), now, create);
    }
    if (ok && !urls.numbers.isEmpty()) {
        const QString url = urls.numbers.toString() % u"/extension"_s;
        ok = upsert(database, u"extensions"_s, u"extension"_s, orderNumberExtension(url), now, create);
    }
    if (ok && !urls.oms.isEmpty()) {
        const QString url = urls.oms.toString() % u"/messages"_s;
        ok = upsert(database, u"subscriptions"_s, u"subscription"_s,
                    omsSubscription(url, secrets.omsDeliveryToken), now, create);
    }
    if (!ok) {
        if (error)
            *error = u"Could not provision the outside systems: "_s % database.errorString();
        database.rollback();
        return false;
    }
    return database.commit();
}

} // namespace commercedesk::sandbox
