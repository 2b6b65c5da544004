// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace commercedesk::orchestrator {

class Exchange;

/// The orchestrator's routes: method + pattern ("/v1/carts/{id}"), what the route requires, and its handler.
/// A `{name}` segment matches one non-empty path segment. Thread: one thread.
class RouteTable
{
public:
    enum class Access {
        Public,   ///< no session (health, sign-in, anonymous start)
        Session,  ///< any valid access token (anonymous or customer)
        Customer, ///< a signed-in customer's access token
    };
    using Handler = std::function<void(Exchange *)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        Access access = Access::Session;
        bool jsonBody = false; ///< the body must be a JSON object
        Handler handler;
        QStringList segments;
    };

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; ///< some route has this path (with another method)
    };

    void add(QByteArray method, QString pattern, Access access, bool jsonBody, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace commercedesk::orchestrator
