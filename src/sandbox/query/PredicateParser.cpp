// SPDX-License-Identifier: MIT
#include "sandbox/query/PredicateParser.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

constexpr int MaxDepth = 64;

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

QString describe(const QString &text)
{
    return text.size() > 40 ? text.left(40) % u"…"_s : text;
}

} // namespace

PredicateParser::PredicateParser(const QString &text, const QHash<QString, QJsonValue> &variables)
    : m_text(text)
    , m_variables(variables)
{}

std::optional<PredicateNode> PredicateParser::parse()
{
    if (!tokenize())
        return std::nullopt;
    if (peek().type == TokenType::End) {
        failAt(0, u"Empty predicate at position 1."_s);
        return std::nullopt;
    }
    auto node = parseOr(0);
    if (!node)
        return std::nullopt;
    if (peek().type != TokenType::End) {
        fail(peek(), u"'and', 'or' or the end of the predicate"_s);
        return std::nullopt;
    }
    return node;
}

bool PredicateParser::tokenize()
{
    int i = 0;
    const int n = int(m_text.size());
    while (i < n) {
        const QChar c = m_text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i;
        if (c == u'"') {
            if (!lexString(&i))
                return false;
            continue;
        }
        if (c.isDigit() || (c == u'-' && i + 1 < n && m_text.at(i + 1).isDigit())) {
            if (!lexNumber(&i))
                return false;
            continue;
        }
        if (isIdentifierStart(c) || (c == u':' && i + 1 < n && isIdentifierStart(m_text.at(i + 1)))) {
            const int start = c == u':' ? i + 1 : i;
            int j = start + 1;
            while (j < n && isIdentifierPart(m_text.at(j)))
                ++j;
            t.type = c == u':' ? TokenType::Variable : TokenType::Identifier;
            t.text = m_text.mid(start, j - start);
            m_tokens.append(t);
            i = j;
            continue;
        }
        const QStringView rest = QStringView(m_text).mid(i);
        if (rest.startsWith(u"!=") || rest.startsWith(u"<>") || rest.startsWith(u"<=") ||
            rest.startsWith(u">=")) {
            t.type = TokenType::Operator;
            t.text = rest.left(2).toString();
            i += 2;
        } else if (c == u'=' || c == u'<' || c == u'>') {
            t.type = TokenType::Operator;
            t.text = QString(c);
            ++i;
        } else if (c == u'(' || c == u')' || c == u',' || c == u'.') {
            t.type = c == u'('   ? TokenType::LParen
                     : c == u')' ? TokenType::RParen
                     : c == u',' ? TokenType::Comma
                                 : TokenType::Dot;
            t.text = QString(c);
            ++i;
        } else {
            return failAt(i, u"Unexpected character '%1' at position %2."_s.arg(c).arg(i + 1));
        }
        m_tokens.append(t);
    }
    Token end;
    end.position = n;
    m_tokens.append(end);
    return true;
}

bool PredicateParser::lexString(int *i)
{
    const int start = *i;
    const int n = int(m_text.size());
    QString value;
    int j = start + 1;
    while (j < n && m_text.at(j) != u'"') {
        QChar c = m_text.at(j);
        if (c == u'\\') {
            if (j + 1 >= n)
                break;
            const QChar e = m_text.at(j + 1);
            j += 2;
            if (e == u'n') {
                value += u'\n';
            } else if (e == u't') {
                value += u'\t';
            } else if (e == u'r') {
                value += u'\r';
            } else if (e == u'u') {
                bool ok = false;
                const uint code = m_text.mid(j, 4).toUInt(&ok, 16);
                if (!ok || j + 4 > n)
                    return failAt(j - 2, u"Invalid escape sequence at position %1."_s.arg(j - 1));
                value += QChar(char16_t(code));
                j += 4;
            } else {
                value += e; // \" \\ \/ and anything else: the character itself
            }
            continue;
        }
        value += c;
        ++j;
    }
    if (j >= n)
        return failAt(start, u"Unterminated string literal starting at position %1."_s.arg(start + 1));
    Token t;
    t.type = TokenType::String;
    t.text = m_text.mid(start, j + 1 - start);
    t.value = value;
    t.position = start;
    m_tokens.append(t);
    *i = j + 1;
    return true;
}

bool PredicateParser::lexNumber(int *i)
{
    const int start = *i;
    const int n = int(m_text.size());
    int j = start + 1;
    while (j < n &&
           (m_text.at(j).isDigit() || m_text.at(j) == u'.' || m_text.at(j) == u'e' || m_text.at(j) == u'E' ||
            ((m_text.at(j) == u'-' || m_text.at(j) == u'+') &&
             (m_text.at(j - 1) == u'e' || m_text.at(j - 1) == u'E'))))
        ++j;
    const QString text = m_text.mid(start, j - start);
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    Token t;
    t.type = TokenType::Number;
    t.text = text;
    t.position = start;
    if (ok) {
        t.value = QJsonValue(integer);
    } else {
        const double d = text.toDouble(&ok);
        if (!ok)
            return failAt(start, u"Invalid number '%1' at position %2."_s.arg(text).arg(start + 1));
        t.value = d;
    }
    if (j < n && isIdentifierStart(m_text.at(j)))
        return failAt(j, u"Unexpected character '%1' at position %2."_s.arg(m_text.at(j)).arg(j + 1));
    m_tokens.append(t);
    *i = j;
    return true;
}

const PredicateParser::Token &PredicateParser::peek(int ahead) const
{
    return m_tokens.at(qMin(m_next + ahead, int(m_tokens.size()) - 1));
}

PredicateParser::Token PredicateParser::take()
{
    Token t = peek();
    if (m_next < m_tokens.size() - 1)
        ++m_next;
    return t;
}

bool PredicateParser::isKeyword(const Token &t, QLatin1StringView word) const
{
    return t.type == TokenType::Identifier && t.text.compare(word, Qt::CaseInsensitive) == 0;
}

bool PredicateParser::fail(const Token &t, const QString &expected)
{
    if (t.type == TokenType::End)
        return failAt(
            t.position,
            u"Unexpected end of input at position %1 (expected %2)."_s.arg(t.position + 1).arg(expected));
    return failAt(t.position, u"Unexpected token '%1' at position %2 (expected %3)."_s.arg(describe(t.text))
                                  .arg(t.position + 1)
                                  .arg(expected));
}

bool PredicateParser::failAt(int, const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

std::optional<PredicateNode> PredicateParser::parseOr(int depth)
{
    if (depth > MaxDepth) {
        fail(peek(), u"less nesting (at most 64 levels)"_s);
        return std::nullopt;
    }
    auto first = parseAnd(depth);
    if (!first)
        return std::nullopt;
    if (!isKeyword(peek(), "or"_L1))
        return first;
    PredicateNode node;
    node.kind = PredicateNode::Kind::Or;
    node.children.push_back(std::move(*first));
    while (isKeyword(peek(), "or"_L1)) {
        take();
        auto next = parseAnd(depth);
        if (!next)
            return std::nullopt;
        node.children.push_back(std::move(*next));
    }
    return node;
}

std::optional<PredicateNode> PredicateParser::parseAnd(int depth)
{
    auto first = parseUnary(depth);
    if (!first)
        return std::nullopt;
    if (!isKeyword(peek(), "and"_L1))
        return first;
    PredicateNode node;
    node.kind = PredicateNode::Kind::And;
    node.children.push_back(std::move(*first));
    while (isKeyword(peek(), "and"_L1)) {
        take();
        auto next = parseUnary(depth);
        if (!next)
            return std::nullopt;
        node.children.push_back(std::move(*next));
    }
    return node;
}

std::optional<PredicateNode> PredicateParser::parseUnary(int depth)
{
    const Token &t = peek();
    if (t.type == TokenType::LParen) {
        take();
        auto inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        if (peek().type != TokenType::RParen) {
            fail(peek(), u"')'"_s);
            return std::nullopt;
        }
        take();
        return inner;
    }
    if (isKeyword(t, "not"_L1) && peek(1).type == TokenType::LParen) {
        take();
        take();
        auto inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        if (peek().type != TokenType::RParen) {
            fail(peek(), u"')'"_s);
            return std::nullopt;
        }
        take();
        PredicateNode node;
        node.kind = PredicateNode::Kind::Not;
        node.children.push_back(std::move(*inner));
        return node;
    }
    if (t.type != TokenType::Identifier) {
        fail(t, u"a field name, 'not(' or '('"_s);
        return std::nullopt;
    }
    return parseField(depth);
}

std::optional<PredicateNode> PredicateParser::parseField(int depth)
{
    PredicateNode leaf;
    leaf.path.append(take().text);
    while (peek().type == TokenType::Dot) {
        take();
        if (peek().type != TokenType::Identifier) {
            fail(peek(), u"a field name after '.'"_s);
            return std::nullopt;
        }
        leaf.path.append(take().text);
    }
    if (peek().type == TokenType::LParen) {
        take();
        auto inner = parseOr(depth + 1);
        if (!inner)
            return std::nullopt;
        if (peek().type != TokenType::RParen) {
            fail(peek(), u"')'"_s);
            return std::nullopt;
        }
        take();
        leaf.kind = PredicateNode::Kind::Scope;
        leaf.children.push_back(std::move(*inner));
        return leaf;
    }
    return parseOperation(std::move(leaf));
}

std::optional<PredicateNode> PredicateParser::parseOperation(PredicateNode leaf)
{
    using Kind = PredicateNode::Kind;
    const Token t = take();
    if (t.type == TokenType::Operator) {
        static const QHash<QString, PredicateNode::Op> ops{
            {u"="_s, PredicateNode::Op::Eq},  {u"!="_s, PredicateNode::Op::Ne},
            {u"<>"_s, PredicateNode::Op::Ne}, {u"<"_s, PredicateNode::Op::Lt},
            {u"<="_s, PredicateNode::Op::Le}, {u">"_s, PredicateNode::Op::Gt},
            {u">="_s, PredicateNode::Op::Ge}};
        leaf.kind = Kind::Compare;
        leaf.op = ops.value(t.text);
        QJsonValue value;
        if (!parseValue(&value))
            return std::nullopt;
        if (value.isArray()) {
            failAt(
                t.position,
                u"The input variable after '%1' at position %2 holds several values; use 'in'."_s.arg(t.text)
                    .arg(t.position + 1));
            return std::nullopt;
        }
        leaf.values.append(value);
        return leaf;
    }
    bool ok = true;
    if (isKeyword(t, "in"_L1)) {
        leaf.kind = Kind::In;
    } else if (isKeyword(t, "not"_L1) && isKeyword(peek(), "in"_L1)) {
        take();
        leaf.kind = Kind::NotIn;
    } else if (isKeyword(t, "contains"_L1) && (isKeyword(peek(), "any"_L1) || isKeyword(peek(), "all"_L1))) {
        leaf.kind = isKeyword(take(), "any"_L1) ? Kind::ContainsAny : Kind::ContainsAll;
    } else if (isKeyword(t, "contains"_L1)) {
        fail(peek(), u"'any' or 'all'"_s);
        return std::nullopt;
    } else if (isKeyword(t, "is"_L1)) {
        const bool negated = isKeyword(peek(), "not"_L1);
        if (negated)
            take();
        const Token what = take();
        if (isKeyword(what, "defined"_L1))
            leaf.kind = negated ? Kind::NotDefined : Kind::Defined;
        else if (isKeyword(what, "empty"_L1))
            leaf.kind = negated ? Kind::NotEmpty : Kind::Empty;
        else
            ok = fail(what, negated ? u"'defined' or 'empty'"_s : u"'defined', 'empty' or 'not'"_s);
        if (!ok)
            return std::nullopt;
        return leaf;
    } else {
        fail(t, u"an operator (=, !=, <, <=, >, >=, in, not in, contains, is) or '('"_s);
        return std::nullopt;
    }
    if (!parseList(&leaf.values))
        return std::nullopt;
    return leaf;
}

bool PredicateParser::parseList(QJsonArray *out)
{
    const Token t = peek();
    if (t.type == TokenType::Variable) {
        take();
        QJsonValue value;
        if (!variable(t, &value))
            return false;
        *out = value.isArray() ? value.toArray() : QJsonArray{value};
        return true;
    }
    if (t.type != TokenType::LParen)
        return fail(t, u"'(' starting a list of values"_s);
    take();
    while (true) {
        QJsonValue value;
        if (!parseValue(&value))
            return false;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                out->append(v);
        } else {
            out->append(value);
        }
        const Token sep = take();
        if (sep.type == TokenType::RParen)
            return true;
        if (sep.type != TokenType::Comma)
            return fail(sep, u"',' or ')'"_s);
    }
}

bool PredicateParser::parseValue(QJsonValue *out)
{
    const Token t = take();
    switch (t.type) {
    case TokenType::String:
    case TokenType::Number:
        *out = t.value;
        return true;
    case TokenType::Variable:
        return variable(t, out);
    case TokenType::Identifier:
        if (isKeyword(t, "true"_L1) || isKeyword(t, "false"_L1)) {
            *out = isKeyword(t, "true"_L1);
            return true;
        }
        break;
    default:
        break;
    }
    return fail(t, u"a value (\"string\", number, true, false or :variable)"_s);
}

bool PredicateParser::variable(const Token &t, QJsonValue *out)
{
    const auto it = m_variables.constFind(t.text);
    if (it == m_variables.cend())
        return failAt(t.position,
                      u"Unknown input variable ':%1' at position %2 (pass it as var.%1)."_s.arg(t.text).arg(
                          t.position + 1));
    *out = it.value();
    return true;
}

} // namespace commercedesk::sandbox
