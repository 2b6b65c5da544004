// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace commercedesk::sandbox {

class Database;

struct SubscriptionDelivererConfig
{
    QString projectKey;
    std::shared_ptr<const Clock> clock; // required: next_attempt_at is compared with it
    qint64 firstRetryMs = 1000;         // delay after the first failure; doubles per failure…
    qint64 maxRetryMs = 300000;         // …up to this
    int pollMs = 500;                   // real-time interval between looks at the outbox
    int maxInFlight = 8;
    int requestTimeoutMs = 10000; // a destination slower than this counts as failed
};

// Drains subscription_outbox (at least once, in order per resource): for each subscription and
// resource only the undelivered message with the lowest sequenceNumber is eligible, once its
// next_attempt_at has come on the clock. It POSTs the MessageDeliveryPayload (the message +
// notificationType "Message" + projectKey) to the subscription's HTTP destination
// (destination {type:"HTTP", url, authentication?{type:"AuthorizationHeader", headerValue}});
// 2xx marks the row delivered; anything else records attempts, last_error and the next attempt
// (exponential backoff). All state is in the database, so a restart (or kill -9) loses nothing: a
// delivery in flight at the crash is simply sent again (the receiver deduplicates by message id).
// Never blocks: asynchronous QNetworkAccessManager.
// Threading: the sandbox thread (the Database's); `database` must outlive it.
class SubscriptionDeliverer : public QObject
{
    Q_OBJECT

public:
    SubscriptionDeliverer(Database &database, SubscriptionDelivererConfig config, QObject *parent = nullptr);
    ~SubscriptionDeliverer() override;

    void start();
    // Looks at the outbox now (also called by the poll timer).
    void poll();
    int inFlight() const { return static_cast<int>(m_inFlight.size()); }

Q_SIGNALS:
    void delivered(const QString &subscriptionId, const QString &messageId);
    void deliveryFailed(const QString &subscriptionId, const QString &messageId, const QString &error);

private:
    struct Row
    {
        QString subscriptionId;
        QString messageId;
        QString resourceId;
        int attempts = 0;
        QByteArray messageDoc;
        QByteArray subscriptionDoc;
    };
    void deliver(const Row &row);
    void finish(const Row &row, bool ok, const QString &error);

    Database &m_database;
    SubscriptionDelivererConfig m_config;
    QNetworkAccessManager *m_nam; // child
    QTimer *m_timer;              // child
    QSet<QString> m_inFlight;     // "subscriptionId/resourceId"
};

} // namespace commercedesk::sandbox
