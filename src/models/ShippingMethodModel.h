// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"
#include "core/ShippingMethod.h"

#include <QAbstractListModel>
#include <QLocale>

namespace commercedesk::models {

/// The shipping methods that match the buyer's cart, one row each: "Standard — €4.90" (the matching rate
/// for the cart's currency; free when the cart total reaches its freeAbove). The default method is marked.
class ShippingMethodModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        NameRole,                  ///< QString, localized name
        PriceRole,                 ///< QString, formatted price; invalid when no rate matches
        IsDefaultRole,             ///< bool
    };

    explicit ShippingMethodModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale, const QString &language);
    /// `cartTotal` (the cart's currency) decides the matching rate and free shipping.
    void setMethods(const QList<core::ShippingMethod> &methods, const core::Money &cartTotal);
    /// The row of the default method (or 0), -1 when empty.
    int defaultRow() const;
    /// The matching rate's price for `method`, or nullopt.
    std::optional<core::Money> priceOf(const core::ShippingMethod &method) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString nameOf(const core::ShippingMethod &method) const;

    QList<core::ShippingMethod> m_methods;
    core::Money m_cartTotal;
    QLocale m_locale;
    QString m_language = QStringLiteral("en");
};

} // namespace commercedesk::models
