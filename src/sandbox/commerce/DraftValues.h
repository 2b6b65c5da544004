// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Reads and validates the draft value shapes of commerce requests. Errors are commercetools
// responses (400 InvalidInput / InvalidField / RequiredField / ReferencedResourceNotFound).
// Stateless apart from the Database used to resolve references (same thread).
class DraftValues
{
public:
    // Money draft {currencyCode, centAmount (integer)} → CentPrecisionMoney.
    static std::optional<QJsonObject> money(const QJsonValue &value, const QString &field,
                                            HttpResponse *error);
    // BaseAddress: `country` required (ISO 3166-1 alpha-2); string fields only.
    static std::optional<QJsonObject> address(const QJsonValue &value, const QString &field,
                                              HttpResponse *error);
    // ExternalTaxRateDraft {name, amount 0..1 | subRates, includedInPrice?, country, state?} → TaxRate.
    static std::optional<QJsonObject> taxRate(const QJsonValue &value, const QString &field,
                                              HttpResponse *error);
    // A rate's amount in parts per million (0.19 → 190000); rates are decimals with ≤ 6 places.
    static qint64 ratePpm(const QJsonObject &taxRate);

    // ResourceIdentifier {id} | {key} (not both) resolved against `table`; the stored document.
    static std::optional<QJsonObject> resolve(Database &database, const QJsonValue &identifier,
                                              const QString &table, const QString &typeId,
                                              const QString &field, HttpResponse *error);
};

} // namespace commercedesk::sandbox
