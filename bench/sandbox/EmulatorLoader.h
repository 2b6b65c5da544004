// SPDX-License-Identifier: MIT
#pragma once

#include "BenchTarget.h"
#include "HttpConnection.h"

#include <QJsonObject>
#include <QList>

namespace commercedesk::bench {

// Copies the sandbox's orders into the emulator so both serve the same data: reads every order from
// the sandbox (keyset pages of 500 by id), then POSTs an OrderImportDraft per order to the emulator's
// /orders/import over all connections at once. The emulator assigns its own ids and timestamps
// (its import ignores createdAt); order numbers, customers, states, addresses, totals are the
// sandbox's, and each line item is imported as a custom line item with the same name, SKU (as slug),
// price, quantity and tax rate: an imported *product* line item makes the emulator scan and clone
// every product per line (≈ 0.2 s per order here), a custom one does not. shippingInfo is not
// imported (the emulator would need shipping methods). Also creates the one product the cart
// scenario adds (cartSku(), EUR price).
class EmulatorLoader
{
public:
    // Reads all orders of `sandbox` (through `sandboxConnection`); false + *error on failure.
    bool readSandbox(const BenchTarget &sandbox, HttpConnection &sandboxConnection, QString *error);
    // Loads them into `emulator` (fills emulator.orderIds); false + *error on failure.
    bool load(BenchTarget &emulator, const QList<HttpConnection *> &connections, QString *error);
    // A SKU of a B2C order in EUR shipped to DE (both servers sell it there), or empty.
    QString cartSku() const { return m_cartSku; }
    qsizetype orderCount() const { return m_orders.size(); }
    // The same SKU choice from the newest 500 orders of `sandbox` (when nothing is loaded).
    static QString sandboxCartSku(const BenchTarget &sandbox, HttpConnection &sandboxConnection);

private:
    bool createCartProduct(BenchTarget &emulator, HttpConnection &connection, QString *error);
    static QJsonObject importDraft(const QJsonObject &order);
    static QString cartSkuIn(const QList<QJsonObject> &orders);

    QList<QJsonObject> m_orders;
    QString m_cartSku;
};

} // namespace commercedesk::bench
