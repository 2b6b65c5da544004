// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace commercedesk::api {

/// Where one API client identity keeps its refresh token between runs (the OS keychain in the app: see
/// app::KeychainRefreshTokenStore; MemoryRefreshTokenStore in tests). The api layer only sees this
/// interface, so it never links the platform layer.
///
/// Contract of load/save/clear, for every implementation:
///  - never blocks and never calls back from inside the call;
///  - `handler` runs exactly once, queued, in `context`'s thread — unless `context` is destroyed first, then
///    never; `context` must not be null, a null handler is allowed;
///  - calls on one store complete in the order they were made (a load after a save sees it);
///  - load of nothing stored succeeds with an empty token; clear of nothing stored succeeds.
/// The token is a secret: implementations never log it.
/// Header-only and free of Q_OBJECT on purpose: app::KeychainRefreshTokenStore implements it without
/// linking the api library (the layer rules forbid platform → api links).
class RefreshTokenStore
{
public:
    struct Outcome
    {
        bool ok = true;
        QString token; ///< load only: the stored refresh token, empty when none is stored
        QString error; ///< English detail when !ok (never contains the token)
    };
    using Handler = std::function<void(const Outcome &)>;

    RefreshTokenStore() = default;
    RefreshTokenStore(const RefreshTokenStore &) = delete;
    RefreshTokenStore &operator=(const RefreshTokenStore &) = delete;
    virtual ~RefreshTokenStore() = default;

    virtual void load(QObject *context, Handler handler) = 0;
    virtual void save(const QString &refreshToken, QObject *context, Handler handler) = 0;
    virtual void clear(QObject *context, Handler handler) = 0;
};

} // namespace commercedesk::api
