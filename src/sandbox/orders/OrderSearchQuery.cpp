// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderSearchQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

enum class Kind { Text, Keyword, Date, Number };

struct Field
{
    QLatin1StringView name;
    QLatin1StringView column;     // on `orders o`; empty when only the text index has it
    QLatin1StringView textColumn; // in `orders_text`; empty when not searchable as text
    Kind kind;
    bool multiValued = false; // the text column holds " A B C " (one word per value)
};

constexpr Field Fields[] = {
    {"orderNumber"_L1, "o.order_number"_L1, "order_number"_L1, Kind::Text},
    {"purchaseOrderNumber"_L1, "o.purchase_order_number"_L1, "purchase_order_number"_L1, Kind::Text},
    {"customerEmail"_L1, "o.customer_email"_L1, "customer_email"_L1, Kind::Text},
    {"lineItems.variant.sku"_L1, {}, "skus"_L1, Kind::Text, true},
    {"shippingAddress.firstName"_L1, {}, "shipping_first_name"_L1, Kind::Text},
    {"shippingAddress.lastName"_L1, {}, "shipping_last_name"_L1, Kind::Text},
    {"shippingAddress.company"_L1, {}, "company"_L1, Kind::Text},
    {"billingAddress.firstName"_L1, {}, "billing_first_name"_L1, Kind::Text},
    {"billingAddress.lastName"_L1, {}, "billing_last_name"_L1, Kind::Text},
    {"id"_L1, "o.id"_L1, {}, Kind::Keyword},
    {"customerId"_L1, "o.customer_id"_L1, {}, Kind::Keyword},
    {"orderState"_L1, "o.order_state"_L1, {}, Kind::Keyword},
    {"paymentState"_L1, "o.payment_state"_L1, {}, Kind::Keyword},
    {"shipmentState"_L1, "o.shipment_state"_L1, {}, Kind::Keyword},
    {"store.key"_L1, "o.store_key"_L1, {}, Kind::Keyword},
    {"businessUnit.key"_L1, "o.business_unit_key"_L1, {}, Kind::Keyword},
    {"totalPrice.currencyCode"_L1, "o.currency"_L1, {}, Kind::Keyword},
    {"shippingAddress.country"_L1, "o.country"_L1, {}, Kind::Keyword},
    {"createdAt"_L1, "o.created_at"_L1, {}, Kind::Date},
    {"lastModifiedAt"_L1, "o.last_modified_at"_L1, {}, Kind::Date},
    {"totalPrice.centAmount"_L1, "o.total_cent"_L1, {}, Kind::Number},
};

const Field *fieldNamed(const QString &name)
{
    for (const Field &f : Fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// A search-syntax pattern (`*` any run, `?` one character) as a GLOB pattern; with `literal`, those two
// match themselves.
QString toGlob(const QString &pattern, bool literal)
{
    QString out;
    for (const QChar c : pattern) {
        if (c == u'[' || (literal && (c == u'*' || c == u'?')))
            out += u'[' + c + u']';
        else
            out += c;
    }
    return out;
}

// The same as a LIKE pattern for the trigram index: a superset of the GLOB's matches (LIKE's own
// wildcards in the text, and literal ones, widen to '_'), which the GLOB then narrows.
QString toLike(const QString &pattern, bool literal)
{
    QString out;
    for (const QChar c : pattern) {
        if (c == u'*' && !literal)
            out += u'%';
        else if (c == u'?' || c == u'%' || c == u'_' || c == u'*')
            out += u'_';
        else
            out += c;
    }
    return out;
}

class Compiler
{
public:
    std::optional<QString> expression(const QJsonValue &value, int depth);
    QVariantList bindings;
    QString error;

private:
    std::optional<QString> compound(const QString &op, const QJsonValue &members, int depth);
    std::optional<QString> leaf(const QString &op, const QJsonObject &spec);
    std::optional<QString> textMatch(const Field &f, const QString &pattern, bool caseInsensitive,
                                     bool literal = false);
    std::optional<QString> exact(const Field &f, const QJsonObject &spec);
    std::optional<QString> range(const Field &f, const QJsonObject &spec);
    QString bind(const QVariant &v)
    {
        bindings.append(v);
        return u"?"_s;
    }
    std::nullopt_t fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return std::nullopt;
    }
    int m_count = 0;
};

std::optional<QString> Compiler::expression(const QJsonValue &value, int depth)
{
    if (!value.isObject() || value.toObject().size() != 1)
        return fail(u"Each search expression must be an object with exactly one operator."_s);
    if (++m_count > OrderSearchQuery::MaxExpressions || depth > 10) {
        return fail(u"The search query has more than %1 expressions or nests deeper than 10."_s.arg(
            OrderSearchQuery::MaxExpressions));
    }
    const QJsonObject object = value.toObject();
    const QString op = object.constBegin().key();
    if (op == u"and"_s || op == u"or"_s || op == u"not"_s || op == u"filter"_s)
        return compound(op, object.constBegin().value(), depth);
    if (!object.constBegin().value().isObject())
        return fail(u"The value of '%1' must be an object."_s.arg(op));
    return leaf(op, object.constBegin().value().toObject());
}

std::optional<QString> Compiler::compound(const QString &op, const QJsonValue &members, int depth)
{
    const QJsonArray list = members.toArray();
    if (!members.isArray() || list.isEmpty())
        return fail(u"'%1' needs a non-empty array of expressions."_s.arg(op));
    QStringList parts;
    for (const QJsonValue &member : list) {
        const std::optional<QString> part = expression(member, depth + 1);
        if (!part)
            return std::nullopt;
        parts.append(u'(' + *part + u')');
    }
    if (op == u"or"_s)
        return parts.join(u" OR "_s);
    if (op == u"not"_s)
        return u"NOT ("_s % parts.join(u" OR "_s) % u')';
    return parts.join(u" AND "_s); // and, filter
}

std::optional<QString> Compiler::leaf(const QString &op, const QJsonObject &spec)
{
    const QString name = spec.value(u"field"_s).toString();
    const Field *f = fieldNamed(name);
    if (!f)
        return fail(u"The field '%1' is not searchable on orders."_s.arg(name));
    if (op == u"exists"_s) {
        if (!f->column.isEmpty())
            return QString(f->column) % u" IS NOT NULL"_s;
        return u"o.rowid IN (SELECT rowid FROM orders_text WHERE trim("_s % f->textColumn % u") <> '')"_s;
    }
    if (op == u"exact"_s)
        return exact(*f, spec);
    if (op == u"range"_s)
        return range(*f, spec);
    const bool textOp = op == u"prefix"_s || op == u"wildcard"_s || op == u"fullText"_s;
    if (!textOp)
        return fail(u"Unknown search expression '%1'."_s.arg(op));
    if (f->textColumn.isEmpty())
        return fail(u"'%1' supports no %2 search; use exact."_s.arg(name, op));
    if (!spec.value(u"value"_s).isString() || spec.value(u"value"_s).toString().isEmpty())
        return fail(u"'%1' on '%2' needs a non-empty string value."_s.arg(op, name));
    const QString value = spec.value(u"value"_s).toString();
    if (op == u"prefix"_s)
        return textMatch(*f, value + u'*', spec.value(u"caseInsensitive"_s).toBool());
    if (op == u"wildcard"_s)
        return textMatch(*f, value, spec.value(u"caseInsensitive"_s).toBool());
    // fullText: every word (or any, with mustMatch "any") occurs in the field, case-insensitively.
    const QString mustMatch = spec.value(u"mustMatch"_s).toString(u"all"_s);
    if (mustMatch != u"all"_s && mustMatch != u"any"_s)
        return fail(u"mustMatch must be \"all\" or \"any\", not \"%1\"."_s.arg(mustMatch));
    QStringList parts;
    for (const QString &word : value.split(u' ', Qt::SkipEmptyParts)) {
        const std::optional<QString> part = textMatch(*f, u'*' + word + u'*', true);
        if (!part)
            return std::nullopt;
        parts.append(u'(' + *part + u')');
    }
    if (parts.isEmpty())
        return fail(u"fullText on '%1' needs at least one word."_s.arg(name));
    return parts.join(mustMatch == u"all"_s ? u" AND "_s : u" OR "_s);
}

std::optional<QString> Compiler::textMatch(const Field &f, const QString &pattern, bool caseInsensitive,
                                           bool literal)
{
    const QString text = caseInsensitive ? pattern.toLower() : pattern;
    QString glob = toGlob(text, literal);
    QString like = toLike(text, literal);
    if (f.multiValued) { // the column holds " A B C ": one value must match the whole pattern
        if (literal || !pattern.startsWith(u'*')) {
            glob.prepend(u"* "_s);
            like.prepend(u"% "_s);
        }
        if (literal || !pattern.endsWith(u'*')) {
            glob.append(u" *"_s);
            like.append(u" %"_s);
        }
    }
    const QString column = QString(f.textColumn);
    // Bound in placeholder order: the operands of one % expression are evaluated in no fixed order.
    bind(like);
    bind(glob);
    return u"o.rowid IN (SELECT rowid FROM orders_text WHERE "_s % column % u" LIKE ? AND "_s %
           (caseInsensitive ? u"lower("_s % column % u')' : column) % u" GLOB ?)"_s;
}

std::optional<QString> Compiler::exact(const Field &f, const QJsonObject &spec)
{
    const QJsonValue value = spec.value(u"value"_s);
    if (f.kind == Kind::Number) {
        if (!value.isDouble())
            return fail(u"exact on '%1' needs a number."_s.arg(f.name));
        return QString(f.column) % u" = "_s % bind(value.toInteger());
    }
    if (!value.isString())
        return fail(u"exact on '%1' needs a string value."_s.arg(f.name));
    const bool caseInsensitive = spec.value(u"caseInsensitive"_s).toBool();
    if (f.column.isEmpty())
        return textMatch(f, value.toString(), caseInsensitive, true);
    if (caseInsensitive)
        return u"lower("_s % f.column % u") = lower("_s % bind(value.toString()) % u')';
    return QString(f.column) % u" = "_s % bind(value.toString());
}

std::optional<QString> Compiler::range(const Field &f, const QJsonObject &spec)
{
    if (f.kind != Kind::Date && f.kind != Kind::Number)
        return fail(u"'%1' has no range; ranges apply to dates and amounts."_s.arg(f.name));
    static const QList<std::pair<QString, QString>> Bounds{
        {u"gt"_s, u">"_s}, {u"gte"_s, u">="_s}, {u"lt"_s, u"<"_s}, {u"lte"_s, u"<="_s}};
    QStringList parts;
    for (const auto &[key, sqlOp] : Bounds) {
        if (!spec.contains(key))
            continue;
        const QJsonValue bound = spec.value(key);
        if (f.kind == Kind::Date && !bound.isString())
            return fail(u"range on '%1' needs ISO 8601 date strings."_s.arg(f.name));
        if (f.kind == Kind::Number && !bound.isDouble())
            return fail(u"range on '%1' needs numbers."_s.arg(f.name));
        parts.append(QString(f.column) % u' ' % sqlOp % u' ' %
                     bind(f.kind == Kind::Date ? QVariant(bound.toString()) : QVariant(bound.toInteger())));
    }
    if (parts.isEmpty())
        return fail(u"range on '%1' needs gt, gte, lt or lte."_s.arg(f.name));
    return parts.join(u" AND "_s);
}

std::optional<QString> sortClause(const QJsonValue &sort, QString *error)
{
    if (sort.isUndefined())
        return u"o.created_at DESC, o.id DESC"_s;
    static const QHash<QString, QString> Sortable{{u"createdAt"_s, u"o.created_at"_s},
                                                  {u"lastModifiedAt"_s, u"o.last_modified_at"_s},
                                                  {u"orderNumber"_s, u"o.order_number"_s},
                                                  {u"customerEmail"_s, u"o.customer_email"_s},
                                                  {u"totalPrice.centAmount"_s, u"o.total_cent"_s}};
    if (!sort.isArray() || sort.toArray().isEmpty() || sort.toArray().size() > 5) {
        *error = u"sort must be an array of one to five sort objects."_s;
        return std::nullopt;
    }
    QStringList parts;
    QString lastDirection = u"DESC"_s;
    for (const QJsonValue &item : sort.toArray()) {
        const QString field = item.toObject().value(u"field"_s).toString();
        const QString order = item.toObject().value(u"order"_s).toString(u"asc"_s);
        if (!Sortable.contains(field) || (order != u"asc"_s && order != u"desc"_s)) {
            *error = u"Orders cannot be sorted by '%1' '%2'."_s.arg(field, order);
            return std::nullopt;
        }
        lastDirection = order == u"asc"_s ? u"ASC"_s : u"DESC"_s;
        parts.append(Sortable.value(field) % u' ' % lastDirection);
    }
    return parts.join(u", "_s) % u", o.id "_s % lastDirection;
}

std::optional<int> boundedInt(const QJsonObject &request, const QString &key, int fallback, int min, int max,
                              QString *error)
{
    if (!request.contains(key))
        return fallback;
    const QJsonValue v = request.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min ||
        v.toInteger() > max) {
        *error = u"%1 must be an integer from %2 to %3."_s.arg(key).arg(min).arg(max);
        return std::nullopt;
    }
    return int(v.toInteger());
}

} // namespace

std::optional<OrderSearchQuery> OrderSearchQuery::compile(const QJsonObject &request, QString *error)
{
    static const QStringList Known{u"query"_s, u"sort"_s, u"limit"_s, u"offset"_s};
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (!Known.contains(it.key())) {
            *error = u"Unknown field '%1' in the order search request."_s.arg(it.key());
            return std::nullopt;
        }
    }
    if (!request.contains(u"query"_s)) {
        *error = u"The order search request needs a query."_s;
        return std::nullopt;
    }
    OrderSearchQuery q;
    Compiler compiler;
    const std::optional<QString> where = compiler.expression(request.value(u"query"_s), 0);
    if (!where) {
        *error = compiler.error;
        return std::nullopt;
    }
    const std::optional<QString> orderBy = sortClause(request.value(u"sort"_s), error);
    const std::optional<int> limit =
        orderBy ? boundedInt(request, u"limit"_s, DefaultLimit, 1, MaxLimit, error) : std::nullopt;
    const std::optional<int> offset =
        limit ? boundedInt(request, u"offset"_s, 0, 0, MaxOffset, error) : std::nullopt;
    if (!offset)
        return std::nullopt;
    q.m_where = *where;
    q.m_orderBy = *orderBy;
    q.m_bindings = compiler.bindings;
    q.m_limit = *limit;
    q.m_offset = *offset;
    return q;
}

QString OrderSearchQuery::pageSql() const
{
    return u"SELECT o.id, o.version FROM orders o WHERE "_s % m_where % u" ORDER BY "_s % m_orderBy %
           u" LIMIT "_s % QString::number(m_limit) % u" OFFSET "_s % QString::number(m_offset);
}

QString OrderSearchQuery::countSql() const
{
    return u"SELECT COUNT(*) FROM orders o WHERE "_s % m_where;
}

} // namespace commercedesk::sandbox
