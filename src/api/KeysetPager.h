// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/JsonBody.h"
#include "api/ResourceQuery.h"
#include "api/Transport.h"
#include "core/PagedResult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace commercedesk::api {

/// Walks every row of a query endpoint, past the 10,000-offset limit (docs/fidelity-limits.md): pages
/// sorted `id asc`, `withTotal=false`, `limit` = pageSize (500), each next page with `where id > "<last id of
/// the previous page>"` ANDed with the caller's predicates. Contract:
/// - each row is delivered exactly once, in id order, one page per onPage call;
/// - exactly one page request is in flight at a time; the next is sent only after onPage returned;
/// - the walk ends after the first page with fewer rows than pageSize: onDone(nullopt); a failed page (after
///   the transport's own retries) ends it with onDone(error);
/// - stop() (also from inside onPage) cancels the request in flight; after it neither handler is called;
/// - destroying the pager stops it. T must have a QString `id`.
/// Thread: the transport's. Not restartable while running.
template<class T>
class KeysetPager final : public QObject
{
public:
    using PageDecoder =
        std::function<std::optional<core::PagedResult<T>>(const QJsonValue &, json::JsonError *)>;
    using PageHandler = std::function<void(const QList<T> &rows)>;
    using DoneHandler = std::function<void(const std::optional<ApiError> &error)>;

    static constexpr int kDefaultPageSize = ResourceQuery::kMaxLimit;

    /// `path` is the collection, e.g. "/orders" or "/messages"; `filter` holds the caller's predicates,
    /// variables and expansions (its sorts, limit and offset are ignored).
    KeysetPager(Transport *transport, QString path, ResourceQuery filter, PageDecoder decode,
                QObject *parent = nullptr)
        : QObject(parent)
        , m_transport(transport)
        , m_path(std::move(path))
        , m_filter(std::move(filter))
        , m_decode(std::move(decode))
    {}

    ~KeysetPager() override { stop(); }

    void setPageSize(int pageSize) { m_pageSize = std::clamp(pageSize, 1, ResourceQuery::kMaxLimit); }
    bool isRunning() const { return m_running; }
    qint64 rowsDelivered() const { return m_rows; }

    void start(PageHandler onPage, DoneHandler onDone)
    {
        if (m_running)
            return;
        m_running = true;
        m_onPage = std::move(onPage);
        m_onDone = std::move(onDone);
        m_lastId.reset();
        m_rows = 0;
        requestPage();
    }

    void stop()
    {
        m_running = false;
        m_onPage = {};
        m_onDone = {};
        if (m_inFlight)
            m_inFlight->cancel();
    }

private:
    void requestPage()
    {
        const QUrlQuery query = m_filter.keysetPage(m_lastId, m_pageSize).toUrlQuery();
        auto *job = m_transport->send<core::PagedResult<T>>(
            HttpRequest::get(m_path, query), [decode = m_decode](const HttpResponse &response) {
                return decodeBody<core::PagedResult<T>>(response, decode);
            });
        m_inFlight = job;
        job->onFinished(this, [this](const Result<core::PagedResult<T>> &page) {
            m_inFlight.clear();
            if (m_running)
                onPage(page);
        });
    }

    void onPage(const Result<core::PagedResult<T>> &page)
    {
        if (!page.ok()) {
            finish(page.error());
            return;
        }
        const QList<T> &rows = page.value().results;
        if (!rows.isEmpty()) {
            m_lastId = rows.last().id;
            m_rows += rows.size();
            PageHandler handler = m_onPage; // onPage may call stop()
            handler(rows);
            if (!m_running)
                return;
        }
        if (rows.size() < m_pageSize) {
            finish(std::nullopt);
            return;
        }
        requestPage();
    }

    void finish(const std::optional<ApiError> &error)
    {
        DoneHandler done = std::exchange(m_onDone, {});
        m_running = false;
        m_onPage = {};
        if (done)
            done(error);
    }

    Transport *m_transport;
    QString m_path;
    ResourceQuery m_filter;
    PageDecoder m_decode;
    int m_pageSize = kDefaultPageSize;
    bool m_running = false;
    std::optional<QString> m_lastId;
    qint64 m_rows = 0;
    PageHandler m_onPage;
    DoneHandler m_onDone;
    QPointer<ApiJob> m_inFlight;
};

} // namespace commercedesk::api
