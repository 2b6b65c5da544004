// SPDX-License-Identifier: MIT
#include "app/storefront/StorefrontPane.h"

#include "app/ErrorPresenter.h"
#include "checkout/CatalogBrowser.h"
#include "models/ProductTableModel.h"
#include "ui_StorefrontPane.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

StorefrontPane::StorefrontPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StorefrontPane>())
    , m_model(new models::ProductTableModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->errorLabel->setStyleSheet(u"QLabel { color: #8a1c1c; background: #fdecea; padding: 6px; "
                                    u"border-radius: 4px; }"_s);
    m_ui->errorLabel->hide();

    m_ui->productTableView->setModel(m_model);
    QHeaderView *header = m_ui->productTableView->horizontalHeader();
    header->setSectionResizeMode(models::ProductTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(models::ProductTableModel::SkuColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ProductTableModel::VariantsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::ProductTableModel::PriceColumn, QHeaderView::ResizeToContents);
    m_ui->productTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->productTableView->fontMetrics().height() + 10);

    m_ui->searchEdit->setEnabled(false);
    m_ui->resultCountLabel->setText(tr("Connecting…"));
    setLoading(true);
    setFocusProxy(m_ui->searchEdit);
}

StorefrontPane::~StorefrontPane() = default;

void StorefrontPane::setCatalog(checkout::CatalogBrowser *catalog)
{
    m_catalog = catalog;
    m_model->setLocale(QLocale());
    connect(catalog, &checkout::CatalogBrowser::resultsReady, this, &StorefrontPane::onResults);
    connect(catalog, &checkout::CatalogBrowser::searchFailed, this, &StorefrontPane::onFailed);
    connect(catalog, &checkout::CatalogBrowser::loadingChanged, this, &StorefrontPane::setLoading);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, catalog, &checkout::CatalogBrowser::setSearchText);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, catalog, &checkout::CatalogBrowser::refresh);
    m_ui->searchEdit->setEnabled(true);
    m_ui->resultCountLabel->clear();
    catalog->refresh();
}

void StorefrontPane::showUnavailable(const QString &message)
{
    setLoading(false);
    m_ui->resultCountLabel->clear();
    showError(message);
    Q_EMIT catalogShown();
}

void StorefrontPane::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void StorefrontPane::onResults(const QList<core::ProductProjection> &products, qint64 total)
{
    m_ui->errorLabel->hide();
    m_model->resetProducts(products);
    if (total == 0)
        m_ui->resultCountLabel->setText(tr("No products match"));
    else if (total > products.size())
        m_ui->resultCountLabel->setText(
            tr("%1 of %2 products").arg(QLocale().toString(products.size()), QLocale().toString(total)));
    else if (total == 1)
        m_ui->resultCountLabel->setText(tr("1 product"));
    else
        m_ui->resultCountLabel->setText(tr("%1 products").arg(QLocale().toString(total)));
    Q_EMIT catalogShown();
}

void StorefrontPane::onFailed(const api::ApiError &error)
{
    showError(ErrorPresenter::describe(error));
    Q_EMIT catalogShown();
}

void StorefrontPane::setLoading(bool loading)
{
    // Keep the layout steady: the bar keeps its space while hidden.
    QSizePolicy policy = m_ui->searchProgressBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_ui->searchProgressBar->setSizePolicy(policy);
    m_ui->searchProgressBar->setVisible(loading);
}

void StorefrontPane::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace commercedesk::app
