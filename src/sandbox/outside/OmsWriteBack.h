// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/outside/OutsideSystemsConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace commercedesk::sandbox {

// How the OMS writes back to the sandbox — over its public HTTP API like any outside system, never
// through its database: a client_credentials token of the link's client, then
// GET /{projectKey}/orders/{id} and POST /{projectKey}/orders/{id} {version, actions}. A 409 fetches
// the order again and retries (3 times); a 401 drops the token and retries once.
// Threading: lives in, and calls back on, the thread that created it. `done` runs exactly once per
// update(), also when the object is destroyed first (never: replies are children of it).
class OmsWriteBack : public QObject
{
    Q_OBJECT

public:
    // Computes the update actions from the current order; an empty array means "nothing to do".
    using ActionsFor = std::function<QJsonArray(const QJsonObject &order)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit OmsWriteBack(SandboxLink link, QObject *parent = nullptr);

    bool isConfigured() const { return !m_link.apiUrl.isEmpty(); }
    void update(const QString &orderId, ActionsFor actionsFor, Done done);

    // One request to `path` (below /{projectKey}) with the link's token (fetched first; a 401 renews it
    // once); `answer` gets the status (0: no answer, `error` says why) and the JSON body.
    using Answer = std::function<void(int status, const QJsonObject &body, const QString &error)>;
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Answer answer);

private:
    struct Job
    {
        QString orderId;
        ActionsFor actionsFor;
        Done done;
        int conflicts = 0;
        bool reauthorized = false;
    };
    void withToken(const std::function<void(const QString &error)> &next);
    void callOnce(const QByteArray &verb, const QString &path, const QJsonObject &body, Answer answer,
                  bool renewed);
    void fetch(const std::shared_ptr<Job> &job);
    void post(const std::shared_ptr<Job> &job, const QJsonObject &order);
    // Common handling of a finished reply: 401 → new token + restart the job. True when handled here.
    bool retryUnauthorized(QNetworkReply *reply, const std::shared_ptr<Job> &job);
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body);

    SandboxLink m_link;
    QNetworkAccessManager *m_nam; // child
    QByteArray m_token;
};

} // namespace commercedesk::sandbox
