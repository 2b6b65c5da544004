// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "checkout/BuyerContext.h"
#include "core/PagedResult.h"
#include "core/ProductProjection.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace commercedesk::api {
class ProductProjectionClient;
}

namespace commercedesk::checkout {

/// The storefront's catalog search: the text the buyer types, in the buyer's context, against the product
/// search API. Search-as-you-type: setSearchText() restarts a short debounce; when it fires, any search still
/// in flight is cancelled, so only the answer to the newest text is ever delivered (stale answers never
/// arrive). Signals fire in this object's thread; exactly one of resultsReady/searchFailed per search that
/// completes.
class CatalogBrowser final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 40;
    static constexpr int kPageSize = 50;

    /// `client` must outlive this object.
    explicit CatalogBrowser(api::ProductProjectionClient *client, QObject *parent = nullptr);
    ~CatalogBrowser() override;

    void setBuyerContext(const BuyerContext &context);
    const BuyerContext &buyerContext() const { return m_context; }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    /// Debounced search for `text` (trimmed; empty = the whole catalog).
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    /// Searches now with the current text and context (no debounce).
    void refresh();
    bool isLoading() const { return !m_job.isNull(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The first page for the current text: `total` is the server's count of all matches.
    void resultsReady(const QList<core::ProductProjection> &products, qint64 total);
    void searchFailed(const api::ApiError &error);

private:
    void onFinished(const api::Result<core::PagedResult<core::ProductProjection>> &result);

    api::ProductProjectionClient *m_client;
    BuyerContext m_context;
    QString m_text;
    QTimer m_debounce;
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
