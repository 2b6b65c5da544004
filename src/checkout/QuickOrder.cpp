// SPDX-License-Identifier: MIT
#include "checkout/QuickOrder.h"

#include "api/ProductProjectionClient.h"
#include "checkout/CartSession.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

QuickOrder::QuickOrder(api::ProductProjectionClient *products, CartSession *cart, QObject *parent)
    : QObject(parent)
    , m_products(products)
    , m_cart(cart)
{}

QuickOrder::~QuickOrder()
{
    if (m_job)
        m_job->cancel();
}

QList<QuickOrderLine> QuickOrder::parse(const QString &text)
{
    static const QRegularExpression separator(u"[,;\\t]"_s);
    QList<QuickOrderLine> lines;
    const QStringList rows = text.split(u'\n');
    for (int i = 0; i < rows.size(); ++i) {
        const QString row = rows.at(i).trimmed();
        if (row.isEmpty())
            continue;
        const QStringList cells = row.split(separator);
        QuickOrderLine line;
        line.sourceLine = i + 1;
        line.sku = cells.value(0).trimmed().remove(u'"');
        line.quantityText = cells.value(1).trimmed().remove(u'"');
        if (lines.isEmpty() && line.sku.compare(u"sku"_s, Qt::CaseInsensitive) == 0)
            continue; // header row
        bool ok = false;
        line.quantity = line.quantityText.isEmpty() ? 1 : line.quantityText.toLongLong(&ok);
        if (line.quantityText.isEmpty())
            ok = true;
        if (line.sku.isEmpty())
            line.problem = QuickOrderLine::Problem::MissingSku;
        else if (!ok || line.quantity < 1 || line.quantity > kMaxQuantity || cells.size() > 2)
            line.problem = QuickOrderLine::Problem::BadQuantity;
        auto same = std::find_if(lines.begin(), lines.end(), [&line](const QuickOrderLine &other) {
            return other.isValid() && line.isValid() && other.sku == line.sku;
        });
        if (same != lines.end()) {
            same->quantity = qMin(kMaxQuantity, same->quantity + line.quantity);
            same->quantityText = QString::number(same->quantity);
            continue;
        }
        lines.append(line);
    }
    return lines;
}

QString QuickOrder::describe(QuickOrderLine::Problem problem)
{
    switch (problem) {
    case QuickOrderLine::Problem::None:
        return {};
    case QuickOrderLine::Problem::MissingSku:
        return tr("No SKU");
    case QuickOrderLine::Problem::BadQuantity:
        return tr("Quantity must be a whole number from 1 to %1").arg(kMaxQuantity);
    case QuickOrderLine::Problem::UnknownSku:
        return tr("Unknown SKU");
    }
    return {};
}

void QuickOrder::check(const QList<QuickOrderLine> &lines)
{
    if (m_job)
        m_job->cancel();
    QStringList skus;
    for (const QuickOrderLine &line : lines) {
        if (line.isValid())
            skus << api::ProductSearchQuery::quoteFilterValue(line.sku);
    }
    if (skus.isEmpty()) {
        Q_EMIT checked(lines);
        return;
    }
    api::ProductSearchQuery query;
    query.queryFilters = {u"variants.sku:"_s + skus.join(u',')};
    query.limit = 500;
    m_context.applyPriceSelection(query);
    auto *job = m_products->search(query);
    m_job = job;
    job->onFinished(this, [this, lines](const auto &result) {
        if (!result.ok()) {
            if (result.error().kind != api::ApiError::Kind::Cancelled)
                Q_EMIT checkFailed(result.error());
            return;
        }
        QSet<QString> known;
        for (const core::ProductProjection &product : result.value().results) {
            for (const core::ProductVariant &variant : product.allVariants()) {
                if (variant.sku)
                    known.insert(*variant.sku);
            }
        }
        QList<QuickOrderLine> marked = lines;
        for (QuickOrderLine &line : marked) {
            if (line.isValid() && !known.contains(line.sku))
                line.problem = QuickOrderLine::Problem::UnknownSku;
        }
        Q_EMIT checked(marked);
    });
}

int QuickOrder::addToCart(const QList<QuickOrderLine> &lines)
{
    int added = 0;
    for (const QuickOrderLine &line : lines) {
        if (!line.isValid())
            continue;
        m_cart->addSku(line.sku, line.quantity);
        ++added;
    }
    return added;
}

} // namespace commercedesk::checkout
