// SPDX-License-Identifier: MIT
#include "sandbox/auth/TokenStore.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TokenStore::TokenStore(Database &database, std::shared_ptr<const Clock> clock, qint64 accessSeconds,
                       qint64 refreshSeconds)
    : m_database(database)
    , m_clock(std::move(clock))
    , m_accessSeconds(accessSeconds)
    , m_refreshSeconds(refreshSeconds)
{}

QString TokenStore::store(const QString &kind, const TokenGrant &grant, qint64 lifetimeSeconds)
{
    const QString token = randomToken();
    const QDateTime now = m_clock->now();
    const bool ok =
        m_database.exec(u"INSERT INTO oauth_tokens (token_hash, kind, client_id, scopes, customer_id, "
                        u"anonymous_id, expires_at, "
                        u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {tokenHash(token), kind, grant.clientId, grant.scopes.join(u' '),
                         grant.customerId.isEmpty() ? QVariant() : QVariant(grant.customerId),
                         grant.anonymousId.isEmpty() ? QVariant() : QVariant(grant.anonymousId),
                         now.toMSecsSinceEpoch() + lifetimeSeconds * 1000, JsonValues::timestamp(now)});
    return ok ? token : QString();
}

IssuedToken TokenStore::issue(const TokenGrant &grant, bool withRefreshToken)
{
    IssuedToken issued;
    issued.accessToken = store(u"access"_s, grant, m_accessSeconds);
    issued.expiresIn = m_accessSeconds;
    if (withRefreshToken && !issued.accessToken.isEmpty()) {
        issued.refreshToken = store(u"refresh"_s, grant, m_refreshSeconds);
        if (issued.refreshToken.isEmpty())
            issued.accessToken.clear();
    }
    return issued;
}

std::optional<TokenGrant> TokenStore::lookup(const QString &kind, const QString &token) const
{
    if (token.isEmpty() || token.size() > 512)
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT client_id, scopes, customer_id, anonymous_id, expires_at FROM oauth_tokens "
              u"WHERE token_hash = ? AND kind = ?"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (q.value(4).toLongLong() <= m_clock->now().toMSecsSinceEpoch())
        return std::nullopt;
    return TokenGrant{q.value(0).toString(), q.value(1).toString().split(u' ', Qt::SkipEmptyParts),
                      q.value(2).toString(), q.value(3).toString()};
}

std::optional<Principal> TokenStore::authenticate(const QString &accessToken) const
{
    const auto grant = lookup(u"access"_s, accessToken);
    if (!grant)
        return std::nullopt;
    return Principal{grant->clientId, grant->scopes, grant->customerId, grant->anonymousId};
}

std::optional<TokenGrant> TokenStore::refreshGrant(const QString &refreshToken, const QString &clientId) const
{
    auto grant = lookup(u"refresh"_s, refreshToken);
    if (!grant || grant->clientId != clientId)
        return std::nullopt;
    return grant;
}

bool TokenStore::revoke(const QString &token, const QString &clientId)
{
    if (token.isEmpty() || token.size() > 512)
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM oauth_tokens WHERE token_hash = ? AND client_id = ?"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(clientId);
    return q.exec() && q.numRowsAffected() > 0;
}

int TokenStore::purgeExpired()
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM oauth_tokens WHERE expires_at <= ?"_s);
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    return q.exec() ? q.numRowsAffected() : 0;
}

} // namespace commercedesk::sandbox
