// SPDX-License-Identifier: MIT
#include "platform/Redactor.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace commercedesk::platform {

namespace {

constexpr qsizetype kMinCardDigits = 13;
constexpr qsizetype kMaxCardDigits = 19;
constexpr qsizetype kMinGroupDigits = 4; // every group of a card number but the last
constexpr qsizetype kKeptDigits = 4;

// Lower-case ASCII words one of which must occur before any rule can match (the cheap pre-check).
constexpr std::array<std::string_view, 8> kKeywords{"authorization", "bearer", "basic", "token",
                                                    "secret",        "passw",  "cvc",   "cvv"};

// Words one of which occurs in every secretKeyPattern() match.
QStringList secretKeyTriggers()
{
    return {u"token"_s, u"secret"_s, u"passw"_s, u"cvc"_s, u"cvv"_s};
}

// Names whose values are secrets: anything ending in token/secret/password/passwd, and card codes.
QString secretKeyPattern()
{
    return uR"re([A-Za-z0-9_-]*(?:token|secret|password|passwd)|cvc2?|cvv2?)re"_s;
}

constexpr char32_t codeOf(QChar c)
{
    return c.unicode();
}
constexpr char32_t codeOf(char c)
{
    return static_cast<unsigned char>(c);
}
constexpr bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}
constexpr bool isSeparator(char32_t c)
{
    return c == U' ' || c == U'-';
}

// True when the text holds 13+ digits joined by at most single separators.
template<typename View>
bool hasLongDigitRun(const View &text)
{
    qsizetype digits = 0;
    bool afterSeparator = false;
    for (const auto ch : text) {
        const char32_t c = codeOf(ch);
        if (isAsciiDigit(c)) {
            if (++digits >= kMinCardDigits)
                return true;
            afterSeparator = false;
        } else if (isSeparator(c) && digits > 0 && !afterSeparator) {
            afterSeparator = true;
        } else {
            digits = 0;
            afterSeparator = false;
        }
    }
    return false;
}

std::string asciiLower(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return lower;
}

struct DigitGroup
{
    qsizetype start = 0;
    qsizetype length = 0;
};

bool passesLuhn(const QString &text, const QList<DigitGroup> &groups, qsizetype first, qsizetype last)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype g = last; g >= first; --g) {
        for (qsizetype i = groups[g].start + groups[g].length - 1; i >= groups[g].start; --i) {
            int digit = text.at(i).unicode() - u'0';
            if (doubled) {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
            doubled = !doubled;
        }
    }
    return sum % 10 == 0;
}

void maskDigits(QString &text, const QList<DigitGroup> &groups, qsizetype first, qsizetype last)
{
    qsizetype kept = 0;
    for (qsizetype g = last; g >= first; --g) {
        for (qsizetype i = groups[g].start + groups[g].length - 1; i >= groups[g].start; --i) {
            if (kept < kKeptDigits)
                ++kept;
            else
                text[i] = u'*';
        }
    }
}

// Within one run of digit groups, masks the longest card-shaped Luhn-valid stretch, then looks left and right
// of it.
void maskCardsInRun(QString &text, const QList<DigitGroup> &groups)
{
    QList<std::pair<qsizetype, qsizetype>> work{{0, groups.size() - 1}};
    while (!work.isEmpty()) {
        const auto [low, high] = work.takeLast();
        qsizetype bestFirst = -1;
        qsizetype bestLast = -1;
        qsizetype bestDigits = 0;
        for (qsizetype first = low; first <= high; ++first) {
            qsizetype digits = 0;
            for (qsizetype last = first; last <= high; ++last) {
                if (last > first && groups[last - 1].length < kMinGroupDigits)
                    break;
                digits += groups[last].length;
                if (digits > kMaxCardDigits)
                    break;
                if (digits >= kMinCardDigits && digits > bestDigits &&
                    passesLuhn(text, groups, first, last)) {
                    bestFirst = first;
                    bestLast = last;
                    bestDigits = digits;
                }
            }
        }
        if (bestFirst < 0)
            continue;
        maskDigits(text, groups, bestFirst, bestLast);
        if (bestFirst > low)
            work.append({low, bestFirst - 1});
        if (bestLast < high)
            work.append({bestLast + 1, high});
    }
}

void maskCardNumbers(QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isAsciiDigit(text.at(i).unicode())) {
            ++i;
            continue;
        }
        QList<DigitGroup> groups;
        qsizetype totalDigits = 0;
        for (;;) {
            const qsizetype start = i;
            while (i < size && isAsciiDigit(text.at(i).unicode()))
                ++i;
            groups.append({start, i - start});
            totalDigits += i - start;
            if (i + 1 < size && isSeparator(text.at(i).unicode()) && isAsciiDigit(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            break;
        }
        if (totalDigits >= kMinCardDigits)
            maskCardsInRun(text, groups);
    }
}

void applyRule(QString &text, const QRegularExpression &pattern, const QList<int> &maskedGroups)
{
    QList<std::pair<qsizetype, qsizetype>> spans; // start, length; in text order
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        for (const int group : maskedGroups) {
            if (match.capturedStart(group) >= 0 && match.capturedLength(group) > 0)
                spans.append({match.capturedStart(group), match.capturedLength(group)});
        }
    }
    for (auto span = spans.crbegin(); span != spans.crend(); ++span)
        text.replace(span->first, span->second, Redactor::mask());
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    Q_ASSERT_X(re.isValid(), "Redactor", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

} // namespace

Redactor::Redactor()
{
    // Header value after the scheme; the scheme itself stays readable.
    m_rules.append({compile(uR"re(\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)re"
                            uR"re((?:(?:bearer|basic|digest|negotiate|ntlm|token)\s+)?([^\s"',;]+))re"_s),
                    {1},
                    {u"authorization"_s}});
    // Free-standing "Bearer <token>", except the words that follow "bearer" in prose.
    m_rules.append({compile(uR"re(\bbearer\s+(?!(?:tokens?|auth\w*|scheme|header|credentials?)\b))re"
                            uR"re(([A-Za-z0-9_.~+/-]{6,}=*))re"_s),
                    {1},
                    {u"bearer"_s}});
    // Free-standing "Basic <base64>": must contain a digit or base64 punctuation, so prose does not match.
    m_rules.append({compile(uR"re(\bbasic\s+((?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}))re"_s),
                    {1},
                    {u"basic"_s}});
    // JSON member: "access_token":"…" or "cvc":123.
    m_rules.append({compile(uR"re("(?:)re"_s + secretKeyPattern() +
                            uR"re()"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?[0-9]+)))re"_s),
                    {1, 2},
                    secretKeyTriggers()});
    // Form body, URL query or "key: value" text.
    m_rules.append({compile(uR"re((?<![A-Za-z0-9_-])(?:)re"_s + secretKeyPattern() +
                            uR"re()(?:=|\s*:\s*)([^&\s#"',;]+))re"_s),
                    {1},
                    secretKeyTriggers()});

    QStringList keywords;
    for (const auto keyword : kKeywords)
        keywords.append(QString::fromLatin1(keyword.data(), qsizetype(keyword.size())));
    m_keywords = compile(keywords.join(u'|'));
}

bool Redactor::addSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength())
        return false;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    const std::lock_guard lock(m_mutex);
    for (const QString &form : {secret, encoded}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secretsUtf8.clear();
    for (const QString &form : std::as_const(m_secrets))
        m_secretsUtf8.append(form.toUtf8());
    return true;
}

void Redactor::removeSecret(const QString &secret)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    const std::lock_guard lock(m_mutex);
    m_secrets.removeAll(secret);
    m_secrets.removeAll(encoded);
    m_secretsUtf8.clear();
    for (const QString &form : std::as_const(m_secrets))
        m_secretsUtf8.append(form.toUtf8());
}

void Redactor::clearSecrets()
{
    const std::lock_guard lock(m_mutex);
    m_secrets.clear();
    m_secretsUtf8.clear();
}

QString Redactor::mask()
{
    return u"***"_s;
}

QString Redactor::redact(const QString &text) const
{
    const std::lock_guard lock(m_mutex);
    if (!mightContainSensitive(text))
        return text;
    return redactLocked(text);
}

std::string Redactor::redactUtf8(std::string_view utf8) const
{
    const std::lock_guard lock(m_mutex);
    if (!mightContainSensitive(utf8))
        return std::string(utf8);
    return redactLocked(QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))).toStdString();
}

bool Redactor::mightContainSensitive(const QString &text) const
{
    if (hasLongDigitRun(text) || m_keywords.match(text).hasMatch())
        return true;
    return std::any_of(m_secrets.cbegin(), m_secrets.cend(),
                       [&text](const QString &secret) { return text.contains(secret); });
}

bool Redactor::mightContainSensitive(std::string_view utf8) const
{
    if (hasLongDigitRun(utf8))
        return true;
    const std::string lower = asciiLower(utf8);
    if (std::any_of(kKeywords.cbegin(), kKeywords.cend(),
                    [&lower](std::string_view keyword) { return lower.find(keyword) != std::string::npos; }))
        return true;
    return std::any_of(m_secretsUtf8.cbegin(), m_secretsUtf8.cend(), [utf8](const QByteArray &secret) {
        return utf8.find(std::string_view(secret.constData(), size_t(secret.size()))) !=
               std::string_view::npos;
    });
}

QString Redactor::redactLocked(const QString &text) const
{
    QString result = text;
    replaceSecrets(result);
    for (const Rule &rule : m_rules) {
        const bool triggered =
            std::any_of(rule.triggers.cbegin(), rule.triggers.cend(), [&result](const QString &word) {
                return result.contains(word, Qt::CaseInsensitive);
            });
        if (triggered)
            applyRule(result, rule.pattern, rule.maskedGroups);
    }
    maskCardNumbers(result);
    return result;
}

void Redactor::replaceSecrets(QString &text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, mask());
}

} // namespace commercedesk::platform
