// SPDX-License-Identifier: MIT
#include "sandbox/catalog/SearchRequest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// A tiny cursor over a filter's value list.
class ValueLexer
{
public:
    explicit ValueLexer(QStringView text)
        : m_text(text)
    {}
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool consume(QStringView token)
    {
        skipSpace();
        if (!m_text.mid(m_pos).startsWith(token, Qt::CaseInsensitive))
            return false;
        m_pos += token.size();
        return true;
    }
    std::optional<QString> quoted()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
            return std::nullopt;
        QString out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                out.append(m_text.at(++m_pos));
            } else if (c == u'"') {
                ++m_pos;
                return out;
            } else {
                out.append(c);
            }
        }
        return std::nullopt;
    }
    QString bare()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !QStringView(u",() ").contains(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QStringView m_text;
    qsizetype m_pos = 0;
};

std::optional<qint64> rangeBound(const QString &text, bool *ok)
{
    if (text == u"*"_s)
        return std::nullopt;
    const qint64 v = text.toLongLong(ok);
    return v;
}

bool parseRanges(ValueLexer &lex, QList<SearchTerm::Range> *ranges)
{
    do {
        if (!lex.consume(u"("))
            return false;
        bool okFrom = true, okTo = true;
        SearchTerm::Range r;
        r.from = rangeBound(lex.bare(), &okFrom);
        if (!lex.consume(u"to"))
            return false;
        r.to = rangeBound(lex.bare(), &okTo);
        if (!okFrom || !okTo || !lex.consume(u")"))
            return false;
        ranges->append(r);
    } while (lex.consume(u","));
    return lex.atEnd();
}

bool parseValues(QStringView text, SearchTerm *term)
{
    ValueLexer lex(text);
    if (lex.consume(u"range"))
        return parseRanges(lex, &term->ranges);
    do {
        if (lex.consume(u"subtree")) {
            const bool open = lex.consume(u"(");
            const auto id = lex.quoted();
            if (!open || !id || !lex.consume(u")"))
                return false;
            term->subtrees.append(*id);
        } else if (auto q = lex.quoted()) {
            term->values.append(*q);
        } else {
            const QString b = lex.bare();
            if (b.isEmpty())
                return false;
            term->values.append(b);
        }
    } while (lex.consume(u","));
    return lex.atEnd();
}

bool resolvePath(const QString &path, SearchTerm *term)
{
    static const QHash<QString, SearchTerm::Field> fixed{
        {u"variants.sku"_s, SearchTerm::Field::Sku},
        {u"categories.id"_s, SearchTerm::Field::CategoryId},
        {u"variants.price.centAmount"_s, SearchTerm::Field::PriceCentAmount},
        {u"id"_s, SearchTerm::Field::Id},
        {u"key"_s, SearchTerm::Field::Key}};
    if (fixed.contains(path)) {
        term->field = fixed.value(path);
        return true;
    }
    static const QRegularExpression attr(u"^variants\\.attributes\\.([A-Za-z0-9_\\-]+)(\\.key)?$"_s);
    const auto m = attr.match(path);
    if (!m.hasMatch())
        return false;
    term->field = SearchTerm::Field::Attribute;
    term->attribute = m.captured(1);
    return true;
}

} // namespace

std::optional<SearchTerm> SearchTerm::parse(const QString &expression, bool isFacet, QString *error)
{
    SearchTerm term;
    term.expression = expression;
    QString expr = expression.trimmed();
    if (isFacet) {
        static const QRegularExpression counting(u"\\s+counting\\s+products$"_s);
        if (const auto m = counting.match(expr); m.hasMatch()) {
            term.countProducts = true;
            expr.truncate(m.capturedStart());
        }
        static const QRegularExpression alias(u"\\s+as\\s+([A-Za-z0-9_\\-]+)$"_s);
        if (const auto m = alias.match(expr); m.hasMatch()) {
            term.alias = m.captured(1);
            expr.truncate(m.capturedStart());
        }
    }
    const qsizetype colon = expr.indexOf(u':');
    const QString path = (colon < 0 ? expr : expr.left(colon)).trimmed();
    if (!resolvePath(path, &term)) {
        *error = u"Malformed parameter: %1: the path '%2' is not supported for search."_s.arg(
            isFacet ? u"facet"_s : u"filter"_s, path);
        return std::nullopt;
    }
    if (colon < 0) {
        if (isFacet)
            return term;
        *error = u"Malformed parameter: filter: '%1' has no values."_s.arg(expression);
        return std::nullopt;
    }
    if (!parseValues(QStringView(expr).mid(colon + 1), &term)) {
        *error = u"Malformed parameter: '%1' could not be parsed."_s.arg(expression);
        return std::nullopt;
    }
    if (!term.subtrees.isEmpty() && term.field != Field::CategoryId) {
        *error = u"Malformed parameter: subtree() is only allowed on categories.id."_s;
        return std::nullopt;
    }
    return term;
}

namespace {

bool parseTerms(const RequestContext &ctx, const QString &name, bool isFacet, QList<SearchTerm> *out,
                HttpResponse *error)
{
    for (const QString &expr : ctx.queryValues(name)) {
        QString message;
        auto term = SearchTerm::parse(expr, isFacet, &message);
        if (!term) {
            *error = HttpResponse::invalidInput(message);
            return false;
        }
        out->append(*term);
    }
    return true;
}

bool parseSorts(const RequestContext &ctx, QList<SearchSort> *out, HttpResponse *error)
{
    static const QRegularExpression pattern(
        u"^(name\\.([A-Za-z\\-]+)|createdAt|lastModifiedAt|id|price|score)\\s+(asc|desc)$"_s);
    for (const QString &s : ctx.queryValues(u"sort"_s)) {
        const auto m = pattern.match(s.simplified());
        if (!m.hasMatch()) {
            *error = HttpResponse::invalidInput(
                u"Malformed parameter: sort: '%1' is not a supported sort."_s.arg(s));
            return false;
        }
        SearchSort sort;
        const QString field = m.captured(1);
        sort.descending = m.captured(3) == u"desc"_s;
        if (!m.captured(2).isEmpty()) {
            sort.field = SearchSort::Field::Name;
            sort.locale = m.captured(2);
        } else {
            static const QHash<QString, SearchSort::Field> fields{
                {u"createdAt"_s, SearchSort::Field::CreatedAt},
                {u"lastModifiedAt"_s, SearchSort::Field::LastModifiedAt},
                {u"id"_s, SearchSort::Field::Id},
                {u"price"_s, SearchSort::Field::Price},
                {u"score"_s, SearchSort::Field::Score}};
            sort.field = fields.value(field);
        }
        out->append(sort);
    }
    return true;
}

bool parseBoolean(const RequestContext &ctx, const QString &name, bool *out, HttpResponse *error)
{
    const QString v = ctx.queryValue(name, u"false"_s);
    if (v != u"true"_s && v != u"false"_s) {
        *error = HttpResponse::invalidInput(u"The value '%1' is not valid for field '%2'."_s.arg(v, name));
        return false;
    }
    *out = v == u"true"_s;
    return true;
}

} // namespace

std::optional<SearchRequest> SearchRequest::parse(const RequestContext &ctx, HttpResponse *error)
{
    SearchRequest req;
    const auto paging = Paging::parse(ctx, error);
    if (!paging)
        return std::nullopt;
    req.paging = *paging;
    for (const auto &item : ctx.query) {
        if (item.first.startsWith(u"text."_s)) {
            req.textLocale = item.first.mid(5);
            req.text = item.second;
        }
    }
    req.prices.currency = ctx.queryValue(u"priceCurrency"_s);
    req.prices.country = ctx.queryValue(u"priceCountry"_s);
    req.prices.customerGroupId = ctx.queryValue(u"priceCustomerGroup"_s);
    req.prices.channelId = ctx.queryValue(u"priceChannel"_s);
    const bool scoped = !req.prices.country.isEmpty() || !req.prices.customerGroupId.isEmpty() ||
                        !req.prices.channelId.isEmpty();
    if (scoped && req.prices.currency.isEmpty()) {
        *error = HttpResponse::invalidInput(u"The price selection parameters require 'priceCurrency'."_s);
        return std::nullopt;
    }
    if (!parseBoolean(ctx, u"staged"_s, &req.staged, error) ||
        !parseBoolean(ctx, u"fuzzy"_s, &req.fuzzy, error) ||
        !parseTerms(ctx, u"filter"_s, false, &req.filter, error) ||
        !parseTerms(ctx, u"filter.query"_s, false, &req.filterQuery, error) ||
        !parseTerms(ctx, u"filter.facets"_s, false, &req.filterFacets, error) ||
        !parseTerms(ctx, u"facet"_s, true, &req.facets, error) || !parseSorts(ctx, &req.sorts, error)) {
        return std::nullopt;
    }
    const QString fuzzyLevel = ctx.queryValue(u"fuzzyLevel"_s, u"0"_s);
    if (fuzzyLevel != u"0"_s && fuzzyLevel != u"1"_s && fuzzyLevel != u"2"_s) {
        *error = HttpResponse::invalidInput(
            u"The value '%1' is not valid for field 'fuzzyLevel'."_s.arg(fuzzyLevel));
        return std::nullopt;
    }
    return req;
}

} // namespace commercedesk::sandbox
