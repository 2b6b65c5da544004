// SPDX-License-Identifier: MIT
// commercedesk-orchestrator: the Orchestration layer as a standalone service (docs/deployment.md).

#include "orchestrator/Orchestrator.h"
#include "orchestrator/OrchestratorConfig.h"
#include "orchestrator/OrchestratorLogging.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commercedesk::orchestrator;

namespace {

const char *const EnvironmentHelp = R"(
Configuration (environment variables; the same for every replica — see docs/deployment.md):
  COMMERCEDESK_CT_AUTH_URL        commercetools auth URL, e.g. https://auth.europe-west1.gcp.commercetools.com
  COMMERCEDESK_CT_API_URL         commercetools API URL, e.g. https://api.europe-west1.gcp.commercetools.com
  COMMERCEDESK_CT_PROJECT_KEY     project key
  COMMERCEDESK_CT_CLIENT_ID       the orchestrator's API client id
  COMMERCEDESK_CT_CLIENT_SECRET   its secret (prefer the secrets file)
  COMMERCEDESK_CT_SCOPES          space-separated scopes without the project suffix
  COMMERCEDESK_SESSION_KEY        base64 of >= 32 random bytes; signs buyer session tokens
  COMMERCEDESK_SESSION_KEYS_PREVIOUS  comma-separated older keys still accepted (rotation)
  COMMERCEDESK_GATEWAY_URL        payment gateway base URL (card authorizations are verified there)
  COMMERCEDESK_REVOCATION_DIR     folder shared by all replicas for signed-out sessions
  COMMERCEDESK_LISTEN_ADDRESS     default 127.0.0.1;  COMMERCEDESK_PORT  default 0 (any free port)
  COMMERCEDESK_MAX_BODY_BYTES     default 65536;  COMMERCEDESK_RATE_LIMIT_PER_MINUTE  default 600 per session
  COMMERCEDESK_ACCESS_TOKEN_SECONDS default 900;  COMMERCEDESK_REFRESH_TOKEN_SECONDS  default 2592000
  COMMERCEDESK_TAX_MODE           tax mode of every cart, default External
  COMMERCEDESK_SECRETS_FILE       KEY=VALUE file (mode 600) read before the environment
Logs: one JSON object per line on stderr. The first line on stdout is "orchestrator: listening on <url>".
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"commercedesk-orchestrator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMERCEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"CommerceDesk's Orchestration layer: a stateless HTTP service that holds the trusted commercetools "
        u"API "
        u"client and acts for signed-in buyers (B2C and, through the as-associate endpoints, B2B)."_s +
        QString::fromUtf8(EnvironmentHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption address(u"address"_s,
                                     u"Listen address (overrides COMMERCEDESK_LISTEN_ADDRESS)."_s, u"ip"_s);
    const QCommandLineOption port(u"port"_s, u"Listen port (overrides COMMERCEDESK_PORT)."_s, u"port"_s);
    const QCommandLineOption check(u"check-config"_s, u"Validate the configuration and exit."_s);
    parser.addOptions({address, port, check});
    parser.process(app);

    installJsonLogHandler();
    QHash<QString, QString> environment = OrchestratorConfig::processEnvironment();
    if (parser.isSet(address))
        environment.insert(u"COMMERCEDESK_LISTEN_ADDRESS"_s, parser.value(address));
    if (parser.isSet(port))
        environment.insert(u"COMMERCEDESK_PORT"_s, parser.value(port));
    QStringList problems;
    const OrchestratorConfig config = OrchestratorConfig::fromEnvironment(environment, &problems);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            qCCritical(lcService).noquote() << problem;
        return 2;
    }
    if (parser.isSet(check))
        return 0;
    Orchestrator orchestrator(config);
    QString error;
    if (!orchestrator.start(&error)) {
        qCCritical(lcService).noquote() << error;
        return 1;
    }
    std::printf("orchestrator: listening on %s\n", qPrintable(orchestrator.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
