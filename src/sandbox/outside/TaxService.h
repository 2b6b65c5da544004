// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/outside/TaxRules.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace commercedesk::sandbox {

class FaultInjector;
class ServiceServer;

struct TaxServiceConfig
{
    // The seller's country (origin of every sale), for the B2B reverse-charge rule.
    QString sellerCountry = QStringLiteral("DE");
    // Product key or SKU → "standard" | "reduced" | "zero". Unknown products are "standard".
    QHash<QString, QString> productTaxCategories;
    // Buyer register: business-unit key → VAT id ("FR12345678901"; the prefix is its country).
    QHash<QString, QString> businessUnitVatIds;
};

// The tax service (docs/outside-systems.md): rates by ship-to country (+ US state), product tax
// category and buyer, by TaxRules.
//  - POST /extension: the commercetools API-extension protocol for carts in taxMode External; answers
//    {"actions":[setLineItemTaxRate per line, setCustomLineItemTaxRate per custom line,
//    setShippingMethodTaxRate when shippingInfo exists]} or 400 {"errors":[{"code":"InvalidInput"}]}
//    for a ship-to it has no rates for.
//  - POST /v1/quote: the same rules for adapters and tests, without a cart.
//  - POST /v1/buyers {"businessUnitKey","vatId"}: registers a buyer's VAT id.
// A line's category: its variant attribute "tax-category" (or "taxCategory") when present, else the
// table by productKey, then by SKU, else "standard".
// Threading: lives in, and serves from, the thread that created it.
class TaxService : public QObject
{
    Q_OBJECT

public:
    TaxService(TaxServiceConfig config, std::shared_ptr<FaultInjector> faults, QObject *parent = nullptr);

    bool start(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;

private:
    HttpResponse extension(const RequestContext &ctx) const;
    HttpResponse quote(const RequestContext &ctx) const;
    HttpResponse registerBuyer(const RequestContext &ctx);
    QString categoryOf(const QJsonObject &lineItem) const;
    // Goods rate for one line, honouring reverse charge; nullopt when the place is unsupported.
    std::optional<TaxRules::Rate> lineRate(const QString &country, const QString &state,
                                           const QString &category, bool reverseCharge) const;

    TaxServiceConfig m_config;
    ServiceServer *m_server = nullptr; // child
};

} // namespace commercedesk::sandbox
