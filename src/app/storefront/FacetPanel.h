// SPDX-License-Identifier: MIT
#pragma once

#include "core/CatalogCategory.h"
#include "core/CatalogFacet.h"
#include "models/AttributeLabels.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace commercedesk::checkout {
class CatalogBrowser;
}
namespace commercedesk::models {
class FacetModel;
}

namespace commercedesk::app {

/// The catalog's left column: the category tree ("All products" first; choosing one filters by it and its
/// subcategories) and the facets (attribute values and price bands with product counts; Space or a click
/// checks a value; an enum attribute's values by their labels in the UI language, as the product types
/// define them and the products shown carry them — the facets themselves answer with keys). Forwards every
/// choice to the CatalogBrowser and shows what its answers say; no logic of its own beyond turning facets
/// into rows. Keyboard: Alt+C focuses the categories, Alt+F the filters.
class FacetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget *parent = nullptr);
    ~FacetPanel() override;

    /// `catalog` must outlive this panel. Loads the categories when the catalog can.
    void setCatalog(checkout::CatalogBrowser *catalog);
    models::FacetModel *facetModel() const { return m_model; }
    QTreeWidget *categoryTree() const { return m_categories; }
    QTreeView *facetView() const { return m_facetView; }

    /// The shown title of a facet or attribute ("color" → "Colour"); unknown names are shown as they are.
    static QString facetTitle(const QString &name);

protected:
    /// Retranslates in place: titles, facet names and category names; the selections stay.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFacets(const QList<core::CatalogFacet> &facets);
    void showCategories(const QList<core::CatalogCategory> &categories);
    void onToggled(const QString &group, const QString &value);
    QString bandLabel(const core::CatalogFacet::Bucket &bucket) const;

    checkout::CatalogBrowser *m_catalog = nullptr;
    models::FacetModel *m_model;
    QTreeWidget *m_categories;
    QTreeView *m_facetView;
    QLabel *m_filtersLabel;
    QPushButton *m_clearButton;
    QLabel *m_categoriesLabel = nullptr;
    QList<core::CatalogFacet> m_facets;
    QList<core::CatalogCategory> m_categoryList;
    models::AttributeLabels m_labels; ///< enum values' labels, from the product types and results shown
};

} // namespace commercedesk::app
