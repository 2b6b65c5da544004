// SPDX-License-Identifier: MIT
#pragma once

#include "core/ProductProjection.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace commercedesk::checkout {
class ImageLoader;
}

namespace commercedesk::app {

/// One product in detail: picture, description, a variant chooser (SKU and attributes), the price the
/// backend selected for the buyer's context, the volume (tier) prices as a table when the price has tiers
/// (B2B), the availability, and "add to cart" with a quantity. Opened by Return/double-click on a result.
/// Emits addToCartRequested() and stays open (Esc or Close closes it). `images` may be null (no picture);
/// when given it must outlive the dialog.
class ProductDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    ProductDetailDialog(core::ProductProjection product, const QLocale &locale, checkout::ImageLoader *images,
                        QWidget *parent = nullptr);
    ~ProductDetailDialog() override;

    const core::ProductProjection &product() const { return m_product; }
    /// The chosen variant (master first).
    const core::ProductVariant &currentVariant() const;
    void setCurrentVariant(int index);
    /// Presets the quantity to add (e.g. the one chosen in the results list).
    void setQuantity(int quantity);
    /// The unit price for `quantity` from the selected price and its tiers (empty without a price).
    QString unitPriceText(qint64 quantity) const;

Q_SIGNALS:
    void addToCartRequested(const QString &productId, int variantId, int quantity);

private:
    void showVariant();
    void showTiers(const core::Price *price);
    void showImage();
    void updateUnitPrice();

    core::ProductProjection m_product;
    QList<core::ProductVariant> m_variants;
    QLocale m_locale;
    checkout::ImageLoader *m_images;
    QLabel *m_imageLabel;
    QComboBox *m_variantCombo;
    QLabel *m_attributesLabel;
    QLabel *m_priceLabel;
    QLabel *m_tierLabel;
    QTableWidget *m_tierTable;
    QLabel *m_availabilityLabel;
    QSpinBox *m_quantity;
    QLabel *m_unitPriceLabel;
    QPushButton *m_addButton;
};

} // namespace commercedesk::app
