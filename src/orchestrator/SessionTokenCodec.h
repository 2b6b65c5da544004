// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/SessionClaims.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace commercedesk::orchestrator {

/// Issues and verifies the orchestrator's stateless session tokens:
/// `cds1.<base64url(claims JSON)>.<base64url(HMAC-SHA256(key, "cds1.<claims>"))>`.
/// Any replica holding the key verifies any token, so no replica keeps sessions. Tokens are signed, not
/// encrypted: they carry no secrets (see SessionClaims). `verify` accepts tokens signed with the current key
/// or one of the previous keys (rotation), compares MACs in constant time and rejects expired tokens and
/// tokens of the wrong kind. Thread-safe (no mutable state).
class SessionTokenCodec
{
public:
    SessionTokenCodec(QByteArray key, QList<QByteArray> previousKeys = {});

    QByteArray issue(const SessionClaims &claims) const;
    /// The claims of a well-formed, correctly signed, unexpired token of `kind` at `now` (epoch seconds).
    std::optional<SessionClaims> verify(const QByteArray &token, SessionClaims::Kind kind, qint64 now) const;

private:
    QByteArray mac(const QByteArray &key, const QByteArray &signedPart) const;

    QByteArray m_key;
    QList<QByteArray> m_previousKeys;
};

} // namespace commercedesk::orchestrator
