// SPDX-License-Identifier: MIT
#include "orchestrator/SessionTokenCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray Prefix = QByteArrayLiteral("cds1.");

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

SessionTokenCodec::SessionTokenCodec(QByteArray key, QList<QByteArray> previousKeys)
    : m_key(std::move(key))
    , m_previousKeys(std::move(previousKeys))
{}

QByteArray SessionTokenCodec::mac(const QByteArray &key, const QByteArray &signedPart) const
{
    return QMessageAuthenticationCode::hash(signedPart, key, QCryptographicHash::Sha256);
}

QByteArray SessionTokenCodec::issue(const SessionClaims &claims) const
{
    QJsonObject body{{u"k"_s, claims.kind == SessionClaims::Kind::Access ? u"a"_s : u"r"_s},
                     {u"sid"_s, claims.sessionId},
                     {u"iat"_s, claims.issuedAt},
                     {u"exp"_s, claims.expiresAt}};
    if (!claims.customerId.isEmpty())
        body.insert(u"cid"_s, claims.customerId);
    if (!claims.anonymousId.isEmpty())
        body.insert(u"aid"_s, claims.anonymousId);
    const QByteArray signedPart =
        Prefix + QJsonDocument(body).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return signedPart + '.' + mac(m_key, signedPart).toBase64(Base64Url);
}

std::optional<SessionClaims> SessionTokenCodec::verify(const QByteArray &token, SessionClaims::Kind kind,
                                                       qint64 now) const
{
    if (!token.startsWith(Prefix) || token.size() > 4096)
        return std::nullopt;
    const qsizetype dot = token.lastIndexOf('.');
    if (dot <= Prefix.size())
        return std::nullopt;
    const QByteArray signedPart = token.left(dot);
    const auto decodedMac = QByteArray::fromBase64Encoding(
        token.mid(dot + 1), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedMac)
        return std::nullopt;
    bool valid = equalConstantTime(mac(m_key, signedPart), *decodedMac);
    for (const QByteArray &key : m_previousKeys)
        valid = valid || equalConstantTime(mac(key, signedPart), *decodedMac);
    if (!valid)
        return std::nullopt;
    const auto json = QByteArray::fromBase64Encoding(signedPart.mid(Prefix.size()),
                                                     Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!json)
        return std::nullopt;
    const QJsonObject body = QJsonDocument::fromJson(*json).object();
    SessionClaims claims;
    claims.kind =
        body.value(u"k"_s).toString() == u"r"_s ? SessionClaims::Kind::Refresh : SessionClaims::Kind::Access;
    claims.sessionId = body.value(u"sid"_s).toString();
    claims.customerId = body.value(u"cid"_s).toString();
    claims.anonymousId = body.value(u"aid"_s).toString();
    claims.issuedAt = body.value(u"iat"_s).toInteger();
    claims.expiresAt = body.value(u"exp"_s).toInteger();
    if (claims.kind != kind || claims.sessionId.isEmpty() || claims.expiresAt <= now)
        return std::nullopt;
    return claims;
}

} // namespace commercedesk::orchestrator
