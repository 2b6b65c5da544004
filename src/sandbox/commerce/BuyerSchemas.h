// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace commercedesk::sandbox {

// What a buyer may send on the /me and as-associate surfaces, as one allow-list per official schema.
//
// table() is generated from the specification (scripts/generate-buyer-schemas reads
// the official commercetools-openapi/api.yaml) and re-checked against it by
// tests/sandbox/TestBuyerSurfaces.cpp. Its entries are
//   "<DraftSchema>"                → the schema's `properties`
//   "<UpdateActionSchema>"         → the discriminator `mapping` (the action names)
//   "<UpdateActionSchema>.<action>" → the member schema's properties (without `action`)
// withheld() names what the specification lists but the sandbox never takes from a buyer because it sets
// money, tax, the customer group, order/payment state or another buyer's identity ("Schema.field" or
// "UpdateActionSchema.action.field"); the test checks that every entry exists in the specification.
//
// Errors: a field or action the schema does not have → 400 InvalidJsonInput ("Request body does not
// contain valid JSON." with a detailedErrorMessage naming the path), as the platform's JSON reader
// answers; a withheld one → 400 InvalidInput naming the field. Stateless.
class BuyerSchemas
{
public:
    struct Entry
    {
        QString name;
        QString properties; // space-separated
    };

    static const QList<Entry> &table();
    static const QStringList &withheld();
    // The spec's entry `name` split into words; empty when the table has no such entry.
    static QStringList specified(const QString &name);

    // Checks one draft object (and the nested drafts it carries, e.g. MyCartDraft.lineItems[] against
    // MyLineItemDraft). `path` prefixes the field names in messages ("" for the body).
    static ActionResult checkDraft(const QString &schema, const QJsonObject &draft, const QString &path = {});
    // Checks an update body {version, actions[]} against `wrapper` (e.g. "MyCartUpdate") and each action
    // against `actionSchema` (e.g. "MyCartUpdateAction"). `onlyActions` (when not empty) narrows the
    // mapping further (the as-associate cart surface takes the buyer's cart actions from CartUpdateAction).
    static ActionResult checkUpdate(const QString &wrapper, const QString &actionSchema,
                                    const QJsonObject &body, const QStringList &onlyActions = {});
    // The cart update actions an associate may send (all in CartUpdateAction's mapping).
    static const QStringList &associateCartActions();

    // 400 InvalidJsonInput with `detail` as detailedErrorMessage.
    static HttpResponse invalidJson(const QString &detail);
};

} // namespace commercedesk::sandbox
