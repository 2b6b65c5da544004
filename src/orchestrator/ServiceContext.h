// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

namespace commercedesk::orchestrator {

class OwnershipCache;
class RevocationList;
class SessionTokenCodec;
class Upstream;
struct OrchestratorConfig;

/// What the orchestrator's services share; everything is owned by Orchestrator and outlives the services.
struct ServiceContext
{
    Upstream *upstream = nullptr;
    const SessionTokenCodec *tokens = nullptr;
    RevocationList *revocations = nullptr;
    const OrchestratorConfig *config = nullptr;
    std::function<qint64()> nowMs;    ///< epoch milliseconds
    OwnershipCache *owners = nullptr; ///< this replica's recently seen cart owners (carts and orders)
};

} // namespace commercedesk::orchestrator
