// SPDX-License-Identifier: MIT
#include "orchestrator/RevocationList.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

RevocationList::RevocationList(QString directory)
    : m_directory(std::move(directory))
{
    if (!m_directory.isEmpty())
        QDir().mkpath(m_directory);
}

QString RevocationList::fileFor(const QString &sessionId) const
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!safe.match(sessionId).hasMatch())
        return {};
    return m_directory % u'/' % sessionId % u".revoked"_s;
}

bool RevocationList::revoke(const QString &sessionId, qint64 expiresAt, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    m_local.insert(sessionId, expiresAt);
    if (m_directory.isEmpty())
        return true;
    const QString path = fileFor(sessionId);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return false;
    file.setFileTime(QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC), QFileDevice::FileModificationTime);
    file.close();
    prune(now);
    return true;
}

bool RevocationList::isRevoked(const QString &sessionId) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_local.contains(sessionId))
            return true;
    }
    if (m_directory.isEmpty())
        return false;
    const QString path = fileFor(sessionId);
    return path.isEmpty() || QFileInfo::exists(path);
}

void RevocationList::prune(qint64 now)
{
    for (auto it = m_local.begin(); it != m_local.end();)
        it = it.value() < now ? m_local.erase(it) : std::next(it);
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({u"*.revoked"_s}, QDir::Files)) {
        if (info.lastModified().toSecsSinceEpoch() < now)
            QFile::remove(info.absoluteFilePath());
    }
}

} // namespace commercedesk::orchestrator
