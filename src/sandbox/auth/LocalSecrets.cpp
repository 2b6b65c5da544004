// SPDX-License-Identifier: MIT
#include "sandbox/auth/LocalSecrets.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QByteArray LocalSecrets::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool LocalSecrets::equals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool LocalSecrets::ensureDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool LocalSecrets::ensureFile(const QString &path)
{
    constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::exists(path)) {
        QFile file(path);
        // Created with the owner-only mode from the start: no window in which it is world-readable.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            return QFile::exists(path) && QFile::setPermissions(path, OwnerOnly);
        file.close();
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::setPermissions(path + suffix, OwnerOnly))
            return false;
    }
    return QFile::setPermissions(path, OwnerOnly);
}

} // namespace commercedesk::sandbox
