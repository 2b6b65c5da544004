// SPDX-License-Identifier: MIT
#include "api/Transport.h"

#include "api/RequestRun.h"

namespace commercedesk::api {

Transport::Transport(QNetworkAccessManager *network, ConnectionConfig config, TokenProvider *tokens,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_tokens(tokens)
{}

void Transport::start(ApiJob *job, HttpRequest request,
                      std::function<void(const Result<HttpResponse> &)> done)
{
    auto *run =
        new RequestRun(job, m_network, m_config, m_tokens, m_retry, std::move(request), std::move(done));
    job->setAbortHandler([run] { run->abort(); });
    run->begin();
}

} // namespace commercedesk::api
