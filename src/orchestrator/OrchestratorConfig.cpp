// SPDX-License-Identifier: MIT
#include "orchestrator/OrchestratorConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

/// KEY=VALUE lines; '#' starts a comment line. Refused when group or others may read the file.
bool readSecretsFile(const QString &path, QHash<QString, QString> *values, QStringList *problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems->append(u"The secrets file %1 does not exist."_s.arg(path));
        return false;
    }
    const auto loose = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (info.permissions() & loose) {
        problems->append(u"The secrets file %1 may be read by others; make it readable by its owner only "
                         u"(chmod 600)."_s.arg(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(u"Cannot read the secrets file %1."_s.arg(path));
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values->insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return true;
}

QByteArray decodeKey(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

} // namespace

QHash<QString, QString> OrchestratorConfig::processEnvironment()
{
    QHash<QString, QString> map;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        map.insert(key, env.value(key));
    return map;
}

OrchestratorConfig OrchestratorConfig::fromEnvironment(const QHash<QString, QString> &environment,
                                                       QStringList *problems)
{
    QHash<QString, QString> values;
    const QString secrets = environment.value(u"COMMERCEDESK_SECRETS_FILE"_s);
    if (!secrets.isEmpty())
        readSecretsFile(secrets, &values, problems);
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.key().startsWith(u"COMMERCEDESK_"_s))
            values.insert(it.key(), it.value());
    }
    const auto value = [&values](const char *name) { return values.value(QString::fromLatin1(name)); };

    OrchestratorConfig config;
    config.commerce.authUrl = QUrl(value("COMMERCEDESK_CT_AUTH_URL"));
    config.commerce.apiUrl = QUrl(value("COMMERCEDESK_CT_API_URL"));
    config.commerce.projectKey = value("COMMERCEDESK_CT_PROJECT_KEY");
    config.commerce.clientId = value("COMMERCEDESK_CT_CLIENT_ID");
    config.commerce.clientSecret = value("COMMERCEDESK_CT_CLIENT_SECRET");
    config.commerce.scopes = value("COMMERCEDESK_CT_SCOPES").split(u' ', Qt::SkipEmptyParts);
    config.gatewayUrl = QUrl(value("COMMERCEDESK_GATEWAY_URL"));
    config.sessionKey = decodeKey(value("COMMERCEDESK_SESSION_KEY"));
    for (const QString &key : value("COMMERCEDESK_SESSION_KEYS_PREVIOUS").split(u',', Qt::SkipEmptyParts))
        config.previousSessionKeys.append(decodeKey(key.trimmed()));
    config.revocationDir = value("COMMERCEDESK_REVOCATION_DIR");
    bool ok = false;
    if (const QString listen = value("COMMERCEDESK_LISTEN_ADDRESS"); !listen.isEmpty())
        config.address = QHostAddress(listen);
    if (const int port = value("COMMERCEDESK_PORT").toInt(&ok); ok && port >= 0 && port < 65536)
        config.port = quint16(port);
    if (const qint64 n = value("COMMERCEDESK_MAX_BODY_BYTES").toLongLong(&ok); ok && n > 0)
        config.maxBodyBytes = n;
    if (const int n = value("COMMERCEDESK_RATE_LIMIT_PER_MINUTE").toInt(&ok); ok && n > 0)
        config.requestsPerMinute = n;
    if (const qint64 n = value("COMMERCEDESK_ACCESS_TOKEN_SECONDS").toLongLong(&ok); ok && n > 0)
        config.accessTokenSeconds = n;
    if (const qint64 n = value("COMMERCEDESK_REFRESH_TOKEN_SECONDS").toLongLong(&ok); ok && n > 0)
        config.refreshTokenSeconds = n;
    if (const QString mode = value("COMMERCEDESK_TAX_MODE"); !mode.isEmpty())
        config.taxMode = mode;
    problems->append(config.problems());
    return config;
}

QStringList OrchestratorConfig::problems() const
{
    QStringList list = commerce.problems();
    if (sessionKey.size() < 32)
        list.append(u"COMMERCEDESK_SESSION_KEY must be at least 32 random bytes, base64-encoded."_s);
    if (address.isNull())
        list.append(u"COMMERCEDESK_LISTEN_ADDRESS is not an IP address."_s);
    return list;
}

} // namespace commercedesk::orchestrator
