// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace commercedesk::sandbox {

class FaultInjector;
class GatewayStore;
class ServiceServer;

struct PaymentGatewayConfig
{
    // The gateway's own SQLite file (e.g. <dataDir>/gateway.sqlite). Required.
    QString databasePath;
    // Null = wall clock (authorization timestamps, card expiry checks).
    std::shared_ptr<const Clock> clock;
    // How long the timeout test card (4000000000000341) holds its first answer: never less than
    // 30 s in production so every client times out first; the stored result is replayed at once to
    // a retry with the same Idempotency-Key.
    int timeoutCardHoldMs = 35000;
    // The connector's credential: capture, void and refund of an authorization require
    // `Authorization: Bearer <merchantKey>` (401 otherwise). Empty = those operations are refused.
    // Exception: the creator of an authorization may void it (release the hold) by presenting its
    // authorize request's Idempotency-Key as `X-Authorization-Key`.
    // Authorizing, the 3-D Secure challenge and reading an authorization by its (unguessable) id need
    // none: the card form and the checkout's recovery use them.
    QByteArray merchantKey;
};

// The payment gateway sandbox (PSP) — API in docs/outside-systems.md:
// POST /v1/authorizations (Idempotency-Key required), GET /v1/authorizations/{id},
// POST /v1/authorizations/{id}/challenge|capture|void|refund.
// Never logs or stores a card number or a CVC: brand, last4 and expiry only.
// Threading: lives in, and serves from, the thread that created it.
class PaymentGateway : public QObject
{
    Q_OBJECT

public:
    PaymentGateway(PaymentGatewayConfig config, std::shared_ptr<FaultInjector> faults,
                   QObject *parent = nullptr);
    ~PaymentGateway() override;

    // Opens the store and listens. False + *error on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;

private:
    void authorize(RequestContext &ctx, const DeferredReply &reply);
    HttpResponse challenge(const RequestContext &ctx);
    HttpResponse capture(const RequestContext &ctx);
    HttpResponse voidAuthorization(const RequestContext &ctx);
    HttpResponse refund(const RequestContext &ctx);
    HttpResponse get(const RequestContext &ctx);
    // Runs one state change on {id}: idempotent when the request has an Idempotency-Key.
    HttpResponse change(const RequestContext &ctx, const QString &operation,
                        const std::function<HttpResponse(QJsonObject &)> &apply);
    QString now() const;
    // True when X-Authorization-Key is the Idempotency-Key that created the authorization {id}.
    bool isCreator(const RequestContext &ctx) const;
    // nullopt when the request carries the merchant key; the 401 otherwise.
    std::optional<HttpResponse> checkMerchant(const RequestContext &ctx) const;

    PaymentGatewayConfig m_config;
    std::unique_ptr<GatewayStore> m_store;
    ServiceServer *m_server = nullptr; // child
};

} // namespace commercedesk::sandbox
