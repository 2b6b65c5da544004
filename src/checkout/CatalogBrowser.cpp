// SPDX-License-Identifier: MIT
#include "checkout/CatalogBrowser.h"

#include "api/ProductProjectionClient.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

CatalogBrowser::CatalogBrowser(api::ProductProjectionClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogBrowser::refresh);
}

CatalogBrowser::~CatalogBrowser()
{
    if (m_job)
        m_job->cancel();
}

void CatalogBrowser::setBuyerContext(const BuyerContext &context)
{
    if (context == m_context)
        return;
    m_context = context;
    refresh();
}

void CatalogBrowser::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text && (m_job || m_debounce.isActive()))
        return;
    m_text = trimmed;
    m_debounce.start();
}

void CatalogBrowser::refresh()
{
    m_debounce.stop();
    const bool wasLoading = isLoading();
    if (m_job)
        m_job->cancel();

    api::ProductSearchQuery query;
    query.text = m_text;
    query.limit = kPageSize;
    m_context.applyPriceSelection(query);
    if (m_text.isEmpty())
        query.sorts = {u"name."_s + m_context.locale + u" asc"_s};

    auto *job = m_client->search(query);
    m_job = job;
    job->onFinished(this, [this, job](const auto &result) {
        if (m_job == job)
            onFinished(result);
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void CatalogBrowser::onFinished(const api::Result<core::PagedResult<core::ProductProjection>> &result)
{
    m_job.clear();
    Q_EMIT loadingChanged(false);
    if (!result.ok()) {
        if (result.error().kind != api::ApiError::Kind::Cancelled)
            Q_EMIT searchFailed(result.error());
        return;
    }
    const auto &page = result.value();
    Q_EMIT resultsReady(page.results, page.total.value_or(page.count));
}

} // namespace commercedesk::checkout
