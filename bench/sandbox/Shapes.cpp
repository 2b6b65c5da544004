// SPDX-License-Identifier: MIT
#include "Shapes.h"

#include "Scenarios.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

namespace {

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QDateTime createdAtOf(const QByteArray &body)
{
    return QDateTime::fromString(QJsonDocument::fromJson(body)
                                     .object()
                                     .value(u"results"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"createdAt"_s)
                                     .toString(),
                                 Qt::ISODateWithMs);
}

// The merchant pane's next page after a row created at `at` (newest first, keyset on createdAt + id).
QByteArray keysetPage(const QDateTime &at)
{
    const QString t = at.toUTC().toString(Qt::ISODateWithMs);
    const QString where = u"createdAt < \"%1\" or (createdAt = \"%1\" and id < \"~\")"_s.arg(t);
    return "/orders?limit=20&withTotal=false&sort=createdAt%20desc&sort=id%20desc&where=" + encoded(where);
}

} // namespace

QByteArray Shapes::slowQuery(const BenchTarget &)
{
    return "/orders?limit=20&sort=createdAt%20desc&where=" +
           encoded(u"shippingAddress(city = \"Nowhere\")"_s);
}

QList<Shape> Shapes::all(BenchTarget &target, HttpConnection &probe)
{
    const QDateTime newest = createdAtOf(
        Scenarios::call(probe, "GET", target.prefix + "/orders?limit=1&withTotal=false&sort=createdAt%20desc")
            .body);
    const QDateTime oldest = createdAtOf(
        Scenarios::call(probe, "GET", target.prefix + "/orders?limit=1&withTotal=false&sort=createdAt%20asc")
            .body);
    const qint64 span = oldest.msecsTo(newest);
    const auto atDepth = [&](double depth) { return newest.addMSecs(-qint64(double(span) * depth)); };
    const QString sku = target.sku;
    return {
        {u"in + sort: orderState in (Confirmed, Complete), createdAt desc"_s,
         Scenarios::get(target, "/orders?limit=20&sort=createdAt%20desc&where=" +
                                    encoded(u"orderState in (\"Confirmed\", \"Complete\")"_s))},
        {u"offset=9980 (createdAt desc)"_s,
         Scenarios::get(target, "/orders?limit=20&offset=9980&sort=createdAt%20desc")},
        {u"limit=500 (createdAt desc)"_s, Scenarios::get(target, "/orders?limit=500&sort=createdAt%20desc")},
        {u"keyset page at 0 % depth"_s, Scenarios::get(target, keysetPage(newest.addSecs(1)))},
        {u"keyset page at 50 % depth"_s, Scenarios::get(target, keysetPage(atDepth(0.5)))},
        {u"keyset page at 99.9 % depth"_s, Scenarios::get(target, keysetPage(atDepth(0.999)))},
        {u"line-item SKU filter, createdAt desc"_s,
         Scenarios::get(target, "/orders?limit=20&sort=createdAt%20desc&where=" +
                                    encoded(u"lineItems(variant(sku = \"%1\"))"_s.arg(sku)))},
    };
}

Shapes::Background::Background(HttpConnection &connection, QByteArray pathAndQuery)
    : m_connection(connection)
    , m_path(std::move(pathAndQuery))
{
    next();
}

void Shapes::Background::next()
{
    if (m_stopped)
        return;
    m_connection.request("GET", m_path, {}, [this](const HttpConnection::Reply &) {
        ++m_answered;
        next();
    });
}

} // namespace commercedesk::bench
