// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace commercedesk::sandbox {

// The sandbox's payment connector: asks the payment gateway (docs/outside-systems.md "Payment gateway") to
// capture, refund or void an authorization, without blocking the sandbox thread (the API keeps serving while
// the gateway thinks; a second operation on the same payment meanwhile is refused by PaymentIntents).
// Every call carries `Idempotency-Key: <key>` (the Payment transaction's id) and the connector's merchant
// key, so asking again after an unanswered call replays the gateway's first answer instead of moving money
// twice. `done` runs exactly once on this object's thread, unless the connector is destroyed first (then
// never). The merchant key is never logged.
class PaymentConnector : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        enum class Kind {
            Approved,  // 2xx: the gateway did it
            Refused,   // 4xx but 401: the gateway will not do it (wrong state, amount, a declined refund)
            Unanswered // timeout, network error, 401, 5xx or a body that is not JSON: unknown, ask again
        };
        Kind kind = Kind::Unanswered;
        QString status;  // the authorization's status at the gateway after a 2xx ("captured", …)
        QString message; // the gateway's words (its `message`), or why there was no answer
    };

    PaymentConnector(QUrl gatewayUrl, QByteArray merchantKey, int timeoutMs, QObject *parent = nullptr);

    // `operation`: "capture", "refund" or "void"; `amount` ({centAmount, currencyCode}) for capture and
    // refund.
    void send(const QString &authorizationId, const QString &operation, const QJsonObject &amount,
              const QString &key, std::function<void(const Answer &)> done);

private:
    QUrl m_gatewayUrl;
    QByteArray m_merchantKey;
    int m_timeoutMs;
    QNetworkAccessManager *m_nam; // child
};

} // namespace commercedesk::sandbox
