// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace commercedesk::orchestrator {

/// Reads card authorizations from the payment gateway (`GET {gateway}/v1/authorizations/{id}`,
/// docs/outside-systems.md). The orchestrator never sends or sees card data; it only asks the gateway what it
/// authorized. `handler` runs once in `context`'s thread unless `context` is gone, with the authorization or
/// nullopt and an English reason (unknown id, gateway down, timeout). Thread: one thread.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const std::optional<QJsonObject> &authorization, int httpStatus)>;

    GatewayClient(QUrl baseUrl, QObject *parent = nullptr);

    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    void authorization(const QString &id, QObject *context, Handler handler);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
};

} // namespace commercedesk::orchestrator
