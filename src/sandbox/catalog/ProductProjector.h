// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/catalog/PriceSelector.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

// Turns a stored Product (with masterData.current/staged) into a ProductProjection as the API
// returns it: the chosen projection's data on top of the product's own fields, selected `price`
// per variant when price selection is active, `scopedPrice`/`scopedPriceDiscounted` for search, and
// image URLs made absolute against the request's base URL (the sandbox port is random, so stored
// URLs are relative). Stateless.
class ProductProjector
{
public:
    struct Options
    {
        bool staged = false;
        PriceSelection selection;
        bool withScopedPrice = false; // product-projection search with price selection
        QString baseUrl;              // "http://127.0.0.1:PORT"
    };

    static QJsonObject project(const QJsonObject &product, const Options &options);

private:
    static QJsonObject variant(QJsonObject variant, const Options &options);
};

} // namespace commercedesk::sandbox
