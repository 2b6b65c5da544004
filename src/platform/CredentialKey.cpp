// SPDX-License-Identifier: MIT
#include "platform/CredentialKey.h"

#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

namespace {

QString kindName(CredentialKey::Kind kind)
{
    switch (kind) {
    case CredentialKey::Kind::ClientSecret:
        return u"client-secret"_s;
    case CredentialKey::Kind::RefreshToken:
        break;
    }
    return u"refresh-token"_s;
}

QString encodePart(QString part)
{
    return part.replace(u'%', u"%25"_s).replace(u'/', u"%2F"_s);
}

} // namespace

CredentialKey::CredentialKey(QString profile, QString clientName, Kind kind)
    : m_profile(std::move(profile))
    , m_clientName(std::move(clientName))
    , m_kind(kind)
{}

CredentialKey CredentialKey::clientSecret(const QString &profile, const QString &clientName)
{
    return {profile, clientName, Kind::ClientSecret};
}

CredentialKey CredentialKey::refreshToken(const QString &profile, const QString &clientName)
{
    return {profile, clientName, Kind::RefreshToken};
}

std::optional<CredentialKey> CredentialKey::fromName(QStringView name)
{
    const auto parts = name.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    std::optional<Kind> kind;
    for (const Kind candidate : {Kind::ClientSecret, Kind::RefreshToken}) {
        if (parts.at(2) == kindName(candidate))
            kind = candidate;
    }
    if (!kind)
        return std::nullopt;
    CredentialKey key(QUrl::fromPercentEncoding(parts.at(0).toUtf8()),
                      QUrl::fromPercentEncoding(parts.at(1).toUtf8()), *kind);
    if (!key.isValid() || key.name() != name)
        return std::nullopt;
    return key;
}

QString CredentialKey::serviceName()
{
    return u"CommerceDesk"_s;
}

QString CredentialKey::name() const
{
    if (!isValid())
        return {};
    return encodePart(m_profile) + u'/' + encodePart(m_clientName) + u'/' + kindName(m_kind);
}

} // namespace commercedesk::platform
