// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/ProductProjection.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StorefrontPane;
}
namespace commercedesk::checkout {
class CatalogBrowser;
}
namespace commercedesk::models {
class ProductTableModel;
}

namespace commercedesk::app {

/// The buyer's pane: catalog search and results. Forwards what the buyer types to the CatalogBrowser and
/// renders what it delivers; holds no business logic. Until setCatalog() is called it shows a waiting state.
class StorefrontPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StorefrontPane(QWidget *parent = nullptr);
    ~StorefrontPane() override;

    /// `catalog` must outlive this pane. Starts the first search (the whole catalog).
    void setCatalog(checkout::CatalogBrowser *catalog);
    /// Shows why there is no catalog (e.g. the backend failed to start).
    void showUnavailable(const QString &message);

    void focusSearch();

Q_SIGNALS:
    /// After each completed search (results shown or error shown); used by screenshots and tests.
    void catalogShown();

private:
    void onResults(const QList<core::ProductProjection> &products, qint64 total);
    void onFailed(const api::ApiError &error);
    void setLoading(bool loading);
    void showError(const QString &message);

    std::unique_ptr<Ui::StorefrontPane> m_ui;
    models::ProductTableModel *m_model;
    checkout::CatalogBrowser *m_catalog = nullptr;
};

} // namespace commercedesk::app
