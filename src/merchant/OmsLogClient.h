// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace commercedesk::merchant {

/// The OMS's delivery log of one order (`GET {omsUrl}/v1/orders/{orderNumber}`, served by the sandbox's OMS,
/// src/sandbox/outside).
struct OmsDeliveryLog
{
    struct Received
    {
        QString messageId;
        QString type;
        qint64 sequenceNumber = 0;
        QDateTime receivedAt;
    };
    QString orderNumber;
    QString externalId;
    QList<Received> received;
    int attempts = 0;
    QString lastError;
    QDateTime deliveredAt;
    QStringList fulfilment; ///< the OMS's fulfilment steps as short texts
};

/// Reads the OMS delivery log over plain HTTP (the OMS has no commercetools token, so the api Transport is
/// not used). `done` runs exactly once, asynchronously, in `context`'s thread unless `context` is gone:
/// with the log, or with an api::ApiError value as the transport would report it — Configuration when no
/// OMS URL is set, Http 404 with code "NotFound" when the OMS never heard of the order, Network / Timeout
/// (after 5 s), HttpNonJson for another error status, UnexpectedShape for a body that is not a log.
/// `network` must outlive the client.
class OmsLogClient final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const api::Result<OmsDeliveryLog> &result)>;
    /// The ApiError::code of a 404 answer.
    static constexpr QLatin1StringView kNotFound{"NotFound"};

    OmsLogClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);

    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    void fetch(const QString &orderNumber, QObject *context, Done done);

    /// Parses the OMS JSON body; nullopt when it is not an object with an orderNumber.
    static std::optional<OmsDeliveryLog> parse(const QByteArray &body);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
};

} // namespace commercedesk::merchant
