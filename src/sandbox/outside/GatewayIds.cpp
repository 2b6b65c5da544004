// SPDX-License-Identifier: MIT
#include "sandbox/outside/GatewayIds.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox::gateway {

namespace {

QString randomToken(const QString &alphabet, int length)
{
    QString out;
    for (int i = 0; i < length; ++i)
        out += alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size())));
    return out;
}

} // namespace

QString newId(const QString &prefix)
{
    return prefix % randomToken(u"0123456789abcdefghijklmnopqrstuvwxyz"_s, 24);
}

QString newAuthorizationCode()
{
    return randomToken(u"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"_s, 6);
}

} // namespace commercedesk::sandbox::gateway
