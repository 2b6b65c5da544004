// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace commercedesk::bench {

// Order pages for the decode benchmark, made from the official Order example
// (commercetools-examples/order.example.json): `PagedQueryResponse` bodies of `size` orders, each a copy of
// the example with its own id, orderNumber and version.
class OrderPageFixture
{
public:
    // False (and *error) when the example cannot be read.
    bool load(const QString &examplePath, QString *error);
    QByteArray page(int size) const;

private:
    QJsonObject m_order;
};

} // namespace commercedesk::bench
