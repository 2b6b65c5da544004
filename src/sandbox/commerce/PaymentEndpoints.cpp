// SPDX-License-Identifier: MIT
#include "sandbox/commerce/PaymentEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/BuyerSchemas.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/StoredResources.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"
#include "sandbox/storage/TypeReference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

const QStringList TransactionTypes{u"Authorization"_s, u"CancelAuthorization"_s, u"Charge"_s, u"Refund"_s,
                                   u"Chargeback"_s};
const QStringList BuyerTransactionTypes{u"Authorization"_s, u"Charge"_s};
const QStringList TransactionStates{u"Initial"_s, u"Pending"_s, u"Success"_s, u"Failure"_s};

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariantMap columnsOf(const QJsonObject &payment)
{
    return {{u"customer_id"_s, nullable(payment.value(u"customer"_s).toObject().value(u"id"_s).toString())},
            {u"anonymous_id"_s, nullable(payment.value(u"anonymousId"_s).toString())},
            {u"interface_id"_s, nullable(payment.value(u"interfaceId"_s).toString())}};
}

// The token's owner on /me: {customerId, anonymousId} (one of them set).
std::pair<QString, QString> ownerOf(const RequestContext &ctx)
{
    const Principal p = ctx.principal.value_or(Principal());
    return {p.customerId, p.customerId.isEmpty() ? p.anonymousId : QString()};
}

bool ownedBy(const QJsonObject &payment, const std::pair<QString, QString> &owner)
{
    if (!owner.first.isEmpty())
        return payment.value(u"customer"_s).toObject().value(u"id"_s).toString() == owner.first;
    return !owner.second.isEmpty() && !payment.contains(u"customer"_s) &&
           payment.value(u"anonymousId"_s).toString() == owner.second;
}

void setOrRemove(QJsonObject &o, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        o.remove(field);
    else
        o.insert(field, value);
}

// CustomFieldsDraft → CustomFields. Types are not stored in the sandbox: a key stands for the stable id
// derived from it, and the field values are kept as sent.
std::optional<QJsonObject> customFields(const QJsonValue &draft, HttpResponse *error)
{
    const QJsonObject type = draft.toObject().value(u"type"_s).toObject();
    if (type.value(u"id"_s).toString().isEmpty() == type.value(u"key"_s).toString().isEmpty()) {
        *error = CommerceErrors::invalidField(u"custom.type"_s, draft.toObject().value(u"type"_s));
        return std::nullopt;
    }
    const QJsonValue fields = draft.toObject().value(u"fields"_s);
    if (!fields.isUndefined() && !fields.isObject()) {
        *error = CommerceErrors::invalidField(u"custom.fields"_s, fields);
        return std::nullopt;
    }
    return QJsonObject{{u"type"_s, typeReference(type)}, {u"fields"_s, fields.toObject()}};
}

} // namespace

// What a payment action edits, and where the request came from (`me`: /me/payments).
struct PaymentEndpoints::Edit
{
    const PaymentEndpoints &self;
    QJsonObject &payment;
    bool me;
};

PaymentEndpoints::PaymentEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

void PaymentEndpoints::registerRoutes(Router &router)
{
    for (const bool me : {false, true}) {
        const auto endpoint = me ? ScopeRules::Endpoint::MyPayments : ScopeRules::Endpoint::Payments;
        const QString base = me ? u"/{projectKey}/me/payments"_s : u"/{projectKey}/payments"_s;
        const RouteOptions read = ScopeRules::read(endpoint);
        const RouteOptions write = ScopeRules::write(endpoint);
        RouteOptions remove = write;
        remove.body = RouteOptions::Body::None;
        router.add(
            HttpMethod::Get, base, [this, me](RequestContext &c) { return query(c, me); }, read);
        router.add(
            HttpMethod::Post, base, [this, me](RequestContext &c) { return create(c, me); }, write);
        for (const bool byKey : {false, true}) {
            const QString path = base % (byKey ? u"/key={key}"_s : u"/{id}"_s);
            const auto visible = [me](const RequestContext &c) -> StoredResources::Visible {
                if (!me)
                    return {};
                const auto owner = ownerOf(c);
                return [owner](const QJsonObject &p) { return ownedBy(p, owner); };
            };
            router.add(
                HttpMethod::Get, path,
                [this, byKey, visible](RequestContext &c) {
                    return StoredResources(m_database, u"payments"_s, u"Payment"_s).get(c, byKey, visible(c));
                },
                read);
            router.add(
                HttpMethod::Post, path,
                [this, byKey, me, visible](RequestContext &c) {
                    if (me) {
                        if (auto refused = BuyerSchemas::checkUpdate(
                                u"MyPaymentUpdate"_s, u"MyPaymentUpdateAction"_s, c.json.object()))
                            return *refused;
                    }
                    return StoredResources(m_database, u"payments"_s, u"Payment"_s)
                        .update(
                            c, byKey, m_clock->now(),
                            [this, me](QJsonObject &p, const QJsonObject &a) {
                                Edit edit{*this, p, me};
                                return actions().apply(edit, a);
                            },
                            visible(c), columnsOf);
                },
                write);
            router.add(
                HttpMethod::Delete, path,
                [this, byKey, visible](RequestContext &c) {
                    return StoredResources(m_database, u"payments"_s, u"Payment"_s)
                        .remove(c, byKey, visible(c));
                },
                remove);
        }
    }
}

HttpResponse PaymentEndpoints::query(RequestContext &ctx, bool me)
{
    ResourceQuerySpec spec;
    spec.table = u"payments"_s;
    spec.columns = {{u"customer.id"_s, u"customer_id"_s},
                    {u"anonymousId"_s, u"anonymous_id"_s},
                    {u"interfaceId"_s, u"interface_id"_s}};
    if (me) {
        const auto owner = ownerOf(ctx);
        if (owner.first.isEmpty() && owner.second.isEmpty())
            return HttpResponse::insufficientScope(
                u"The /me endpoints need a token of a customer (password flow) or an anonymous session."_s);
        spec.scopeSql =
            owner.first.isEmpty() ? u"anonymous_id = ? AND customer_id IS NULL"_s : u"customer_id = ?"_s;
        spec.scopeBindings = {owner.first.isEmpty() ? owner.second : owner.first};
    }
    return ResourceQuery::run(m_database, spec, ctx);
}

std::optional<QJsonObject> PaymentEndpoints::transaction(const QJsonValue &draft, const QString &currency,
                                                         HttpResponse *error, bool me) const
{
    const QJsonObject d = draft.toObject();
    if (!d.contains(u"type"_s)) {
        *error = CommerceErrors::requiredField(u"transaction.type"_s);
        return std::nullopt;
    }
    // MyTransactionDraft: a buyer records only an Authorization or a Charge, and never its state.
    if (!CommerceErrors::checkEnum(d, u"type"_s, me ? BuyerTransactionTypes : TransactionTypes, error) ||
        !CommerceErrors::checkEnum(d, u"state"_s, TransactionStates, error))
        return std::nullopt;
    const auto amount = DraftValues::money(d.value(u"amount"_s), u"transaction.amount"_s, error);
    if (!amount)
        return std::nullopt;
    if (amount->value(u"currencyCode"_s).toString() != currency) {
        *error = CommerceErrors::invalidField(u"transaction.amount.currencyCode"_s,
                                              amount->value(u"currencyCode"_s), {currency});
        return std::nullopt;
    }
    QJsonObject t{{u"id"_s, JsonValues::randomId()},
                  {u"type"_s, d.value(u"type"_s)},
                  {u"amount"_s, *amount},
                  {u"state"_s, d.value(u"state"_s).toString(u"Initial"_s)},
                  {u"timestamp"_s, d.value(u"timestamp"_s).toString(JsonValues::timestamp(m_clock->now()))}};
    for (const QString &field : {u"interactionId"_s, u"interfaceId"_s}) {
        if (d.contains(field))
            t.insert(field, d.value(field));
    }
    if (me)
        t.insert(u"state"_s, verifiedState(t));
    return t;
}

QString PaymentEndpoints::verifiedState(const QJsonObject &transaction) const
{
    const QString id = transaction.value(u"interactionId"_s).toString();
    if (!m_lookup || id.isEmpty() || transaction.value(u"type"_s).toString() != u"Authorization"_s)
        return u"Initial"_s;
    const auto authorization = m_lookup(id);
    if (!authorization)
        return u"Initial"_s;
    const QString status = authorization->value(u"status"_s).toString();
    if (status == u"declined"_s)
        return u"Failure"_s;
    const QJsonObject amount = authorization->value(u"amount"_s).toObject();
    const QJsonObject recorded = transaction.value(u"amount"_s).toObject();
    const bool sameAmount =
        amount.value(u"centAmount"_s).toInteger(-1) == recorded.value(u"centAmount"_s).toInteger(-2) &&
        amount.value(u"currencyCode"_s) == recorded.value(u"currencyCode"_s);
    // One authorization pays for one payment: a second payment naming it stays Initial.
    const bool used = m_database
                          .scalar(u"SELECT 1 FROM payments, json_each(payments.doc, '$.transactions') AS t "
                                  u"WHERE json_extract(t.value, '$.interactionId') = ? AND "
                                  u"json_extract(t.value, '$.state') = 'Success' LIMIT 1"_s,
                                  {id})
                          .isValid();
    if ((status == u"approved"_s || status == u"captured"_s) && sameAmount && !used)
        return u"Success"_s;
    return u"Initial"_s;
}

ActionResult PaymentEndpoints::checkInterfaceId(const QJsonObject &payment) const
{
    const QString interfaceId = payment.value(u"interfaceId"_s).toString();
    if (interfaceId.isEmpty())
        return std::nullopt;
    const QJsonValue psp = payment.value(u"paymentMethodInfo"_s).toObject().value(u"paymentInterface"_s);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT doc FROM payments WHERE interface_id = ? AND id IS NOT ?"_s);
    q.addBindValue(interfaceId);
    q.addBindValue(payment.value(u"id"_s).toString());
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject other = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            if (other.value(u"paymentMethodInfo"_s).toObject().value(u"paymentInterface"_s) == psp)
                return CommerceErrors::duplicateField(u"interfaceId"_s, interfaceId);
        }
    }
    return std::nullopt;
}

HttpResponse PaymentEndpoints::create(RequestContext &ctx, bool me)
{
    const QJsonObject draft = ctx.json.object();
    if (me) {
        if (auto refused = BuyerSchemas::checkDraft(u"MyPaymentDraft"_s, draft))
            return *refused;
    }
    HttpResponse error;
    const auto planned = DraftValues::money(draft.value(u"amountPlanned"_s), u"amountPlanned"_s, &error);
    if (!planned)
        return error;
    const QString currency = planned->value(u"currencyCode"_s).toString();
    QJsonObject payment{{u"amountPlanned"_s, *planned},
                        {u"paymentMethodInfo"_s, draft.value(u"paymentMethodInfo"_s).toObject()},
                        {u"paymentStatus"_s, me ? QJsonObject() : draft.value(u"paymentStatus"_s).toObject()},
                        {u"transactions"_s, QJsonArray()},
                        {u"interfaceInteractions"_s, QJsonArray()}};
    QJsonArray transactions;
    QJsonArray drafts = draft.value(u"transactions"_s).toArray();
    if (me && draft.contains(u"transaction"_s))
        drafts = QJsonArray{draft.value(u"transaction"_s)};
    for (const QJsonValue &t : std::as_const(drafts)) {
        const auto tx = transaction(t, currency, &error, me);
        if (!tx)
            return error;
        transactions.append(*tx);
    }
    payment.insert(u"transactions"_s, transactions);
    if (draft.contains(u"custom"_s)) {
        const auto custom = customFields(draft.value(u"custom"_s), &error);
        if (!custom)
            return error;
        payment.insert(u"custom"_s, *custom);
    }
    if (me) {
        const auto owner = ownerOf(ctx);
        if (owner.first.isEmpty() && owner.second.isEmpty())
            return HttpResponse::insufficientScope(
                u"The /me endpoints need a token of a customer (password flow) or an anonymous session."_s);
        if (!owner.first.isEmpty())
            payment.insert(u"customer"_s, JsonValues::reference(u"customer"_s, owner.first));
        else
            payment.insert(u"anonymousId"_s, owner.second);
    } else {
        for (const QString &field : {u"key"_s, u"interfaceId"_s, u"anonymousId"_s}) {
            if (draft.contains(field))
                payment.insert(field, draft.value(field));
        }
        if (draft.contains(u"customer"_s)) {
            const auto customer = DraftValues::resolve(m_database, draft.value(u"customer"_s), u"customers"_s,
                                                       u"customer"_s, u"customer"_s, &error);
            if (!customer)
                return error;
            payment.insert(u"customer"_s,
                           JsonValues::reference(u"customer"_s, customer->value(u"id"_s).toString()));
        }
    }
    if (auto duplicate = checkInterfaceId(payment))
        return *duplicate;
    return StoredResources(m_database, u"payments"_s, u"Payment"_s)
        .create(payment, m_clock->now(), columnsOf);
}

const ActionTable<PaymentEndpoints::Edit> &PaymentEndpoints::actions()
{
    using Handler = ActionTable<Edit>::Handler;
    // Actions of the merchant API only: on /me/payments they are unknown.
    const auto merchant = [](Handler handler) -> Handler {
        return [handler](Edit &e, const QJsonObject &a) -> ActionResult {
            if (e.me)
                return CommerceErrors::unknownAction(a.value(u"action"_s).toString());
            return handler(e, a);
        };
    };
    // Sets (or, empty, removes) `field` of the payment, or of its object `within`.
    const auto set = [](const QString &field, const QString &within = {}) -> Handler {
        return [field, within](Edit &e, const QJsonObject &a) -> ActionResult {
            if (within.isEmpty()) {
                setOrRemove(e.payment, field, a.value(field));
                return std::nullopt;
            }
            QJsonObject inner = e.payment.value(within).toObject();
            setOrRemove(inner, field, a.value(field));
            e.payment.insert(within, inner);
            return std::nullopt;
        };
    };
    const Handler setAmount = [](Edit &e, const QJsonObject &a) -> ActionResult {
        HttpResponse error;
        const auto amount = DraftValues::money(a.value(u"amount"_s), u"amount"_s, &error);
        if (!amount)
            return error;
        e.payment.insert(u"amountPlanned"_s, *amount);
        return std::nullopt;
    };
    static const ActionTable<Edit> table(
        {
            {u"addTransaction"_s, &PaymentEndpoints::addTransaction},
            {u"changeTransactionState"_s, merchant(&PaymentEndpoints::changeTransactionState)},
            {u"setInterfaceId"_s, merchant([](Edit &e, const QJsonObject &a) {
                 setOrRemove(e.payment, u"interfaceId"_s, a.value(u"interfaceId"_s));
                 return e.self.checkInterfaceId(e.payment);
             })},
            {u"setStatusInterfaceCode"_s, merchant(set(u"interfaceCode"_s, u"paymentStatus"_s))},
            {u"setStatusInterfaceText"_s, merchant(set(u"interfaceText"_s, u"paymentStatus"_s))},
            {u"setMethodInfoName"_s, set(u"name"_s, u"paymentMethodInfo"_s)},
            {u"setMethodInfoMethod"_s, set(u"method"_s, u"paymentMethodInfo"_s)},
            {u"setMethodInfoInterface"_s,
             [](Edit &e, const QJsonObject &a) -> ActionResult {
                 if (a.value(u"interface"_s).toString().isEmpty())
                     return CommerceErrors::requiredField(u"interface"_s);
                 QJsonObject info = e.payment.value(u"paymentMethodInfo"_s).toObject();
                 info.insert(u"paymentInterface"_s, a.value(u"interface"_s));
                 e.payment.insert(u"paymentMethodInfo"_s, info);
                 return e.self.checkInterfaceId(e.payment);
             }},
            {u"setKey"_s, merchant(set(u"key"_s))},
            {u"changeAmountPlanned"_s, setAmount},
            {u"setAmountPlanned"_s, setAmount},
            {u"setAnonymousId"_s, merchant(set(u"anonymousId"_s))},
            {u"setCustomer"_s, merchant(&PaymentEndpoints::setCustomer)},
        },
        &CommerceErrors::unknownAction);
    return table;
}

ActionResult PaymentEndpoints::addTransaction(Edit &e, const QJsonObject &action)
{
    const QString currency =
        e.payment.value(u"amountPlanned"_s).toObject().value(u"currencyCode"_s).toString();
    HttpResponse error;
    const auto tx = e.self.transaction(action.value(u"transaction"_s), currency, &error, e.me);
    if (!tx)
        return error;
    QJsonArray list = e.payment.value(u"transactions"_s).toArray();
    list.append(*tx);
    e.payment.insert(u"transactions"_s, list);
    return std::nullopt;
}

ActionResult PaymentEndpoints::changeTransactionState(Edit &e, const QJsonObject &action)
{
    HttpResponse error;
    if (!action.contains(u"state"_s))
        return CommerceErrors::requiredField(u"state"_s);
    if (!CommerceErrors::checkEnum(action, u"state"_s, TransactionStates, &error))
        return error;
    QJsonArray list = e.payment.value(u"transactions"_s).toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(u"id"_s) == action.value(u"transactionId"_s))
            index = i;
    }
    if (index < 0)
        return CommerceErrors::invalidOperation(
            u"The transaction '%1' was not found."_s.arg(action.value(u"transactionId"_s).toString()));
    QJsonObject tx = list.at(index).toObject();
    tx.insert(u"state"_s, action.value(u"state"_s));
    list.replace(index, tx);
    e.payment.insert(u"transactions"_s, list);
    return std::nullopt;
}

ActionResult PaymentEndpoints::setCustomer(Edit &e, const QJsonObject &action)
{
    if (!action.contains(u"customer"_s)) {
        e.payment.remove(u"customer"_s);
        return std::nullopt;
    }
    HttpResponse error;
    const auto customer = DraftValues::resolve(e.self.m_database, action.value(u"customer"_s), u"customers"_s,
                                               u"customer"_s, u"customer"_s, &error);
    if (!customer)
        return error;
    e.payment.insert(u"customer"_s,
                     JsonValues::reference(u"customer"_s, customer->value(u"id"_s).toString()));
    return std::nullopt;
}

} // namespace commercedesk::sandbox
