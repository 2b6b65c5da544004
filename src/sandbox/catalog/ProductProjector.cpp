// SPDX-License-Identifier: MIT
#include "sandbox/catalog/ProductProjector.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

QJsonObject ProductProjector::variant(QJsonObject v, const Options &options)
{
    if (const auto price = PriceSelector::select(v.value(u"prices"_s).toArray(), options.selection)) {
        v.insert(u"price"_s, *price);
        if (options.withScopedPrice) {
            v.insert(u"scopedPrice"_s, PriceSelector::scopedPrice(*price));
            v.insert(u"scopedPriceDiscounted"_s, price->contains(u"discounted"_s));
        }
    }
    QJsonArray images = v.value(u"images"_s).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        const QString url = image.value(u"url"_s).toString();
        if (!url.contains(u"://"_s)) {
            image.insert(u"url"_s, QString(options.baseUrl % u'/' % url));
            images.replace(i, image);
        }
    }
    v.insert(u"images"_s, images);
    return v;
}

QJsonObject ProductProjector::project(const QJsonObject &product, const Options &options)
{
    const QJsonObject master = product.value(u"masterData"_s).toObject();
    // Stored products omit `staged` while it equals `current` (hasStagedChanges = false).
    const bool useStaged = options.staged && master.contains(u"staged"_s);
    const QJsonObject data = master.value(useStaged ? u"staged"_s : u"current"_s).toObject();
    QJsonObject p;
    for (const QString &field :
         {u"id"_s, u"version"_s, u"key"_s, u"productType"_s, u"taxCategory"_s, u"state"_s,
          u"reviewRatingStatistics"_s, u"priceMode"_s, u"createdAt"_s, u"lastModifiedAt"_s}) {
        if (product.contains(field))
            p.insert(field, product.value(field));
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.key() != u"masterVariant"_s && it.key() != u"variants"_s)
            p.insert(it.key(), it.value());
    }
    p.insert(u"masterVariant"_s, variant(data.value(u"masterVariant"_s).toObject(), options));
    QJsonArray variants;
    for (const QJsonValue &v : data.value(u"variants"_s).toArray())
        variants.append(variant(v.toObject(), options));
    p.insert(u"variants"_s, variants);
    p.insert(u"published"_s, master.value(u"published"_s).toBool());
    p.insert(u"hasStagedChanges"_s, master.value(u"hasStagedChanges"_s).toBool());
    if (!p.contains(u"attributes"_s))
        p.insert(u"attributes"_s, QJsonArray());
    return p;
}

} // namespace commercedesk::sandbox
