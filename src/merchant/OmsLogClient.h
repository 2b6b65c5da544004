// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace commercedesk::merchant {

/// The OMS's delivery log of one order (contracts.md: `GET O/v1/orders/{orderNumber}`).
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
/// with the log, or with nullopt and an error text (404 = the OMS never heard of the order: "not-found").
/// A request gives up after 5 s. `network` must outlive the client.
class OmsLogClient final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<OmsDeliveryLog> &log, const QString &error)>;

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
