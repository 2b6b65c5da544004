// SPDX-License-Identifier: MIT
#include "sandbox/outside/OutsideCli.h"

#include "sandbox/outside/OutsideSystems.h"

#include <QCommandLineParser>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool readPort(const QCommandLineParser &parser, const QString &name, quint16 *port, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const uint value = parser.value(name).toUInt(&ok);
    if (!ok || value > 65535) {
        *error = u"--%1 must be 0..65535"_s.arg(name);
        return false;
    }
    *port = static_cast<quint16>(value);
    return true;
}

bool readUrl(const QCommandLineParser &parser, const QString &name, QUrl *url, QString *error)
{
    if (!parser.isSet(name))
        return true;
    *url = QUrl(parser.value(name), QUrl::StrictMode);
    if (!url->isValid() || (url->scheme() != u"http" && url->scheme() != u"https")) {
        *error = u"--%1 needs an http(s) URL"_s.arg(name);
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> OutsideCli::options()
{
    return {
        QCommandLineOption(
            u"fault"_s,
            u"Inject a fault into an outside service or the sandbox API (api): SERVICE:ROUTE:KIND[:ARG] (repeatable)."_s,
            u"rule"_s),
        QCommandLineOption(u"fault-admin"_s, u"Serve the /_fault admin endpoints, guarded by a random bearer "
                                             u"token that is printed at start (tests and demos only)."_s),
        QCommandLineOption(
            u"gateway-key"_s,
            u"The payment connector's key for the gateway's capture, void and refund (default: "
            u"random)."_s,
            u"key"_s),
        QCommandLineOption(
            u"oms-token"_s,
            u"The bearer token the OMS requires on deliveries (default: random; set it on both "
            u"sides when the OMS runs separately)."_s,
            u"token"_s),
        QCommandLineOption(
            u"oms-capture-on-shipment"_s,
            u"Once the OMS shipped an order, it captures the rest of the order's card payments "
            u"through the Payment Intents API."_s),
        QCommandLineOption(u"no-outside"_s,
                           u"Start no tax service, payment gateway, OMS or order-number service."_s),
        QCommandLineOption(u"only"_s,
                           u"Run one outside service alone on --port: tax, gateway, oms or numbers."_s,
                           u"service"_s),
        QCommandLineOption(u"tax-port"_s, u"Port of the tax service (0 = any)."_s, u"port"_s),
        QCommandLineOption(u"gateway-port"_s, u"Port of the payment gateway (0 = any)."_s, u"port"_s),
        QCommandLineOption(u"oms-port"_s, u"Port of the OMS (0 = any)."_s, u"port"_s),
        QCommandLineOption(u"numbers-port"_s, u"Port of the order-number service (0 = any)."_s, u"port"_s),
        QCommandLineOption(u"tax-url"_s, u"Use this tax service instead of the built-in one."_s, u"url"_s),
        QCommandLineOption(u"gateway-url"_s, u"Use this payment gateway instead of the built-in one."_s,
                           u"url"_s),
        QCommandLineOption(u"oms-url"_s, u"Deliver order messages to this OMS instead of the built-in one."_s,
                           u"url"_s),
        QCommandLineOption(u"numbers-url"_s,
                           u"Use this order-number extension service instead of the built-in one."_s,
                           u"url"_s),
        QCommandLineOption(u"gateway-timeout-ms"_s, u"How long the timeout test card holds its answer."_s,
                           u"ms"_s),
    };
}

bool OutsideCli::apply(const QCommandLineParser &parser, SandboxConfig &config, QString *only, QString *error)
{
    OutsideSystemsConfig &o = config.outside;
    o.enabled = !parser.isSet(u"no-outside"_s);
    for (const QString &text : parser.values(u"fault"_s)) {
        QString message;
        const auto rule = FaultRule::parse(text, &message);
        if (!rule) {
            *error = u"--fault %1: %2"_s.arg(text, message);
            return false;
        }
        o.faults.append(*rule);
    }
    o.faultAdmin = parser.isSet(u"fault-admin"_s);
    o.gatewayMerchantKey = parser.value(u"gateway-key"_s).toUtf8();
    o.omsDeliveryToken = parser.value(u"oms-token"_s).toUtf8();
    o.omsCaptureOnShipment = parser.isSet(u"oms-capture-on-shipment"_s);
    *only = parser.value(u"only"_s);
    if (!only->isEmpty() && !QStringList{u"tax"_s, u"gateway"_s, u"oms"_s, u"numbers"_s}.contains(*only)) {
        *error = u"--only must be tax, gateway, oms or numbers"_s;
        return false;
    }
    if (parser.isSet(u"gateway-timeout-ms"_s)) {
        bool ok = false;
        o.gatewayTimeoutCardHoldMs = parser.value(u"gateway-timeout-ms"_s).toInt(&ok);
        if (!ok || o.gatewayTimeoutCardHoldMs < 0) {
            *error = u"--gateway-timeout-ms needs a number of milliseconds"_s;
            return false;
        }
    }
    return readPort(parser, u"tax-port"_s, &o.taxPort, error) &&
           readPort(parser, u"gateway-port"_s, &o.gatewayPort, error) &&
           readPort(parser, u"oms-port"_s, &o.omsPort, error) &&
           readPort(parser, u"numbers-port"_s, &o.numbersPort, error) &&
           readUrl(parser, u"tax-url"_s, &o.taxUrl, error) &&
           readUrl(parser, u"gateway-url"_s, &o.gatewayUrl, error) &&
           readUrl(parser, u"oms-url"_s, &o.omsUrl, error) &&
           readUrl(parser, u"numbers-url"_s, &o.numbersUrl, error);
}

bool OutsideCli::startOnly(OutsideSystems &systems, const QString &only, const SandboxConfig &config,
                           QString *error)
{
    OutsideSystemsConfig o = config.outside;
    o.services = {only};
    o.taxUrl = o.gatewayUrl = o.omsUrl = o.numbersUrl = QUrl();
    o.address = config.address;
    o.taxPort = o.gatewayPort = o.omsPort = o.numbersPort = config.port;
    if (o.dataDir.isEmpty())
        o.dataDir = config.dataDir;
    return systems.start(o, SandboxLink(), error);
}

QString OutsideCli::describe(const OutsideUrls &urls)
{
    QStringList parts;
    if (!urls.tax.isEmpty())
        parts.append(u"tax "_s % urls.tax.toString());
    if (!urls.gateway.isEmpty())
        parts.append(u"gateway "_s % urls.gateway.toString());
    if (!urls.oms.isEmpty())
        parts.append(u"oms "_s % urls.oms.toString());
    if (!urls.numbers.isEmpty())
        parts.append(u"numbers "_s % urls.numbers.toString());
    return parts.join(u", "_s);
}

} // namespace commercedesk::sandbox
