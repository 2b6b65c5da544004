// SPDX-License-Identifier: MIT
#include "sandbox/outside/OrderNumberService.h"

#include "sandbox/outside/OrderNumberStore.h"
#include "sandbox/outside/ServiceServer.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcNumbers, "commercedesk.sandbox.numbers", QtInfoMsg)

HttpResponse noActions()
{
    return HttpResponse::json(QJsonObject{{u"actions"_s, QJsonArray()}});
}

} // namespace

OrderNumberService::OrderNumberService(OrderNumberServiceConfig config, std::shared_ptr<FaultInjector> faults,
                                       QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(std::make_unique<OrderNumberStore>())
    , m_server(new ServiceServer(u"numbers"_s, std::move(faults), this))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SystemClock>();
    m_server->route(
        HttpMethod::Post, u"/extension"_s, [this](RequestContext &ctx) { return extension(ctx); }, true);
}

OrderNumberService::~OrderNumberService() = default;

bool OrderNumberService::start(const QHostAddress &address, quint16 port, QString *error)
{
    return m_store->open(m_config.databasePath, error) && m_server->listen(address, port, error);
}

QUrl OrderNumberService::url() const
{
    return m_server->url();
}

QString OrderNumberService::format(int year, qint64 sequence)
{
    return u"W-%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

HttpResponse OrderNumberService::extension(const RequestContext &ctx)
{
    const QJsonObject body = ctx.json.object();
    const QJsonObject resource = body.value(u"resource"_s).toObject();
    const QJsonObject order = resource.value(u"obj"_s).toObject();
    if (body.value(u"action"_s).toString() != u"Create" ||
        resource.value(u"typeId"_s).toString() != u"order" ||
        !order.value(u"orderNumber"_s).toString().isEmpty()) {
        return noActions();
    }
    QDateTime createdAt = QDateTime::fromString(order.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    if (!createdAt.isValid())
        createdAt = m_config.clock->now();
    const int year = createdAt.toUTC().date().year();
    const auto sequence = m_store->take(year);
    if (!sequence) {
        return ServiceServer::error(500, u"General"_s, u"The order-number sequence could not be advanced."_s);
    }
    const QString number = format(year, *sequence);
    qCDebug(lcNumbers).noquote() << "order" << resource.value(u"id"_s).toString() << "->" << number;
    return HttpResponse::json(QJsonObject{
        {u"actions"_s,
         QJsonArray{QJsonObject{{u"action"_s, u"setOrderNumber"_s}, {u"orderNumber"_s, number}}}}});
}

} // namespace commercedesk::sandbox
