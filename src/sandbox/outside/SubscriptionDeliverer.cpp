// SPDX-License-Identifier: MIT
#include "sandbox/outside/SubscriptionDeliverer.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcDelivery, "commercedesk.sandbox.subscriptions", QtInfoMsg)

QString flightKey(const QString &subscriptionId, const QString &resourceId)
{
    return subscriptionId % u'/' % resourceId;
}

// The head of each (subscription, resource) queue that is due.
const QString DueSql = u"SELECT o.subscription_id, o.message_id, o.attempts, m.resource_id, m.doc, s.doc "
                       u"FROM subscription_outbox o JOIN messages m ON m.id = o.message_id "
                       u"JOIN subscriptions s ON s.id = o.subscription_id "
                       u"WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ? AND NOT EXISTS ("
                       u"SELECT 1 FROM subscription_outbox o2 JOIN messages m2 ON m2.id = o2.message_id "
                       u"WHERE o2.subscription_id = o.subscription_id AND o2.delivered_at IS NULL "
                       u"AND m2.resource_id = m.resource_id AND m2.sequence_number < m.sequence_number) "
                       u"ORDER BY o.next_attempt_at, m.created_at LIMIT 64"_s;

} // namespace

SubscriptionDeliverer::SubscriptionDeliverer(Database &database, SubscriptionDelivererConfig config,
                                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SystemClock>();
    m_timer->setInterval(m_config.pollMs);
    connect(m_timer, &QTimer::timeout, this, &SubscriptionDeliverer::poll);
}

SubscriptionDeliverer::~SubscriptionDeliverer() = default;

void SubscriptionDeliverer::start()
{
    m_timer->start();
    QTimer::singleShot(0, this, &SubscriptionDeliverer::poll);
}

void SubscriptionDeliverer::poll()
{
    if (m_database.inTransaction() || m_inFlight.size() >= m_config.maxInFlight)
        return;
    QList<Row> due;
    {
        QSqlQuery q(m_database.connection());
        q.prepare(DueSql);
        q.addBindValue(m_config.clock->now().toMSecsSinceEpoch());
        if (!q.exec()) {
            qCWarning(lcDelivery) << "outbox query failed";
            return;
        }
        while (q.next()) {
            due.append(Row{q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                           q.value(2).toInt(), q.value(4).toByteArray(), q.value(5).toByteArray()});
        }
    }
    for (const Row &row : std::as_const(due)) {
        if (m_inFlight.size() >= m_config.maxInFlight)
            break;
        if (!m_inFlight.contains(flightKey(row.subscriptionId, row.resourceId)))
            deliver(row);
    }
}

void SubscriptionDeliverer::deliver(const Row &row)
{
    const QJsonObject subscription = QJsonDocument::fromJson(row.subscriptionDoc).object();
    const QJsonObject destination = subscription.value(u"destination"_s).toObject();
    const QUrl url(destination.value(u"url"_s).toString());
    m_inFlight.insert(flightKey(row.subscriptionId, row.resourceId));
    if (destination.value(u"type"_s).toString() != u"HTTP" || !url.isValid() || url.scheme().isEmpty()) {
        finish(row, false, u"The destination is not an HTTP URL; the sandbox delivers to HTTP only."_s);
        return;
    }
    QJsonObject payload = QJsonDocument::fromJson(row.messageDoc).object();
    payload.insert(u"notificationType"_s, u"Message"_s);
    payload.insert(u"projectKey"_s, m_config.projectKey);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(m_config.requestTimeoutMs);
    const QString header =
        destination.value(u"authentication"_s).toObject().value(u"headerValue"_s).toString();
    if (!header.isEmpty())
        request.setRawHeader("Authorization", header.toUtf8());
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, row] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            finish(row, true, {});
        else if (status == 0)
            finish(row, false, u"no answer: "_s % reply->errorString());
        else
            finish(row, false,
                   u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(reply->readAll().left(300))));
    });
}

void SubscriptionDeliverer::finish(const Row &row, bool ok, const QString &error)
{
    m_inFlight.remove(flightKey(row.subscriptionId, row.resourceId));
    const QDateTime now = m_config.clock->now();
    if (ok) {
        m_database.exec(u"UPDATE subscription_outbox SET delivered_at = ?, attempts = attempts + 1, "
                        u"last_error = NULL WHERE subscription_id = ? AND message_id = ?"_s,
                        {JsonValues::timestamp(now), row.subscriptionId, row.messageId});
        Q_EMIT delivered(row.subscriptionId, row.messageId);
        QTimer::singleShot(0, this, &SubscriptionDeliverer::poll); // the next one of this resource
        return;
    }
    const int failures = row.attempts + 1;
    qint64 delay = m_config.firstRetryMs;
    for (int i = 1; i < failures && delay < m_config.maxRetryMs; ++i)
        delay *= 2;
    delay = qMin(delay, m_config.maxRetryMs);
    m_database.exec(u"UPDATE subscription_outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                    u"last_error = ? WHERE subscription_id = ? AND message_id = ?"_s,
                    {now.toMSecsSinceEpoch() + delay, error, row.subscriptionId, row.messageId});
    qCInfo(lcDelivery).noquote() << "delivery of" << row.messageId << "failed (attempt" << failures
                                 << "):" << error << "- next in" << delay << "ms";
    Q_EMIT deliveryFailed(row.subscriptionId, row.messageId, error);
}

} // namespace commercedesk::sandbox
