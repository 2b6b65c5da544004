// SPDX-License-Identifier: MIT
#pragma once

#include "api/RefreshTokenStore.h"

namespace commercedesk::api {

/// A RefreshTokenStore in this object's memory only (tests, "remember for this session only"). Operations
/// take effect at once; handlers are delivered queued per the RefreshTokenStore contract.
class MemoryRefreshTokenStore final : public RefreshTokenStore
{
public:
    /// What is stored now (for tests).
    const QString &stored() const { return m_token; }
    /// How many save() calls were made (for tests).
    int saveCount() const { return m_saves; }

    void load(QObject *context, Handler handler) override;
    void save(const QString &refreshToken, QObject *context, Handler handler) override;
    void clear(QObject *context, Handler handler) override;

private:
    static void reply(QObject *context, Handler handler, const Outcome &outcome);

    QString m_token;
    int m_saves = 0;
};

} // namespace commercedesk::api
