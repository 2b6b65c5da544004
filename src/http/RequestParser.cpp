// SPDX-License-Identifier: MIT
#include "http/RequestParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::http {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArrayView trimmedSpaces(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isKnownMethod(QByteArrayView method)
{
    static constexpr QByteArrayView known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
    return std::find(std::begin(known), std::end(known), method) != std::end(known);
}

// The comma-separated tokens of a list header (Connection, Transfer-Encoding, …), lower-cased.
QList<QByteArray> listTokens(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray token = part.trimmed().toLower();
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

} // namespace

RequestParser::RequestParser(const Limits &limits)
    : m_limits(limits)
{}

void RequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_error = {status, message};
    m_line.clear();
    m_request.body.clear();
}

qsizetype RequestParser::feed(QByteArrayView data)
{
    qsizetype consumed = 0;
    while (consumed < data.size()) {
        if (m_state == State::Complete || m_state == State::Failed)
            return consumed;
        if (m_state == State::Body) {
            const qsizetype take =
                qsizetype(std::min<qint64>(m_bodyLength - m_request.body.size(), data.size() - consumed));
            m_request.body.append(data.sliced(consumed, take));
            consumed += take;
            if (m_request.body.size() == m_bodyLength)
                m_state = State::Complete;
            continue;
        }
        qsizetype used = 0;
        const bool lineDone = takeLine(data.sliced(consumed), &used);
        consumed += used;
        if (!lineDone)
            continue; // failed, or the line goes on in a later feed
        if (m_state == State::RequestLine) {
            if (!m_line.isEmpty())
                parseRequestLine(m_line);
        } else if (m_line.isEmpty()) {
            finishHead();
        } else {
            parseFieldLine(m_line);
        }
        if (m_state != State::Failed)
            m_line.clear();
    }
    return consumed;
}

bool RequestParser::takeLine(QByteArrayView data, qsizetype *consumed)
{
    const qsizetype end = data.indexOf('\n');
    const qsizetype available = end >= 0 ? end + 1 : data.size();
    if (m_headBytes + available > m_limits.maxHeaderBytes) {
        *consumed = qsizetype(m_limits.maxHeaderBytes - m_headBytes); // what fit; the rest is never read
        if (m_state == State::RequestLine)
            fail(414, u"The request line is longer than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
        else
            fail(431, u"The request's header block is larger than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
        return false;
    }
    m_headBytes += available;
    *consumed = available;
    m_line.append(data.first(end >= 0 ? end : available));
    if (end < 0)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    return true;
}

void RequestParser::parseRequestLine(QByteArrayView line)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line.at(i) == ' ') {
                out.append(line.sliced(from, i - from));
                from = i + 1;
            }
        }
        return out;
    }();
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, u"The request line is not 'METHOD target HTTP/1.1'."_s);
    const QByteArrayView method = parts[0];
    const QByteArrayView target = parts[1];
    const QByteArrayView version = parts[2];
    for (char c : target) {
        if (c <= 0x20 || c >= 0x7f || c == '#')
            return fail(400, u"The request target holds a character that must be percent-encoded."_s);
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9')
        return fail(400, u"The request line does not end in an HTTP version."_s);
    if (version[5] != '1')
        return fail(505, u"Only HTTP/1.0 and HTTP/1.1 are served."_s);
    m_request.minorVersion = version[7] == '0' ? 0 : 1;
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    QByteArrayView pathAndQuery = target;
    if (target == "*") {
        if (method != "OPTIONS")
            return fail(400, u"The target '*' is only for OPTIONS."_s);
    } else if (!target.startsWith('/')) {
        const qsizetype scheme = target.indexOf("://");
        const QByteArray name = scheme > 0 ? target.first(scheme).toByteArray().toLower() : QByteArray();
        if (name != "http" && name != "https")
            return fail(400, u"The request target is neither a path nor an http URL."_s);
        const QByteArrayView rest = target.sliced(scheme + 3);
        const qsizetype start = std::min(rest.indexOf('/') < 0 ? rest.size() : rest.indexOf('/'),
                                         rest.indexOf('?') < 0 ? rest.size() : rest.indexOf('?'));
        pathAndQuery = rest.sliced(start);
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    m_request.path = (question < 0 ? pathAndQuery : pathAndQuery.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : pathAndQuery.sliced(question + 1).toByteArray();
    if (m_request.path.isEmpty())
        m_request.path = "/";
    if (!isKnownMethod(method))
        return fail(501, u"The method %1 is not served."_s.arg(QString::fromLatin1(method)));
    m_state = State::Headers;
}

void RequestParser::parseFieldLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, u"Obsolete line folding in the header block is not accepted."_s);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, u"A header line is not 'Name: value'."_s);
    const QByteArrayView value = trimmedSpaces(line.sliced(colon + 1));
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(400, u"A header value holds a control character."_s);
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, u"The request has more than %1 header fields."_s.arg(m_limits.maxHeaderCount));
    m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
}

void RequestParser::finishHead()
{
    int hosts = 0;
    bool close = false;
    bool keepAlive = false;
    QByteArray expect;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            ++hosts;
        else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> tokens = listTokens(value);
            close = close || tokens.contains("close");
            keepAlive = keepAlive || tokens.contains("keep-alive");
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0)
            expect = value.toLower();
    }
    if (hosts > 1 || (hosts == 0 && m_request.minorVersion == 1))
        return fail(400, u"An HTTP/1.1 request needs exactly one Host header."_s);
    m_request.keepAlive = !close && (m_request.minorVersion == 1 || keepAlive);
    if (!readFraming())
        return;
    if (!expect.isEmpty() && expect != "100-continue")
        return fail(417, u"Only 'Expect: 100-continue' is understood."_s);
    m_expectContinue = !expect.isEmpty();
    if (m_bodyLength == 0) {
        m_state = State::Complete;
        return;
    }
    m_request.body.reserve(qsizetype(std::min<qint64>(m_bodyLength, 1024 * 1024)));
    m_state = State::Body;
}

bool RequestParser::readFraming()
{
    QList<QByteArray> lengths;
    bool transferEncoding = false;
    QList<QByteArray> codings;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(','))
                lengths.append(part.trimmed());
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
            codings += listTokens(value);
        }
    }
    if (transferEncoding) {
        if (!lengths.isEmpty()) {
            fail(400, u"Content-Length and Transfer-Encoding together are not accepted."_s);
            return false;
        }
        if (!codings.isEmpty() && codings.last() == "chunked")
            fail(411, u"Chunked request bodies are not accepted; send the body with a Content-Length."_s);
        else
            fail(501, u"Transfer codings other than chunked are not implemented."_s);
        return false;
    }
    m_bodyLength = 0;
    for (const QByteArray &length : std::as_const(lengths)) {
        if (length.isEmpty() ||
            !std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            fail(400, u"The Content-Length is not a number."_s);
            return false;
        }
        const bool huge = length.size() > 18;
        const qint64 value = huge ? m_limits.maxBodyBytes + 1 : length.toLongLong();
        if (&length != &lengths.first() && value != m_bodyLength) {
            fail(400, u"The request has conflicting Content-Length values."_s);
            return false;
        }
        m_bodyLength = value;
    }
    if (m_bodyLength > m_limits.maxBodyBytes) {
        fail(413, u"The request body exceeds the limit of %1 bytes."_s.arg(m_limits.maxBodyBytes));
        return false;
    }
    return true;
}

Request RequestParser::takeRequest()
{
    Request out = std::move(m_request);
    m_request = Request();
    m_state = State::RequestLine;
    m_line.clear();
    m_headBytes = 0;
    m_bodyLength = 0;
    m_expectContinue = false;
    return out;
}

} // namespace commercedesk::http
