// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::api {

/// Whose resources a client addresses (api.yaml paths):
/// - admin: `/carts`, `/orders`, `/payments` (merchant client: manage_orders, manage_payments);
/// - me: `/me/carts`, `/me/orders`, `/me/payments` (buyer token: manage_my_*);
/// - asAssociate: `/as-associate/{associateId}/in-business-unit/key={buKey}/carts|orders` (B2B buyer);
/// - orchestrator: `/v1/carts`, `/v1/orders` (a buyer through the orchestrator, docs/orchestrator-api.yaml);
/// - orchestratorBusinessUnit: `/v1/business-units/{buKey}/carts|orders` (B2B through the orchestrator; the
///   associate is the session's customer, taken server-side — the app never names it).
/// Paths are given decoded: ConnectionConfig::apiEndpoint percent-encodes them (QUrl decoded mode), so a
/// value is inserted as is — which means a '/' inside an id, key or order number cannot be expressed.
class ApiScope
{
public:
    enum class Kind { Admin, Me, AsAssociate, Orchestrator, OrchestratorBusinessUnit };

    static ApiScope admin() { return ApiScope(Kind::Admin, {}); }
    static ApiScope me() { return ApiScope(Kind::Me, {}); }
    static ApiScope asAssociate(const QString &associateId, const QString &businessUnitKey);
    static ApiScope orchestrator() { return ApiScope(Kind::Orchestrator, QStringLiteral("/v1")); }
    static ApiScope orchestratorBusinessUnit(const QString &businessUnitKey);

    /// True for the two orchestrator kinds.
    bool isOrchestrator() const
    {
        return m_kind == Kind::Orchestrator || m_kind == Kind::OrchestratorBusinessUnit;
    }

    Kind kind() const { return m_kind; }
    /// The collection path for `resource` ("carts", "orders", …) in this scope, e.g. "/me/carts".
    QString collection(const QString &resource) const;

    /// One path segment (an id, a "key=<key>" value, an order number) in decoded form. A '/' would split
    /// the path, so it is replaced by U+FF0F (the request then fails with 404 instead of addressing
    /// another resource).
    static QString segment(const QString &value);

    friend bool operator==(const ApiScope &, const ApiScope &) = default;

private:
    ApiScope(Kind kind, QString prefix)
        : m_kind(kind)
        , m_prefix(std::move(prefix))
    {}

    Kind m_kind;
    QString m_prefix;
};

} // namespace commercedesk::api
