// SPDX-License-Identifier: MIT
#include "app/storefront/ProductDetailDialog.h"

#include "app/storefront/FacetPanel.h"
#include "checkout/ImageLoader.h"
#include "models/VariantText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

constexpr int kImageSide = 220;

/// The language code of `locale`, in which attribute values are shown (labels of localized enums).
QString languageOf(const QLocale &locale)
{
    return locale.name().section(u'_', 0, 0);
}

QString variantTitle(const core::ProductVariant &variant, const QString &language)
{
    QStringList parts;
    for (const core::Attribute &attribute : variant.attributes) {
        if (attribute.name == u"color"_s || attribute.name == u"size"_s || attribute.name == u"length"_s ||
            attribute.name == u"pack"_s)
            parts << models::VariantText::valueText(attribute.name, attribute.value, language);
    }
    const QString sku = variant.sku.value_or(QString());
    return parts.isEmpty() ? sku : sku + u" — "_s + parts.join(u", "_s);
}

} // namespace

ProductDetailDialog::ProductDetailDialog(core::ProductProjection product, const QLocale &locale,
                                         checkout::ImageLoader *images, QWidget *parent)
    : QDialog(parent)
    , m_product(std::move(product))
    , m_variants(m_product.allVariants())
    , m_locale(locale)
    , m_images(images)
    , m_imageLabel(new QLabel)
    , m_variantCombo(new QComboBox)
    , m_attributesLabel(new QLabel)
    , m_priceLabel(new QLabel)
    , m_tierLabel(new QLabel(tr("Volume prices:")))
    , m_tierTable(new QTableWidget(0, 2))
    , m_availabilityLabel(new QLabel)
    , m_quantity(new QSpinBox)
    , m_unitPriceLabel(new QLabel)
    , m_addButton(new QPushButton(tr("&Add to cart")))
{
    setObjectName(u"productDetailDialog"_s);
    setWindowTitle(tr("Product details"));
    const QString name = m_product.name.text(m_locale);
    auto *title = new QLabel(name);
    title->setObjectName(u"productNameLabel"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *description = new QLabel(m_product.description ? m_product.description->text(m_locale) : QString());
    description->setWordWrap(true);

    m_imageLabel->setFixedSize(kImageSide, kImageSide);
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setAccessibleName(tr("Product picture"));
    m_imageLabel->setStyleSheet(u"QLabel { background: palette(alternate-base); border-radius: 4px; }"_s);

    m_variantCombo->setObjectName(u"variantCombo"_s);
    m_variantCombo->setAccessibleName(tr("Variant"));
    for (const core::ProductVariant &variant : m_variants)
        m_variantCombo->addItem(variantTitle(variant, languageOf(m_locale)));
    m_attributesLabel->setObjectName(u"attributesLabel"_s);
    m_attributesLabel->setWordWrap(true);
    m_priceLabel->setObjectName(u"priceLabel"_s);
    QFont priceFont = m_priceLabel->font();
    priceFont.setBold(true);
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.2);
    m_priceLabel->setFont(priceFont);
    m_availabilityLabel->setObjectName(u"availabilityLabel"_s);

    m_tierTable->setObjectName(u"tierTable"_s);
    m_tierTable->setAccessibleName(tr("Volume prices"));
    m_tierTable->setHorizontalHeaderLabels({tr("From quantity"), tr("Unit price")});
    m_tierTable->verticalHeader()->hide();
    m_tierTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tierTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tierTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_tierTable->setFocusPolicy(Qt::TabFocus);
    m_tierLabel->setBuddy(m_tierTable);

    m_quantity->setObjectName(u"detailQuantitySpinBox"_s);
    m_quantity->setRange(1, 9999);
    m_quantity->setAccessibleName(tr("Quantity to add"));
    m_unitPriceLabel->setObjectName(u"unitPriceLabel"_s);
    m_addButton->setObjectName(u"detailAddToCartButton"_s);
    m_addButton->setDefault(true);

    auto *form = new QFormLayout;
    auto *variantLabel = new QLabel(tr("&Variant:"));
    variantLabel->setBuddy(m_variantCombo);
    form->addRow(variantLabel, m_variantCombo);
    form->addRow(tr("Details:"), m_attributesLabel);
    form->addRow(tr("Price:"), m_priceLabel);
    form->addRow(tr("Availability:"), m_availabilityLabel);

    auto *info = new QVBoxLayout;
    info->addWidget(title);
    info->addWidget(description);
    info->addLayout(form);
    info->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_imageLabel, 0, Qt::AlignTop);
    top->addLayout(info, 1);

    auto *quantityLabel = new QLabel(tr("&Quantity:"));
    quantityLabel->setBuddy(m_quantity);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(quantityLabel);
    addRow->addWidget(m_quantity);
    addRow->addWidget(m_unitPriceLabel, 1);
    addRow->addWidget(m_addButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tierLabel);
    layout->addWidget(m_tierTable);
    layout->addStretch(1);
    layout->addLayout(addRow);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_variantCombo, &QComboBox::currentIndexChanged, this, &ProductDetailDialog::showVariant);
    connect(m_quantity, &QSpinBox::valueChanged, this, &ProductDetailDialog::updateUnitPrice);
    connect(m_addButton, &QPushButton::clicked, this,
            [this] { Q_EMIT addToCartRequested(m_product.id, currentVariant().id, m_quantity->value()); });
    if (m_images) {
        connect(m_images, &checkout::ImageLoader::imageReady, this, &ProductDetailDialog::showImage);
        connect(m_images, &checkout::ImageLoader::imageFailed, this, &ProductDetailDialog::showImage);
    }
    setTabOrder(m_variantCombo, m_tierTable);
    setTabOrder(m_tierTable, m_quantity);
    setTabOrder(m_quantity, m_addButton);
    showVariant();
    m_variantCombo->setFocus();
}

ProductDetailDialog::~ProductDetailDialog() = default;

const core::ProductVariant &ProductDetailDialog::currentVariant() const
{
    const int index = std::clamp(m_variantCombo->currentIndex(), 0, int(m_variants.size()) - 1);
    return m_variants.at(index);
}

void ProductDetailDialog::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

void ProductDetailDialog::setCurrentVariant(int index)
{
    m_variantCombo->setCurrentIndex(index);
}

void ProductDetailDialog::showVariant()
{
    const core::ProductVariant &variant = currentVariant();
    QStringList attributes;
    for (const core::Attribute &attribute : variant.attributes)
        attributes << tr("%1: %2").arg(
            FacetPanel::facetTitle(attribute.name),
            models::VariantText::valueText(attribute.name, attribute.value, languageOf(m_locale)));
    attributes.prepend(tr("SKU: %1").arg(variant.sku.value_or(tr("none"))));
    m_attributesLabel->setText(attributes.join(u" · "_s));

    const core::Price *price = variant.price ? &*variant.price : nullptr;
    if (!price)
        m_priceLabel->setText(tr("No price for your country and currency"));
    else if (price->discounted)
        m_priceLabel->setText(
            tr("%1 (was %2)").arg(price->discounted->value.format(m_locale), price->value.format(m_locale)));
    else
        m_priceLabel->setText(price->value.format(m_locale));
    showTiers(price);

    const auto &availability = variant.availability;
    if (!availability || !availability->isOnStock)
        m_availabilityLabel->setText(tr("Availability unknown"));
    else if (!*availability->isOnStock)
        m_availabilityLabel->setText(
            availability->restockableInDays
                ? tr("Out of stock — back in %n day(s)", nullptr, int(*availability->restockableInDays))
                : tr("Out of stock"));
    else if (availability->availableQuantity)
        m_availabilityLabel->setText(
            tr("In stock (%1 available)").arg(m_locale.toString(*availability->availableQuantity)));
    else
        m_availabilityLabel->setText(tr("In stock"));
    m_addButton->setEnabled(price != nullptr);
    showImage();
    updateUnitPrice();
}

void ProductDetailDialog::showTiers(const core::Price *price)
{
    const bool tiers = price && !price->tiers.isEmpty();
    m_tierLabel->setVisible(tiers);
    m_tierTable->setVisible(tiers);
    m_tierTable->setRowCount(0);
    if (!tiers)
        return;
    QList<core::PriceTier> rows = price->tiers;
    rows.prepend({1, price->effectiveValue()});
    m_tierTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        auto *quantity = new QTableWidgetItem(m_locale.toString(rows.at(row).minimumQuantity));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *unit = new QTableWidgetItem(rows.at(row).value.format(m_locale));
        unit->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tierTable->setItem(row, 0, quantity);
        m_tierTable->setItem(row, 1, unit);
    }
    const int height = m_tierTable->horizontalHeader()->height() + m_tierTable->verticalHeader()->length() +
                       2 * m_tierTable->frameWidth();
    m_tierTable->setFixedHeight(height);
}

QString ProductDetailDialog::unitPriceText(qint64 quantity) const
{
    const core::ProductVariant &variant = currentVariant();
    if (!variant.price)
        return {};
    const core::Money *unit = &variant.price->effectiveValue();
    qint64 reached = 0;
    for (const core::PriceTier &tier : variant.price->tiers) {
        if (quantity >= tier.minimumQuantity && tier.minimumQuantity > reached) {
            unit = &tier.value;
            reached = tier.minimumQuantity;
        }
    }
    return unit->format(m_locale);
}

void ProductDetailDialog::updateUnitPrice()
{
    const QString unit = unitPriceText(m_quantity->value());
    m_unitPriceLabel->setText(unit.isEmpty() ? QString() : tr("%1 each").arg(unit));
}

void ProductDetailDialog::showImage()
{
    const core::ProductVariant &variant = currentVariant();
    const QUrl url = variant.images.isEmpty() ? QUrl() : QUrl(variant.images.first().url);
    const QImage image = m_images && url.isValid() ? m_images->image(url) : QImage();
    if (image.isNull()) {
        m_imageLabel->setPixmap({});
        m_imageLabel->setText(m_images && m_images->isLoading(url) ? tr("Loading picture…")
                                                                   : tr("No picture"));
        return;
    }
    m_imageLabel->setPixmap(QPixmap::fromImage(
        image.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace commercedesk::app
