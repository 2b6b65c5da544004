// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace commercedesk::sandbox {

// The one way update actions are dispatched: every resource's updater keeps a table action name →
// handler (built once) and runs each action of a request through apply(). A handler answers nullopt
// when its action succeeded, otherwise the error to send. A name with no handler answers the
// resource's unknown-action error (`unknown`, 400 InvalidInput in the resource's words).
// `Subject` is what a handler edits (the document, and whatever it needs beside it). Immutable after
// construction, so one table may serve every thread.
template<typename Subject>
class ActionTable
{
public:
    using Handler = std::function<std::optional<HttpResponse>(Subject &subject, const QJsonObject &action)>;
    using Unknown = HttpResponse (*)(const QString &name);

    ActionTable(std::initializer_list<std::pair<QString, Handler>> handlers, Unknown unknown)
        : m_unknown(unknown)
    {
        for (const auto &[name, handler] : handlers)
            m_handlers.insert(name, handler);
    }

    bool contains(const QString &name) const { return m_handlers.contains(name); }

    // Runs the handler of action["action"] on `subject`.
    std::optional<HttpResponse> apply(Subject &subject, const QJsonObject &action) const
    {
        const QString name = action.value(QStringLiteral("action")).toString();
        const auto it = m_handlers.constFind(name);
        if (it == m_handlers.constEnd())
            return m_unknown(name);
        return (*it)(subject, action);
    }

private:
    QHash<QString, Handler> m_handlers;
    Unknown m_unknown;
};

} // namespace commercedesk::sandbox
