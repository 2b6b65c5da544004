// SPDX-License-Identifier: MIT
#include "app/storefront/FacetPanel.h"

#include "checkout/CatalogBrowser.h"
#include "core/Money.h"
#include "models/FacetModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

constexpr int kCategoryIdRole = Qt::UserRole + 1;

} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::FacetModel(this))
    , m_categories(new QTreeWidget)
    , m_facetView(new QTreeView)
    , m_filtersLabel(new QLabel)
    , m_clearButton(new QPushButton)
{
    setObjectName(u"facetPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    auto *categoriesLabel = new QLabel;
    m_categoriesLabel = categoriesLabel;
    categoriesLabel->setBuddy(m_categories);
    m_categories->setObjectName(u"categoryTree"_s);
    m_categories->setHeaderHidden(true);
    m_categories->setRootIsDecorated(true);
    m_filtersLabel->setBuddy(m_facetView);
    m_facetView->setObjectName(u"facetView"_s);
    m_facetView->setModel(m_model);
    m_facetView->setHeaderHidden(true);
    m_facetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facetView->setUniformRowHeights(true);
    m_clearButton->setObjectName(u"clearFiltersButton"_s);
    m_clearButton->setEnabled(false);
    layout->addWidget(categoriesLabel);
    layout->addWidget(m_categories, 2);
    layout->addWidget(m_filtersLabel);
    layout->addWidget(m_facetView, 3);
    layout->addWidget(m_clearButton);
    setMinimumWidth(200);

    auto *all = new QTreeWidgetItem(m_categories);
    all->setData(0, kCategoryIdRole, QString());
    m_categories->setCurrentItem(all);
    retranslate();
    connect(m_model, &models::FacetModel::toggled, this, &FacetPanel::onToggled);
    connect(m_model, &QAbstractItemModel::modelReset, m_facetView, &QTreeView::expandAll);
}

FacetPanel::~FacetPanel() = default;

void FacetPanel::retranslate()
{
    m_categoriesLabel->setText(tr("&Categories"));
    m_categories->setAccessibleName(tr("Categories"));
    m_facetView->setAccessibleName(tr("Filters"));
    m_clearButton->setText(tr("Clear filt&ers"));
    m_filtersLabel->setText(tr("&Filters"));
    m_categories->topLevelItem(0)->setText(0, tr("All products"));
}

void FacetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_catalog) {
            showFacets(m_facets);
            showCategories(m_categoryList);
        }
    }
    QWidget::changeEvent(event);
}

QString FacetPanel::facetTitle(const QString &name)
{
    if (name == u"line"_s)
        return tr("Collection");
    if (name == u"color"_s)
        return tr("Colour");
    if (name == u"material"_s)
        return tr("Material");
    if (name == u"size"_s)
        return tr("Size");
    if (name == u"diameter"_s)
        return tr("Diameter");
    if (name == u"length"_s)
        return tr("Length");
    if (name == u"pack"_s)
        return tr("Pack size");
    if (name == u"standard"_s)
        return tr("Standard");
    if (name == u"grade"_s)
        return tr("Grade");
    if (name == checkout::CatalogQuery::priceFacetName())
        return tr("Price");
    return name;
}

void FacetPanel::setCatalog(checkout::CatalogBrowser *catalog)
{
    m_catalog = catalog;
    // The results come before their facets (CatalogBrowser): their enum values' labels name the terms.
    const auto learn = [this](const QList<core::ProductProjection> &products) { m_labels.learn(products); };
    connect(catalog, &checkout::CatalogBrowser::resultsReady, this, learn);
    connect(catalog, &checkout::CatalogBrowser::moreResultsReady, this, learn);
    connect(catalog, &checkout::CatalogBrowser::facetsReady, this, &FacetPanel::showFacets);
    connect(catalog, &checkout::CatalogBrowser::categoriesReady, this, &FacetPanel::showCategories);
    connect(catalog, &checkout::CatalogBrowser::enumDefinitionsReady, this,
            [this](const QList<core::Attribute> &definitions) {
                m_labels.learn(definitions);
                if (!m_facets.isEmpty())
                    showFacets(m_facets);
            });
    connect(m_clearButton, &QPushButton::clicked, catalog, &checkout::CatalogBrowser::clearSelections);
    connect(m_categories, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current || !m_catalog)
            return;
        const QString id = current->data(0, kCategoryIdRole).toString();
        if (id != m_catalog->query().categoryId)
            m_catalog->setCategory(id);
    });
    m_facetView->setEnabled(catalog->hasFacets());
    m_categories->setEnabled(catalog->hasFacets());
    catalog->loadCategories();
    catalog->loadEnumDefinitions();
}

QString FacetPanel::bandLabel(const core::CatalogFacet::Bucket &bucket) const
{
    const QString currency = m_catalog ? m_catalog->buyerContext().currency : u"EUR"_s;
    const auto money = [&currency](qint64 minor) {
        const auto value = core::Money::fromMinorUnits(minor, currency);
        return value ? value->format(QLocale()) : QLocale().toString(minor);
    };
    if (!bucket.from && bucket.to)
        return tr("Under %1").arg(money(*bucket.to));
    if (bucket.from && !bucket.to)
        return tr("%1 and above").arg(money(*bucket.from));
    if (bucket.from && bucket.to)
        return tr("%1 – %2").arg(money(*bucket.from), money(*bucket.to));
    return tr("Any price");
}

void FacetPanel::showFacets(const QList<core::CatalogFacet> &facets)
{
    m_facets = facets;
    const checkout::CatalogQuery &query = m_catalog->query();
    QList<models::FacetModel::Group> groups;
    const auto add = [&](const QString &name, const core::CatalogFacet *facet) {
        models::FacetModel::Group group{name, facetTitle(name), {}};
        if (name == checkout::CatalogQuery::priceFacetName()) {
            for (const auto &bucket : facet ? facet->buckets : QList<core::CatalogFacet::Bucket>()) {
                const checkout::CatalogQuery::PriceRange range{bucket.from, bucket.to};
                const bool selected = query.priceRanges.contains(range);
                if (bucket.count > 0 || selected)
                    group.entries.append({checkout::CatalogQuery::rangeExpression(range), bandLabel(bucket),
                                          bucket.count, selected});
            }
        } else {
            const QStringList chosen = query.attributeValues.value(name);
            const QString language = QLocale().name().section(u'_', 0, 0);
            QStringList shown;
            for (const auto &bucket : facet ? facet->buckets : QList<core::CatalogFacet::Bucket>()) {
                group.entries.append({bucket.term, m_labels.label(name, bucket.term, language), bucket.count,
                                      chosen.contains(bucket.term)});
                shown << bucket.term;
            }
            for (const QString &value : chosen) { // keep a chosen value visible so it can be unchecked
                if (!shown.contains(value))
                    group.entries.append({value, m_labels.label(name, value, language), 0, true});
            }
        }
        if (!group.entries.isEmpty())
            groups.append(group);
    };
    QStringList names = checkout::CatalogQuery::facetAttributes();
    names << checkout::CatalogQuery::priceFacetName();
    for (const QString &name : std::as_const(names)) {
        const core::CatalogFacet *found = nullptr;
        for (const core::CatalogFacet &facet : facets) {
            if (facet.name == name)
                found = &facet;
        }
        add(name, found);
    }
    m_model->setGroups(groups);
    m_clearButton->setEnabled(query.hasSelections());
    const int selected = m_model->selectedCount();
    m_filtersLabel->setText(selected ? tr("&Filters (%n active)", nullptr, selected) : tr("&Filters"));
}

void FacetPanel::showCategories(const QList<core::CatalogCategory> &categories)
{
    m_categoryList = categories;
    QTreeWidgetItem *all = m_categories->topLevelItem(0);
    const QString current = m_catalog ? m_catalog->query().categoryId : QString();
    QSignalBlocker block(m_categories);
    while (m_categories->topLevelItemCount() > 1)
        delete m_categories->takeTopLevelItem(1);
    QHash<QString, QTreeWidgetItem *> items;
    // Parents come before children in orderHint order in the seed, but do not rely on it: two passes.
    for (const core::CatalogCategory &category : categories) {
        auto *item = new QTreeWidgetItem({category.name.text(QLocale())});
        item->setData(0, kCategoryIdRole, category.id);
        items.insert(category.id, item);
    }
    for (const core::CatalogCategory &category : categories) {
        QTreeWidgetItem *item = items.value(category.id);
        if (QTreeWidgetItem *parent = items.value(category.parentId))
            parent->addChild(item);
        else
            m_categories->addTopLevelItem(item);
        if (category.id == current)
            m_categories->setCurrentItem(item);
    }
    for (int i = 1; i < m_categories->topLevelItemCount(); ++i)
        m_categories->topLevelItem(i)->setExpanded(true);
    if (current.isEmpty())
        m_categories->setCurrentItem(all);
}

void FacetPanel::onToggled(const QString &group, const QString &value)
{
    if (!m_catalog)
        return;
    if (group != checkout::CatalogQuery::priceFacetName()) {
        m_catalog->toggleAttributeValue(group, value);
        return;
    }
    for (const checkout::CatalogQuery::PriceRange &range : checkout::CatalogQuery::priceBands()) {
        if (checkout::CatalogQuery::rangeExpression(range) == value) {
            m_catalog->togglePriceRange(range);
            return;
        }
    }
}

} // namespace commercedesk::app
