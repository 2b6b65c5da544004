// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/query/PredicateNode.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// Recursive-descent parser behind Predicate::parse (see Predicate.h for the grammar). One instance
// parses one text; not reusable.
class PredicateParser
{
public:
    PredicateParser(const QString &text, const QHash<QString, QJsonValue> &variables);

    // The tree, or nullopt with error() naming the 1-based position.
    std::optional<PredicateNode> parse();
    QString error() const { return m_error; }

private:
    enum class TokenType { Identifier, String, Number, Variable, LParen, RParen, Comma, Dot, Operator, End };
    struct Token
    {
        TokenType type = TokenType::End;
        QString text;
        QJsonValue value; // String / Number literals
        int position = 0; // 0-based offset into the text
    };

    bool tokenize();
    bool lexString(int *i);
    bool lexNumber(int *i);

    const Token &peek(int ahead = 0) const;
    Token take();
    bool isKeyword(const Token &t, QLatin1StringView word) const;
    bool fail(const Token &t, const QString &expected);
    bool failAt(int position, const QString &message);

    std::optional<PredicateNode> parseOr(int depth);
    std::optional<PredicateNode> parseAnd(int depth);
    std::optional<PredicateNode> parseUnary(int depth);
    std::optional<PredicateNode> parseField(int depth);
    std::optional<PredicateNode> parseOperation(PredicateNode leaf);
    bool parseList(QJsonArray *out);
    bool parseValue(QJsonValue *out);
    bool variable(const Token &t, QJsonValue *out);

    QString m_text;
    const QHash<QString, QJsonValue> &m_variables;
    QList<Token> m_tokens;
    int m_next = 0;
    QString m_error;
};

} // namespace commercedesk::sandbox
