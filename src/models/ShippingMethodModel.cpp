// SPDX-License-Identifier: MIT
#include "models/ShippingMethodModel.h"

using namespace Qt::StringLiterals;

namespace commercedesk::models {

ShippingMethodModel::ShippingMethodModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ShippingMethodModel::setLocale(const QLocale &locale, const QString &language)
{
    m_locale = locale;
    m_language = language;
    if (!m_methods.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void ShippingMethodModel::setMethods(const QList<core::ShippingMethod> &methods, const core::Money &cartTotal)
{
    beginResetModel();
    m_methods = methods;
    m_cartTotal = cartTotal;
    endResetModel();
}

int ShippingMethodModel::defaultRow() const
{
    for (int row = 0; row < m_methods.size(); ++row) {
        if (m_methods.at(row).isDefault)
            return row;
    }
    return m_methods.isEmpty() ? -1 : 0;
}

std::optional<core::Money> ShippingMethodModel::priceOf(const core::ShippingMethod &method) const
{
    std::optional<core::ShippingRate> fallback;
    for (const core::ZoneRate &zone : method.zoneRates) {
        for (const core::ShippingRate &rate : zone.shippingRates) {
            if (rate.price.currencyCode() != m_cartTotal.currencyCode())
                continue;
            if (rate.isMatching.value_or(false))
                return rate.priceFor(m_cartTotal);
            if (!fallback)
                fallback = rate;
        }
    }
    if (fallback)
        return fallback->priceFor(m_cartTotal);
    return std::nullopt;
}

QString ShippingMethodModel::nameOf(const core::ShippingMethod &method) const
{
    if (method.localizedName) {
        const QString name = method.localizedName->value(m_language);
        if (!name.isEmpty())
            return name;
    }
    return method.name;
}

int ShippingMethodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_methods.size());
}

QVariant ShippingMethodModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_methods.size())
        return {};
    const core::ShippingMethod &method = m_methods.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const auto price = priceOf(method);
        const QString priceText = !price ? QString() : price->isZero() ? tr("free") : price->format(m_locale);
        if (priceText.isEmpty())
            return nameOf(method);
        //: shipping method and its price, e.g. "Express — €9.90"
        return tr("%1 — %2").arg(nameOf(method), priceText);
    }
    case Qt::ToolTipRole:
        if (method.localizedDescription)
            return method.localizedDescription->value(m_language);
        return method.description.value_or(QString());
    case IdRole:
        return method.id;
    case NameRole:
        return nameOf(method);
    case PriceRole: {
        const auto price = priceOf(method);
        return price ? QVariant(price->format(m_locale)) : QVariant();
    }
    case IsDefaultRole:
        return method.isDefault;
    default:
        return {};
    }
}

} // namespace commercedesk::models
