// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace commercedesk::sandbox {

// Generates the demo Product documents (deterministic: same input, same products and ids):
//  - B2C retail: apparel (colours × sizes), home (colours), electronics accessories (colours);
//  - B2B industrial: fasteners (M4–M12 × material, lengths/pack sizes), tools, safety gear (sizes),
//    with quantity tiers 10/100/1000 and "b2b" customer-group prices.
// Names and descriptions in en/de/fr; EUR/USD/GBP prices plus country prices for DE/FR/NL/US/GB;
// retail variants also carry a "store-berlin" channel price. Images are relative URLs
// ("images/<sku>.png") served by the sandbox.
class DemoProducts
{
public:
    using Sink = std::function<bool(const QJsonObject &product)>;

    explicit DemoProducts(QDateTime now);

    // Number of products generate() emits without extras.
    static int demoCount();
    // Calls `sink` for each product (demo range, then `extra` generated benchmark products).
    // Stops and returns false as soon as `sink` does.
    bool generate(int extra, const Sink &sink) const;

private:
    QDateTime m_now;
};

} // namespace commercedesk::sandbox
