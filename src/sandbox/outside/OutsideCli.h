// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxConfig.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace commercedesk::sandbox {

class OutsideSystems;

// The commercedesk-sandbox options of the outside systems (docs/outside-systems.md):
//   --fault SERVICE:ROUTE:KIND[:ARG]   (repeatable; see FaultRule)
//   --no-outside                       start no outside service
//   --only tax|gateway|oms             run that one service alone on --port (no sandbox)
//   --tax-port N, --gateway-port N, --oms-port N
//   --tax-url URL, --gateway-url URL, --oms-url URL   use that provider instead of the built-in one
//   --gateway-timeout-ms MS            hold time of the timeout test card (default 35000)
// Stateless.
class OutsideCli
{
public:
    static QList<QCommandLineOption> options();
    // Reads the options into config.outside and *only. False + *error when they are unusable.
    static bool apply(const QCommandLineParser &parser, SandboxConfig &config, QString *only, QString *error);
    // Starts `only` on config.port (data in config.dataDir). False + *error on failure.
    static bool startOnly(OutsideSystems &systems, const QString &only, const SandboxConfig &config,
                          QString *error);
    // "tax http://…, gateway http://…, oms http://…" (the started ones).
    static QString describe(const OutsideUrls &urls);
};

} // namespace commercedesk::sandbox
